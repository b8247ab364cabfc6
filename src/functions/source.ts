import { indicatorInfo } from '../data';
import { activeIndicatorSet } from './activeData';
import { grid, mapGrid, optionalText, type Result } from './args';
import { indicatorId, seriesIn } from './codeData';

/**
 * EUPACT.SOURCE: where the data of an indicator come from, "<label> <period>: <dataset>, release
 * <release>", so that a cell computed from country codes can show its provenance.
 */
export function sourceFunction(indicator: unknown, dataset: unknown): Result {
  const set = activeIndicatorSet(optionalText(dataset, 'dataset'));
  return mapGrid(grid(indicator, 'indicator'), 'indicator', (v, where) => {
    const id = indicatorId(v, where);
    const s = seriesIn(set, id, where);
    return `${indicatorInfo(id).label} ${s.period}: ${s.provenance.dataset}, release ${s.provenance.release}`;
  });
}
