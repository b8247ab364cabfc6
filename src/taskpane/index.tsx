import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoredState } from './restore';
import { officeServices } from './services/office';

/** The task pane: also the page of the shared runtime, where the EUPACT functions run. */
void Office.onReady(() => {
  const services = officeServices(__TOOL_VERSION__);
  createRoot(document.getElementById('root') as HTMLElement).render(
    <App services={services} initial={restoredState(services.restore())} />,
  );
});
