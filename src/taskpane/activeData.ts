import { composeIndicatorSet, loadVintage, type IndicatorSet } from '../data';
import type { PaneState } from './state';

/**
 * The data the pane's state names: the bundled vintage with the analyst's replaced series. Its own
 * module, apart from generate.ts, so the pane's first paint does not carry the report builder.
 */
export function activeData(state: Pick<PaneState, 'vintage' | 'replacements'>): IndicatorSet {
  return composeIndicatorSet(
    loadVintage(state.vintage),
    state.replacements.map((r) => r.series),
  );
}
