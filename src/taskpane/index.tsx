import { chosenLanguage, ENGLISH, loadWords } from '../report/words';
import { officeDisplayLanguage, storedLanguageChoice } from './languageChoice';

/**
 * The browser's next task: the pane starts in steps, each its own task, so that no step holds the
 * main thread long while the placeholder is on screen (issue 16's total blocking time). Evaluating
 * React, the Office services and the pane's code in one go was a single task of about 150 ms at 4×
 * CPU throttling.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The task pane: also the page of the shared runtime, where the EUPACT functions run. */
void Office.onReady(async () => {
  // The pane opens in its language at once (French and German are chunks of their own, fetched
  // here while the page's placeholder shows), never English first and then another.
  const language = chosenLanguage(storedLanguageChoice(), officeDisplayLanguage());
  // A chunk that cannot be fetched leaves the pane in English rather than blank.
  const words = loadWords(language).catch(() => ENGLISH);
  // Each step below is in this bundle (eager): evaluated when asked for, never fetched.
  const { officeServices } = await import(/* webpackMode: "eager" */ './services/office');
  const services = officeServices(__TOOL_VERSION__);
  const stored = services.restore();
  await nextTask();
  const { restoredState, writtenBefore } = await import(/* webpackMode: "eager" */ './restore');
  const { parseSavedScenario } = await import(/* webpackMode: "eager" */ './savedScenario');
  const initial = restoredState(stored);
  await nextTask();
  const { warmUp } = await import(/* webpackMode: "eager" */ './warmUp');
  await warmUp(initial, nextTask);
  const { createRoot } = await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  const { App } = await import(/* webpackMode: "eager" */ './App');
  const initialWords = await words;
  await nextTask();
  // React replaces the page's static placeholder (taskpane.html) with the pane, in one render: as a
  // transition (yielding every few milliseconds) it blocked less but was on screen about 300 ms
  // later at 4× CPU throttling, once the steps above had taken the costliest parts out of it.
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App
      services={services}
      initial={initial}
      initialWritten={writtenBefore(stored)}
      // The pool was chosen in an earlier session: the pane reopens on it (issue 16).
      initialPoolChosen={parseSavedScenario(stored.lastScenario) !== undefined}
      initialWords={initialWords}
    />,
  );
});
