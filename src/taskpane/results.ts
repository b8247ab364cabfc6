import { MethodologyError, positionOf, stateName, type PoolPledgeStatus } from '../core';
import type { IndicatorSet } from '../data';
import type { PoolReport } from '../report';
import { activeData } from './activeData';
import { reportOf } from './generate';
import type { CompareTarget, PaneState } from './state';

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
  /** With pledges: pledged value, balance (pledged minus due) and position, as the Balance sheet. */
  readonly pledgedEur?: number;
  readonly balanceEur?: number;
  readonly position?: string;
  readonly benefitting: boolean;
}

export interface PaneResults {
  readonly rows: readonly ResultRow[];
  readonly totals: { readonly relocations: number; readonly financialEur: number };
  readonly effectiveEur: number;
  /** With pledges: the pool against the Art. 63 thresholds, with its sentences. */
  readonly art63?: PoolPledgeStatus;
}

export type ResultsOutcome =
  | { readonly ok: true; readonly results: PaneResults }
  | { readonly ok: false; readonly message: string; readonly state?: string };

/** The results of a computed report, by state. */
export function resultsOfReport(report: PoolReport): PaneResults {
  const { result, round } = report;
  const balance = new Map(round?.rows.map((r) => [r.code, r]));
  const benefitting = new Set(result.benefitting);
  return {
    rows: result.pool.rows.map((r) => {
      const b = balance.get(r.code);
      return {
        code: r.code,
        name: stateName(r.code),
        fairShare: r.fairShare,
        relocations: r.relocations,
        financialEur: r.financialEur,
        deductionShare: r.deductionShare,
        effectiveEur: r.effectiveFinancialEur,
        benefitting: benefitting.has(r.code),
        ...(b
          ? { pledgedEur: b.pledgedValueEur, balanceEur: b.balanceEur, position: positionOf(b) }
          : {}),
      };
    }),
    totals: { relocations: result.totals.relocations, financialEur: result.totals.financialEur },
    effectiveEur: result.pool.effective.financialEur,
    ...(round ? { art63: round.pool } : {}),
  };
}

const CLOCK = { now: () => new Date(0), toolVersion: 'pane' };

/**
 * What the tables would show for the pane's state, computed by the same report the pane writes
 * (so the view and the Balance sheet cannot disagree), or why it cannot be computed.
 */
export function computeResults(state: PaneState, data?: IndicatorSet): ResultsOutcome {
  try {
    return {
      ok: true,
      results: resultsOfReport(reportOf(state, CLOCK, data ?? activeData(state))),
    };
  } catch (e) {
    return {
      ok: false,
      message: (e as Error).message,
      ...(e instanceof MethodologyError && e.state ? { state: e.state } : {}),
    };
  }
}

/** One state in two scenarios: A (being edited) and B (compared with). */
export interface ComparedRow {
  readonly code: string;
  readonly name: string;
  readonly fairShareA: number | undefined;
  readonly fairShareB: number | undefined;
  /** In percentage points ×100: a fraction difference (0.003 is +0.3 pp). */
  readonly fairShareChange: number;
  readonly relocationsA: number;
  readonly relocationsB: number;
  readonly effectiveEurA: number;
  readonly effectiveEurB: number;
  readonly effectiveEurChange: number;
}

/** The change per state from B to A; a state in only one scenario counts as zero in the other. */
export function compareResults(a: PaneResults, b: PaneResults): ComparedRow[] {
  const byA = new Map(a.rows.map((r) => [r.code, r]));
  const byB = new Map(b.rows.map((r) => [r.code, r]));
  const codes = [...new Set([...byA.keys(), ...byB.keys()])];
  return codes.map((code) => {
    const x = byA.get(code);
    const y = byB.get(code);
    return {
      code,
      name: stateName(code),
      fairShareA: x?.fairShare,
      fairShareB: y?.fairShare,
      fairShareChange: (x?.fairShare ?? 0) - (y?.fairShare ?? 0),
      relocationsA: x?.relocations ?? 0,
      relocationsB: y?.relocations ?? 0,
      effectiveEurA: x?.effectiveEur ?? 0,
      effectiveEurB: y?.effectiveEur ?? 0,
      effectiveEurChange: (x?.effectiveEur ?? 0) - (y?.effectiveEur ?? 0),
    };
  });
}

/** Scenario B as the pane computes it: its own vintage (no replaced series) and no pledges. */
export function stateOfTarget(state: PaneState, target: CompareTarget): PaneState {
  return {
    ...state,
    vintage: target.vintage,
    replacements: [],
    scenario: target.draft,
    includePledges: false,
    pledging: undefined,
    compareWith: undefined,
  };
}

/** The comparison of the pane's results (A) with its chosen scenario B, or why there is none. */
export function comparisonOf(
  state: PaneState,
  a: ResultsOutcome,
): { rows?: ComparedRow[]; error?: string } {
  if (!state.compareWith) return {};
  if (!a.ok) return { error: 'This scenario cannot be computed: see the message above.' };
  const b = computeResults(stateOfTarget(state, state.compareWith));
  if (!b.ok) return { error: `${state.compareWith.label} cannot be computed: ${b.message}` };
  return { rows: compareResults(a.results, b.results) };
}
