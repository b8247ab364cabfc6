import type { IndicatorSeries, IndicatorSet } from './types';

/**
 * A set built from a bundled vintage with some of its series replaced (from a file, a workbook table
 * or Eurostat): each indicator keeps one series, from one source and release.
 */
export function composeIndicatorSet(
  base: IndicatorSet,
  replacements: readonly IndicatorSeries[],
): IndicatorSet {
  if (replacements.length === 0) return base;
  const replaced = new Map(replacements.map((s) => [s.indicator, s]));
  const series = base.series.map((s) => replaced.get(s.indicator) ?? s);
  for (const s of replacements)
    if (!base.series.some((b) => b.indicator === s.indicator)) series.push(s);
  return {
    id: `${base.id}+${replacements.map((s) => s.indicator).join('+')}`,
    label: `${base.label}, with ${replacements.length} replaced series`,
    description: `${base.description} Replaced: ${replacements
      .map((s) => `${s.indicator} ${s.period} (${s.provenance.dataset}, ${s.provenance.release})`)
      .join('; ')}.`,
    series,
  };
}
