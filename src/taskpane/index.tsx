import { createRoot } from 'react-dom/client';
import { chosenLanguage, ENGLISH, loadWords } from '../report/words';
import { App } from './App';
import { officeDisplayLanguage, storedLanguageChoice } from './languageChoice';
import { restoredState, writtenBefore } from './restore';
import { parseSavedScenario } from './savedScenario';
import { officeServices } from './services/office';

/** The task pane: also the page of the shared runtime, where the EUPACT functions run. */
void Office.onReady(async () => {
  const services = officeServices(__TOOL_VERSION__);
  const stored = services.restore();
  // The pane opens in its language at once (French and German are chunks of their own, fetched
  // here while the page's placeholder shows), never English first and then another.
  const language = chosenLanguage(storedLanguageChoice(), officeDisplayLanguage());
  // A chunk that cannot be fetched leaves the pane in English rather than blank.
  const words = await loadWords(language).catch(() => ENGLISH);
  // React replaces the page's static placeholder (taskpane.html) with the pane.
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App
      services={services}
      initial={restoredState(stored)}
      initialWritten={writtenBefore(stored)}
      // The pool was chosen in an earlier session: the pane reopens on it (issue 16).
      initialPoolChosen={parseSavedScenario(stored.lastScenario) !== undefined}
      initialWords={words}
    />,
  );
});
