import { loadEnglishTabWords } from '../../report/words';
import { preloaded } from '../preload';

/** A tab's code with its English words (not in the first paint: en/tabs.ts). */
const withTabWords = <M,>(tab: Promise<M>): Promise<M> =>
  Promise.all([tab, loadEnglishTabWords()]).then(([m]) => m);

// The first view (the Data tab) is in the first paint; the other tabs and the dialogs are chunks
// of their own, fetched one by one once the pane is on screen and idle (ScenarioTab carries the
// state pickers, Results and writing the report builder, Share the copy).
export const ScenarioTab = preloaded(
  () => withTabWords(import('../components/ScenarioTab')),
  (m) => m.ScenarioTab,
  'idle',
);
export const PledgesTab = preloaded(
  () => withTabWords(import('../components/PledgesTab')),
  (m) => m.PledgesTab,
  'idle',
);
export const ImplementationTab = preloaded(
  () => withTabWords(import('../components/ImplementationTab')),
  (m) => m.ImplementationTab,
  'idle',
);
export const ResultsTab = preloaded(
  () => withTabWords(import('../components/ResultsTab')),
  (m) => m.ResultsTab,
  'idle',
);
export const ShareTab = preloaded(
  () => withTabWords(import('../components/ShareTab')),
  (m) => m.ShareTab,
  'idle',
);
export const ConflictDialog = preloaded(
  () => import('../components/ConflictDialog'),
  (m) => m.ConflictDialog,
  'idle',
);
export const ReplaceDialog = preloaded(
  () => withTabWords(import('../components/ReplaceDialog')),
  (m) => m.ReplaceDialog,
  'idle',
);
