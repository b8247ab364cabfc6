import { createRoot } from 'react-dom/client';
import { App } from './App';
import { officeServices } from './services/office';

/** The task pane: also the page of the shared runtime, where the EUPACT functions run. */
void Office.onReady(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App services={officeServices(__TOOL_VERSION__)} />,
  );
});
