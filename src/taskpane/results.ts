import { useMemo } from 'react';
import {
  MethodologyError,
  type MethodReason,
  stateName,
  type Art63Assessment,
  type Benefitting,
  type NotObligedReason,
  type Position,
  type ThreePools,
  type ScenarioResult,
} from '../core';
import { figureLookup, type IndicatorSet } from '../data';
import {
  compareScenarios,
  computeCompared,
  poolFacts,
  type ComparisonRow,
  type PoolFacts,
} from '../report';
import { activeData } from './activeData';
import { compareInputOf, scenarioInputOf } from './generate';
import { roundOf, scenarioOf, type PaneState, type ReportState } from './state';

/** One state's line in the results view: what the Fair share, Pool and Balance sheets would show. */
export interface ResultRow {
  readonly code: string;
  readonly name: string;
  /** Annex I, Art. 66: the share of the pool. */
  readonly fairShare: number;
  /** Art. 12(2): fair share × each Union-wide total. */
  readonly relocations: number;
  readonly financialEur: number;
  /** Art. 61, 62: the deducted fraction, and what is left of the contribution in euros. */
  readonly deductionShare: number;
  readonly effectiveEur: number;
  /** The fair share of the reference number in whole persons, as the Council prints it. */
  readonly persons: number;
  /** Art. 60(3): null where the state must implement its pledges. */
  readonly notObligedBecause: NotObligedReason | null;
  /** With pledges: pledged value, balance (pledged minus due; null where not obliged) and position. */
  readonly pledgedEur?: number;
  readonly balanceEur?: number | null;
  readonly position?: Position;
  /** Art. 63(3): owed where it applies; what would be owed if it applied. */
  readonly mandatoryOffsets: number;
  readonly offsetsIfApplied: number;
  readonly benefitting: boolean;
  /** Art. 60(3), fourth subparagraph: a finding of systemic shortcomings in this benefitting state. */
  readonly systemicShortcoming: boolean;
}

export interface PaneResults {
  readonly rows: readonly ResultRow[];
  /** The reference numbers the fair shares rest on (the Council's, else the proposal's). */
  readonly totals: { readonly relocations: number; readonly financialEur: number };
  /** The Commission proposal's numbers (Art. 12(2)); Art. 63(1) rests on them. */
  readonly commission: { readonly relocations: number; readonly financialEur: number };
  readonly councilAct: boolean;
  readonly effectiveEur: number;
  /** The reference pool, the pledged pool and the pool to be implemented. */
  readonly pools: ThreePools;
  /** With pledges: Art. 63 in full; before pledges it is not shown. */
  readonly art63?: Art63Assessment;
  readonly benefittingStates: Benefitting;
  /** The core's result, for a comparison. */
  readonly computed: ScenarioResult;
}

export type ResultsOutcome =
  | { readonly ok: true; readonly results: PaneResults }
  | {
      readonly ok: false;
      /** In English; `reason`, where the methodology gives it, is the same as facts. */
      readonly message: string;
      readonly reason?: MethodReason;
      readonly state?: string;
    };

/** The results by state, from the facts the Pool and Balance sheets are written from. */
export function resultsOfReport(report: Pick<PoolFacts, 'result' | 'assessment'>): PaneResults {
  const { result, assessment: round } = report;
  const states = new Map(round.states.map((s) => [s.code, s]));
  return {
    rows: result.pool.rows.map((r) => {
      const s = states.get(r.code)!;
      return {
        code: r.code,
        name: stateName(r.code),
        fairShare: r.fairShare,
        relocations: r.relocations,
        financialEur: r.financialEur,
        deductionShare: r.deductionShare,
        effectiveEur: r.effectiveFinancialEur,
        persons: s.share.persons,
        notObligedBecause: s.obligation.notObligedBecause,
        benefitting: s.benefitting !== undefined,
        systemicShortcoming: s.systemicShortcoming !== undefined,
        mandatoryOffsets: s.mandatoryOffsets,
        offsetsIfApplied: s.offsetsIfApplied,
        ...(round.pledging
          ? { pledgedEur: s.pledged.valueEur, balanceEur: s.balanceEur, position: s.position }
          : {}),
      };
    }),
    totals: { relocations: result.totals.relocations, financialEur: result.totals.financialEur },
    commission: {
      relocations: result.numbers.commission.relocations,
      financialEur: result.numbers.commission.financialEur,
    },
    councilAct: result.numbers.council !== undefined,
    effectiveEur: result.pool.effective.financialEur,
    pools: round.pools,
    benefittingStates: result.benefittingStates,
    computed: result,
    ...(round.pledging ? { art63: round.art63 } : {}),
  };
}

/** A row equal to the one shown before is that row: a grid row whose figures did not change is not drawn again. */
function sameRows(
  rows: readonly ResultRow[],
  before: readonly ResultRow[] | undefined,
): ResultRow[] {
  const old = new Map(before?.map((r) => [r.code, r]));
  return rows.map((r) => {
    const o = old.get(r.code);
    if (!o) return r;
    const keys = Object.keys(r) as (keyof ResultRow)[];
    const same = keys.length === Object.keys(o).length && keys.every((k) => Object.is(r[k], o[k]));
    return same ? o : r;
  });
}

/**
 * What the tables would show for the pane's state, from the same facts the report writes its
 * sheets from (poolFacts: so the view and the Balance sheet cannot disagree), or why it cannot be
 * computed. No sheet is described: the workbook's report is built only to write or share. Without
 * the Compare sheet: scenario B is `comparisonOf`'s, so B is not computed on every edit of A, and B
 * failing does not hide A's results.
 */
export function computeResults(state: ReportState, data?: IndicatorSet): ResultsOutcome {
  const { vintage, replacements, scenario, pledging, includePledges } = state;
  const inputs = [vintage, replacements, scenario, pledging, includePledges, data] as const;
  const hit = computed.find((c) => c.inputs.every((x, i) => Object.is(x, inputs[i])));
  if (hit) return hit.outcome;
  const outcome = compute(state, data);
  const last = computed[0]?.outcome;
  const shared =
    outcome.ok && last?.ok
      ? {
          ...outcome,
          results: { ...outcome.results, rows: sameRows(outcome.results.rows, last.results.rows) },
        }
      : outcome;
  computed.unshift({ inputs, outcome: shared });
  computed.length = Math.min(computed.length, KEPT);
  return shared;
}

/** The last few states computed, newest first: each tab, an undo or a redo finds its results here. */
const computed: { inputs: readonly unknown[]; outcome: ResultsOutcome }[] = [];
const KEPT = 8;

function compute(state: ReportState, data?: IndicatorSet): ResultsOutcome {
  try {
    const facts = poolFacts(
      scenarioOf(state.scenario),
      figureLookup(data ?? activeData(state)),
      roundOf(state),
    );
    return { ok: true, results: resultsOfReport(facts) };
  } catch (e) {
    return {
      ok: false,
      message: (e as Error).message,
      ...(e instanceof MethodologyError && e.state ? { state: e.state } : {}),
      ...(e instanceof MethodologyError && e.reason ? { reason: e.reason } : {}),
    };
  }
}

/**
 * `computeResults`, again only when what it reads changes: not when a message, a review or a
 * conflict comes and goes, nor when B of the comparison is chosen.
 */
export function useResults(state: ReportState, data?: IndicatorSet): ResultsOutcome {
  const { vintage, replacements, scenario, pledging, includePledges } = state;
  return useMemo(
    () => computeResults({ vintage, replacements, scenario, pledging, includePledges }, data),
    [vintage, replacements, scenario, pledging, includePledges, data],
  );
}

/** A against B state by state (the Compare sheet's rows), or why B cannot be shown. */
export interface Compared {
  readonly rows?: readonly ComparisonRow[];
  readonly error?: string;
}

/**
 * The scenario being edited (A) against the chosen B, by the report's own comparison (so the view
 * and the Compare sheet agree); B failing to compute is said here without hiding A's results.
 */
export function comparisonOf(
  state: ReportState & Pick<PaneState, 'compareWith'>,
  a: ResultsOutcome,
  data?: IndicatorSet,
): Compared {
  const target = state.compareWith;
  if (!target) return {};
  if (!a.ok) return { error: 'This scenario cannot be computed: see the message above.' };
  let b;
  try {
    b = computeCompared(compareInputOf(target));
  } catch (e) {
    return { error: `${target.label} cannot be computed: ${(e as Error).message}` };
  }
  const { scenario: _scenario, ...named } = scenarioInputOf(state, data ?? activeData(state));
  return { rows: compareScenarios({ ...named, result: a.results.computed }, b).rows };
}

/** `comparisonOf`, again only when A's results, the data or B change. */
export function useComparison(
  state: ReportState & Pick<PaneState, 'compareWith'>,
  a: ResultsOutcome,
  data?: IndicatorSet,
): Compared {
  const { vintage, replacements, scenario, pledging, includePledges, compareWith } = state;
  return useMemo(
    () =>
      comparisonOf(
        { vintage, replacements, scenario, pledging, includePledges, compareWith },
        a,
        data,
      ),
    [vintage, replacements, scenario, pledging, includePledges, compareWith, a, data],
  );
}
