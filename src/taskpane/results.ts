import { useMemo } from 'react';
import { MethodologyError, stateName, type PoolPledgeStatus, type ScenarioResult } from '../core';
import type { IndicatorSet } from '../data';
import { compareScenarios, computeCompared, type ComparisonRow, type PoolReport } from '../report';
import { describeConsequences, positionOf } from '../report/words/solidarity';
import { activeData } from './activeData';
import { compareInputOf, reportOf, scenarioInputOf } from './generate';
import type { PaneState, ReportState } from './state';

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
  readonly art63?: PoolPledgeStatus & { readonly consequences: readonly string[] };
  /** The core's result, for a comparison. */
  readonly computed: ScenarioResult;
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
    computed: result,
    ...(round
      ? {
          art63: {
            ...round.pool,
            consequences: describeConsequences(round.pool, report.assessment.rules),
          },
        }
      : {}),
  };
}

const CLOCK = { now: () => new Date(0), toolVersion: 'pane' };

/**
 * What the tables would show for the pane's state, computed by the same report the pane writes
 * (so the view and the Balance sheet cannot disagree), or why it cannot be computed. Without the
 * Compare sheet: scenario B is `comparisonOf`'s, so B is not computed on every edit of A, and B
 * failing does not hide A's results.
 */
export function computeResults(state: ReportState, data?: IndicatorSet): ResultsOutcome {
  const { vintage, replacements, scenario, pledging, includePledges } = state;
  const a = { vintage, replacements, scenario, pledging, includePledges };
  try {
    return {
      ok: true,
      results: resultsOfReport(reportOf(a, CLOCK, data ?? activeData(state))),
    };
  } catch (e) {
    return {
      ok: false,
      message: (e as Error).message,
      ...(e instanceof MethodologyError && e.state ? { state: e.state } : {}),
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
