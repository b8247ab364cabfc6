import { loadVintage, seriesOf, vintageIds, type IndicatorSet } from '../data';
import type { LoadedOrigin } from './origin';
import { parseSavedScenario } from './savedScenario';
import { initialState, type PaneState } from './state';

/**
 * What the workbook holds of an earlier session: nothing the pane knows of; the tables of the last
 * scenario (which the pane reopens on); or those with a pledging round, which the pane does not
 * bring back (load it again on the Pledges tab).
 */
export type WrittenBefore = false | true | 'with-pledges';

export function writtenBefore(stored: {
  lastScenario?: unknown;
  tables?: readonly string[];
}): WrittenBefore {
  if (stored.lastScenario === undefined) return false;
  return stored.tables?.some((t) => /^Pledges(_\d+)?$/.test(t)) ? 'with-pledges' : true;
}

/** Where a series restored from the workbook came from: the workbook, from an earlier session. */
export const RESTORED_ORIGIN: LoadedOrigin = { kind: 'restored' };

/**
 * The pane as the analyst left it in this workbook: the data the tables and functions were last
 * computed with (a bundled vintage and the series that replaced its own), and the last scenario.
 */
export function restoredState(stored: { set?: IndicatorSet; lastScenario?: unknown }): PaneState {
  let state = initialState();
  const saved = parseSavedScenario(stored.lastScenario);
  if (saved) state = { ...state, scenario: saved.draft, vintage: saved.vintage };
  const set = stored.set;
  const vintage = set?.id.split('+')[0];
  if (set && vintage && vintageIds().includes(vintage)) {
    const bundled = loadVintage(vintage);
    const same = (s: IndicatorSet['series'][number]) => {
      const b = seriesOf(bundled, s.indicator);
      return (
        !!b &&
        b.period === s.period &&
        b.provenance.dataset === s.provenance.dataset &&
        b.provenance.release === s.provenance.release &&
        b.observations.size === s.observations.size
      );
    };
    state = {
      ...state,
      vintage,
      replacements: set.series
        .filter((s) => !same(s))
        .map((series) => ({ series, origin: RESTORED_ORIGIN })),
    };
  }
  return state;
}
