import type { IndicatorSeries, IndicatorSet, Observation } from './types';

/**
 * An indicator set as JSON, to be stored inside a workbook (Office document settings), so that a
 * reopened or shared workbook computes with the same figures and provenance.
 */
export const STORED_INDICATOR_SET_KEY = 'pactSolidarity.indicatorSet';

interface StoredSet {
  readonly format: 'pact-indicator-set@1';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly series: readonly (Omit<IndicatorSeries, 'observations'> & {
    readonly observations: readonly Observation[];
  })[];
}

export function serializeIndicatorSet(set: IndicatorSet): string {
  const stored: StoredSet = {
    format: 'pact-indicator-set@1',
    id: set.id,
    label: set.label,
    description: set.description,
    series: set.series.map((s) => ({ ...s, observations: [...s.observations.values()] })),
  };
  return JSON.stringify(stored);
}

/** The stored set, or undefined when the text is not one (never throws: a damaged store is ignored). */
export function parseIndicatorSet(text: unknown): IndicatorSet | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const stored = JSON.parse(text) as StoredSet;
    if (stored.format !== 'pact-indicator-set@1' || !Array.isArray(stored.series)) return undefined;
    return {
      id: stored.id,
      label: stored.label,
      description: stored.description,
      series: stored.series.map((s) => ({
        indicator: s.indicator,
        period: s.period,
        provenance: s.provenance,
        observations: new Map(
          s.observations
            .filter(
              (o: Observation) =>
                typeof o.code === 'string' &&
                typeof o.value === 'number' &&
                Number.isFinite(o.value),
            )
            .map((o: Observation) => [o.code, o] as const),
        ),
      })),
    };
  } catch {
    return undefined;
  }
}
