import {
  categoriesOf,
  computeScenario,
  stateName,
  sum,
  type DeductedContribution,
  type PoolSize,
  type PoolTotals,
  type Scenario,
  type ScenarioResult,
} from '../core';
import { figureLookup, loadVintage, type IndicatorSet, type Preset } from '../data';
import { describeSeries } from './sheets/fairShareSheet';

/** A scenario to compare with, as the report builder takes it: the choices and the data. */
export interface CompareWith {
  readonly scenarioName: string;
  readonly scenarioDescription: string;
  readonly scenario: Scenario;
  readonly data: IndicatorSet;
  readonly categoriesSource: string;
  /** What differs from the Commission's own inputs (a preset's caveats). */
  readonly caveats?: readonly string[];
}

/**
 * A preset as the report builder takes a scenario: named by its id, on its own bundled data unless
 * other data is given. Its caveats describe that own data, so they come only with it.
 */
export function presetScenario(
  preset: Preset,
  scenario: Scenario = preset.scenario,
  data?: IndicatorSet,
): CompareWith {
  return {
    scenarioName: preset.id,
    scenarioDescription: preset.description,
    scenario,
    data: data ?? loadVintage(preset.vintage),
    categoriesSource: preset.categoriesSource,
    ...(data ? {} : { caveats: preset.caveats }),
  };
}

/** One side of a comparison: a computed scenario with what names it. */
export interface ComparedScenario extends Omit<CompareWith, 'scenario'> {
  readonly result: ScenarioResult;
}

/** The figures compared per state; a change is B − A, from A to B (fair share as a fraction). */
export interface ComparedFigures {
  readonly fairShare: number;
  readonly relocations: number;
  readonly financialEur: number;
  /** After deductions (Art. 61, 62). */
  readonly effectiveRelocations: number;
  readonly effectiveFinancialEur: number;
}

export interface ComparisonRow {
  readonly code: string;
  readonly name: string;
  /** Undefined where the state does not take part in that scenario. */
  readonly a: ComparedFigures | undefined;
  readonly b: ComparedFigures | undefined;
  /** B − A, the change from A to B (exact); undefined unless the state takes part in both. */
  readonly change: ComparedFigures | undefined;
}

/** What the top of a comparison says of each scenario. */
export interface ScenarioSummary {
  readonly name: string;
  readonly description: string;
  readonly dataId: string;
  readonly dataLabel: string;
  /** Population and GDP: period, dataset and release. */
  readonly population: string;
  readonly gdp: string;
  readonly categoriesSource: string;
  /** States found under migratory pressure (Art. 11), which benefit from the pool. */
  readonly underPressure: readonly string[];
  readonly participants: number;
  readonly totals: PoolTotals;
  readonly reference: PoolSize;
  readonly effective: PoolSize;
  readonly caveats: readonly string[];
}

export interface Comparison {
  readonly a: ScenarioSummary;
  readonly b: ScenarioSummary;
  /** A's participants in A's order, then B's that are not in A. */
  readonly rows: readonly ComparisonRow[];
  /** Sums over the rows; the change sums the states in both scenarios only. */
  readonly totals: {
    readonly a: ComparedFigures;
    readonly b: ComparedFigures;
    readonly change: ComparedFigures;
  };
}

const FIELDS = [
  'fairShare',
  'relocations',
  'financialEur',
  'effectiveRelocations',
  'effectiveFinancialEur',
] as const;

function figuresOf(r: DeductedContribution): ComparedFigures {
  return {
    fairShare: r.fairShare,
    relocations: r.relocations,
    financialEur: r.financialEur,
    effectiveRelocations: r.effectiveRelocations,
    effectiveFinancialEur: r.effectiveFinancialEur,
  };
}

/** The change from A to B: B − A, so that a state whose share rises shows a rise. */
function changeFromAToB(a: ComparedFigures, b: ComparedFigures): ComparedFigures {
  return Object.fromEntries(FIELDS.map((f) => [f, b[f] - a[f]])) as unknown as ComparedFigures;
}

function total(list: readonly (ComparedFigures | undefined)[]): ComparedFigures {
  return Object.fromEntries(
    FIELDS.map((f) => [f, sum(list.map((x) => x?.[f] ?? 0))]),
  ) as unknown as ComparedFigures;
}

function summary(s: ComparedScenario): ScenarioSummary {
  const r = s.result;
  return {
    name: s.scenarioName,
    description: s.scenarioDescription,
    dataId: s.data.id,
    dataLabel: s.data.label,
    population: describeSeries(s.data, 'population'),
    gdp: describeSeries(s.data, 'gdp'),
    categoriesSource: s.categoriesSource,
    underPressure: r.participants.filter((c) =>
      categoriesOf(r.categories, c).includes('under-pressure'),
    ),
    participants: r.participants.length,
    totals: r.totals,
    reference: r.pool.reference,
    effective: r.pool.effective,
    caveats: s.caveats ?? [],
  };
}

/** Computes a scenario to compare with, from its choices and data (Art. 12(2), 61, 62, 66). */
export function computeCompared(input: CompareWith): ComparedScenario {
  const { scenario, ...rest } = input;
  return { ...rest, result: computeScenario(scenario, figureLookup(input.data)) };
}

/**
 * Scenario A against scenario B, state by state: fair share, indicative relocations and euros, the
 * effective contribution after deductions, each side by side with the change from A to B (B − A),
 * and the totals.
 */
export function compareScenarios(a: ComparedScenario, b: ComparedScenario): Comparison {
  const rowsA = new Map(a.result.pool.rows.map((r) => [r.code, figuresOf(r)]));
  const rowsB = new Map(b.result.pool.rows.map((r) => [r.code, figuresOf(r)]));
  const codes = [...a.result.participants, ...b.result.participants.filter((c) => !rowsA.has(c))];
  const rows = codes.map((code): ComparisonRow => {
    const fa = rowsA.get(code);
    const fb = rowsB.get(code);
    return {
      code,
      name: stateName(code),
      a: fa,
      b: fb,
      change: fa && fb ? changeFromAToB(fa, fb) : undefined,
    };
  });
  return {
    a: summary(a),
    b: summary(b),
    rows,
    totals: {
      a: total(rows.map((r) => r.a)),
      b: total(rows.map((r) => r.b)),
      change: total(rows.map((r) => r.change)),
    },
  };
}
