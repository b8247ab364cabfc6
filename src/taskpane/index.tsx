import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoredState, writtenBefore } from './restore';
import { officeServices } from './services/office';

/** The task pane: also the page of the shared runtime, where the EUPACT functions run. */
void Office.onReady(() => {
  const services = officeServices(__TOOL_VERSION__);
  const stored = services.restore();
  // React replaces the page's static placeholder (taskpane.html) with the pane.
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App
      services={services}
      initial={restoredState(stored)}
      initialWritten={writtenBefore(stored)}
    />,
  );
});
