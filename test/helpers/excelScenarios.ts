import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { findPreset, loadVintage, type IndicatorSet } from '../../src/data';
import {
  buildPoolReport,
  withImplementation,
  type PoolReportInput,
  type WorkbookSpec,
} from '../../src/report';
import { exampleImplementation } from './implementation';
import { examplePledging } from './pledging';
import { presetCompareWith, presetInput } from './reports';

/**
 * The workbooks of the pane's scenarios that exercise real Excel's rules (issue 15), each as the
 * report the pane writes: a first generation, the same again, a participant joining, complete
 * pressure series, a pledging round added, a Compare sheet added and removed.
 */

/**
 * The `latest` data with every pressure series complete: each participant's first-time asylum
 * applicants and irregular arrivals are ILLUSTRATIVE test figures (its population ÷ 500 and ÷ 2,000),
 * never data, so that the Pressure sheet has every indicator's columns and its table grows.
 */
export function completePressureData(): IndicatorSet {
  const data = loadVintage(findPreset('latest').vintage);
  const population = data.series.find((s) => s.indicator === 'population')!;
  const illustrative = (indicator: string, divisor: number) => ({
    indicator,
    period: population.period,
    provenance: {
      dataset: 'illustrative test figures',
      release: 'none',
      source: 'test/helpers/excelScenarios.ts: population ÷ a constant, not data',
    },
    observations: new Map(
      [...population.observations].map(([code, o]) => [
        code,
        { code, value: Math.round(o.value / divisor) },
      ]),
    ),
  });
  return {
    ...data,
    id: `${data.id}+illustrative-pressure`,
    series: [
      ...data.series.filter((s) => !['asylumFirstTime', 'irregularArrivals'].includes(s.indicator)),
      illustrative('asylumFirstTime', 500),
      illustrative('irregularArrivals', 2_000),
    ],
  };
}

export interface ScenarioOptions {
  readonly participants?: readonly string[];
  readonly pledges?: boolean;
  readonly compare?: boolean;
  readonly completePressure?: boolean;
  /** With pledges: the Implementation sheet of the illustrative records, and `extra` more (issue 17). */
  readonly implementation?: { readonly extra: number };
}

/** The report of `latest` with the options given, at a fixed time. */
export function scenarioSpec(options: ScenarioOptions = {}): WorkbookSpec {
  const participants = options.participants ?? DEFAULT_PARTICIPANTS;
  const base = presetInput('latest');
  const input: PoolReportInput = {
    ...base,
    scenario: { ...base.scenario, participants: [...participants] },
    ...(options.completePressure ? { data: completePressureData() } : {}),
    ...(options.pledges ? { pledging: examplePledging(participants) } : {}),
    ...(options.compare ? { compareWith: presetCompareWith('2026-council') } : {}),
  };
  const report = buildPoolReport(input);
  if (!options.implementation) return report.spec;
  const round = exampleImplementation(report);
  const extra = Array.from({ length: options.implementation.extra }, (_, i) => ({
    date: '2026-12-30',
    contributing: 'FR',
    benefitting: 'EL',
    type: 'relocation' as const,
    amount: 10 + i,
  }));
  return withImplementation(report, { ...round, records: [...round.records, ...extra] }).spec;
}

/** Each scenario: the workbooks written one after the other into the same workbook. */
export const EXCEL_SCENARIOS: readonly { name: string; steps: readonly ScenarioOptions[] }[] = [
  { name: 'first generation', steps: [{ pledges: true, compare: true }] },
  { name: 'unchanged regeneration', steps: [{ pledges: true }, { pledges: true }] },
  {
    name: 'a participant joining',
    steps: [
      { participants: DEFAULT_PARTICIPANTS.filter((c) => c !== 'SE'), pledges: true },
      { pledges: true },
    ],
  },
  { name: 'complete pressure series', steps: [{}, { completePressure: true }] },
  { name: 'a pledging round added', steps: [{}, { pledges: true }] },
  {
    name: 'implementation records added',
    steps: [
      { pledges: true, implementation: { extra: 0 } },
      { pledges: true, implementation: { extra: 3 } },
    ],
  },
  { name: 'compare added and removed', steps: [{}, { compare: true }, {}] },
];
