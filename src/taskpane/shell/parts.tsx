import { loadEnglishTabWords } from '../../report/words';
import type { JSX } from 'react';
import { preloaded } from '../preload';

/** A part fetched once the pane is idle, with the English words of the tabs (en/tabs.ts). */
const idlePart = <M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => (props: P) => JSX.Element | null,
) => preloaded(() => Promise.all([load(), loadEnglishTabWords()]).then(([m]) => m), pick, 'idle');

// The first view (the Data tab) is in the first paint; the other tabs and the dialogs are chunks
// of their own, fetched one by one once the pane is on screen and idle (ScenarioTab carries the
// state pickers, Results and writing the report builder, Share the copy).
export const ScenarioTab = idlePart(
  () => import('../components/ScenarioTab'),
  (m) => m.ScenarioTab,
);
export const PledgesTab = idlePart(
  () => import('../components/PledgesTab'),
  (m) => m.PledgesTab,
);
export const ImplementationTab = idlePart(
  () => import('../components/ImplementationTab'),
  (m) => m.ImplementationTab,
);
export const ResultsTab = idlePart(
  () => import('../components/ResultsTab'),
  (m) => m.ResultsTab,
);
export const ShareTab = idlePart(
  () => import('../components/ShareTab'),
  (m) => m.ShareTab,
);
export const ConflictDialog = preloaded(
  () => import('../components/ConflictDialog'),
  (m) => m.ConflictDialog,
  'idle',
);
export const ReplaceDialog = idlePart(
  () => import('../components/ReplaceDialog'),
  (m) => m.ReplaceDialog,
);
