import type { FigureLookup, PressureIndicator } from '../core';
import { indicatorInfo } from './indicators';
import type { IndicatorSeries, IndicatorSet } from './types';

export function seriesOf(set: IndicatorSet, indicator: string): IndicatorSeries | undefined {
  return set.series.find((s) => s.indicator === indicator);
}

/** Population and GDP by state, as the core's fair share asks for them. */
export function figureLookup(set: IndicatorSet): FigureLookup {
  const population = seriesOf(set, 'population');
  const gdp = seriesOf(set, 'gdp');
  return (code) => {
    const p = population?.observations.get(code)?.value;
    const g = gdp?.observations.get(code)?.value;
    return {
      ...(p !== undefined ? { population: p } : {}),
      ...(g !== undefined ? { gdp: g } : {}),
    };
  };
}

/** The set's pressure indicators, as the core's pressure score asks for them. */
export function pressureIndicators(
  set: IndicatorSet,
  weights: Readonly<Record<string, number>> = {},
): PressureIndicator[] {
  return set.series
    .filter((s) => indicatorInfo(s.indicator).role === 'pressure')
    .map((s) => ({
      id: s.indicator,
      label: `${indicatorInfo(s.indicator).label} ${s.period}`,
      period: s.period,
      values: new Map([...s.observations].map(([code, o]) => [code, o.value])),
      ...(weights[s.indicator] !== undefined ? { weight: weights[s.indicator] } : {}),
    }));
}

/** Which of the given states a series lacks. */
export function gapsOf(series: IndicatorSeries, states: readonly string[]): string[] {
  return states.filter((c) => !series.observations.has(c));
}
