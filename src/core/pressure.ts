import {
  MethodologyError,
  requireFinite,
  requireFiniteResult,
  requireNonNegative,
  requirePositive,
} from './errors';
import type { FairShare } from './fairShare';
import { methodReason, type IndicatorValue } from './reasons';
import { sum } from './sum';

/**
 * The migratory pressure score of one state on one indicator: its share of the participants' total
 * divided by its fair share. 1.0 is exactly proportionate, 2.0 twice its share. The Regulation
 * publishes no thresholds (Art. 9–11): weights and thresholds are the analyst's, never constants.
 */
export function pressureScore(value: number, total: number, fairShare: number): number {
  requireNonNegative(value, { field: { kind: 'indicatorValue' } });
  requirePositive(total, { field: { kind: 'indicatorTotal' } });
  requirePositive(fairShare, { field: { kind: 'fairShare' } });
  if (value > total) {
    throw new MethodologyError(methodReason('valueAboveTotal', { value, total }), {
      field: { kind: 'indicatorValue' },
    });
  }
  return requireFiniteResult(value / total / fairShare, { field: { kind: 'pressureScore' } });
}

export interface PressureIndicator {
  readonly id: string;
  readonly label: string;
  /** The period its values are of, where the data gives one: the pane names it with the id. */
  readonly period?: string;
  /** Values by state code; a state without a value is missing, never zero. */
  readonly values: ReadonlyMap<string, number>;
  /** Weight in the combined score; 1 by default, 0 leaves the indicator out. */
  readonly weight?: number;
}

export interface IndicatorScore {
  readonly id: string;
  /** The participants' total, or undefined when a participant has no value. */
  readonly total: number | undefined;
  /** Participants without a value: the total, hence every share, cannot be computed. */
  readonly missing: readonly string[];
  readonly byState: ReadonlyMap<string, { readonly share: number; readonly score: number }>;
}

export interface PressureResult {
  readonly indicators: readonly IndicatorScore[];
  /** The weighted mean of the scores, per state; absent when a weighted indicator is incomplete. */
  readonly combined: ReadonlyMap<string, number>;
  readonly weights: ReadonlyMap<string, number>;
}

export interface PressureOptions {
  /**
   * What an incomplete indicator with a weight does to the combined score: `block` leaves the
   * combined score out (the default: nothing is dropped silently); `exclude` combines the complete
   * indicators only, for reports that list the incomplete ones beside the scores.
   */
  readonly incomplete?: 'block' | 'exclude';
}

/** An indicator as a refusal names it: its id and period, and its label (the English). */
function named(ind: PressureIndicator): IndicatorValue {
  return {
    indicator: ind.id,
    label: ind.label,
    ...(ind.period !== undefined ? { period: ind.period } : {}),
  };
}

/** Pressure scores of the participants (those with fair shares) on each indicator, and combined. */
export function computePressure(
  fairShares: readonly FairShare[],
  indicators: readonly PressureIndicator[],
  options: PressureOptions = {},
): PressureResult {
  const ids = new Set<string>();
  const weights = new Map<string, number>();
  for (const ind of indicators) {
    if (ids.has(ind.id)) {
      throw new MethodologyError(methodReason('indicatorTwice', { id: ind.id }), {
        field: { kind: 'indicator' },
      });
    }
    ids.add(ind.id);
    weights.set(
      ind.id,
      requireNonNegative(ind.weight ?? 1, { field: { kind: 'weight', of: named(ind) } }),
    );
  }
  if (indicators.length > 0 && sum(weights.values()) <= 0) {
    throw new MethodologyError(methodReason('weightsAllZero'), { field: { kind: 'weights' } });
  }

  const scored = indicators.map((ind): IndicatorScore => {
    const missing: string[] = [];
    for (const fs of fairShares) {
      const v = ind.values.get(fs.code);
      if (v === undefined) missing.push(fs.code);
      else
        requireNonNegative(
          requireFinite(v, { state: fs.code, field: { kind: 'indicatorNamed', of: named(ind) } }),
          {
            state: fs.code,
            field: { kind: 'indicatorNamed', of: named(ind) },
          },
        );
    }
    if (missing.length > 0) return { id: ind.id, total: undefined, missing, byState: new Map() };
    const total = requireFiniteResult(sum(fairShares.map((fs) => ind.values.get(fs.code) ?? 0)), {
      field: { kind: 'totalOf', of: named(ind) },
    });
    if (total <= 0) {
      throw new MethodologyError(methodReason('indicatorTotalZero', { indicator: named(ind) }), {
        field: { kind: 'indicatorNamed', of: named(ind) },
      });
    }
    const byState = new Map(
      fairShares.map((fs) => {
        const share = (ind.values.get(fs.code) ?? 0) / total;
        const score = requireFiniteResult(
          share / requirePositive(fs.fairShare, { state: fs.code, field: { kind: 'fairShare' } }),
          {
            state: fs.code,
            field: { kind: 'scoreOn', of: named(ind) },
          },
        );
        return [fs.code, { share, score }];
      }),
    );
    return { id: ind.id, total, missing, byState };
  });

  const combined = new Map<string, number>();
  let weighted = scored.filter((s) => (weights.get(s.id) ?? 0) > 0);
  if (options.incomplete === 'exclude') weighted = weighted.filter((s) => s.missing.length === 0);
  if (weighted.length > 0 && weighted.every((s) => s.missing.length === 0)) {
    const totalWeight = sum(weighted.map((s) => weights.get(s.id) ?? 0));
    for (const fs of fairShares) {
      const parts = weighted.map(
        (s) => (weights.get(s.id) ?? 0) * (s.byState.get(fs.code)?.score ?? 0),
      );
      combined.set(
        fs.code,
        requireFiniteResult(sum(parts) / totalWeight, {
          state: fs.code,
          field: { kind: 'combinedScore' },
        }),
      );
    }
  }
  return { indicators: scored, combined, weights };
}
