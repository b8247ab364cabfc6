import { findPreset } from '../../data';
import type { Words } from '../../report/words';
import { displayLocale, formatNumber } from '../locale';
import { poolName } from '../shell/poolWords';
import { headlineRelocations, type CopyBasis } from './copyPlan';
import type { useCopyReport } from './useCopyReport';

/** "2026 pool as adopted by the Council, 7,961 relocations pledged": what a copy is made of. */
export function copySummary(
  basis: CopyBasis,
  report: ReturnType<typeof useCopyReport>,
  w: Words,
): string {
  const preset = basis.scenario.presetId ? findPreset(basis.scenario.presetId) : undefined;
  const scenario = preset ? poolName(preset, w) : w.t('overview.scenarioOwn');
  if (!report || 'error' in report) return scenario;
  const { pledged, n } = headlineRelocations(report.report);
  const figures = w.plural(pledged ? 'share.figures.pledged' : 'share.figures.pool', n, {
    n: formatNumber(n, displayLocale()),
  });
  return w.t('share.summary', { scenario, figures });
}
