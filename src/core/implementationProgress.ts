import { requireFiniteFields, requireNonNegative } from './errors';
import { NEED_TYPES, NO_AMOUNTS, byNeedType, type Amounts, type NeedType } from './measures';
import type { ContributionToImplement, ImplementationRecord } from './implementationRecords';
import type { Distribution } from './distribution';
import { sum } from './sum';

/** Implemented amounts by type, from the records matching `keep`. */
export function implementedBy(
  records: readonly ImplementationRecord[],
  keep: (r: ImplementationRecord) => boolean,
): Amounts {
  const out = { ...NO_AMOUNTS };
  for (const r of records) if (keep(r)) out[r.type] += r.amount;
  return out;
}

/** A contributing state's pledges through the year (Art. 57(1), 60(3)). */
export interface ContributingProgress {
  readonly code: string;
  readonly pledged: Amounts;
  readonly toImplement: Amounts;
  readonly implemented: Amounts;
  /**
   * People to implement less people implemented, relocations first: relocations still owed are
   * those the people implemented (relocations and offsets instead, Art. 63(1)) have not covered.
   */
  readonly relocationsRemaining: number;
  readonly offsetsRemaining: number;
  readonly financialRemaining: number;
  readonly alternativeRemaining: number;
  /** Implemented ÷ to implement per type of pledge (at most 1); undefined where nothing is due. */
  readonly progress: Readonly<Record<NeedType, number | undefined>>;
  /** The widest gap between two types' progress (0 with one type or none). */
  readonly progressSpread: number;
  /**
   * Art. 60(3): "in proportion to their overall pledge". The tool's reading: every type of the
   * pledge implemented to the same degree, within the tolerance.
   */
  readonly proportionate: boolean;
}

export interface ProgressRules {
  /** The widest gap between types' progress still read as proportionate (Art. 60(3)): a parameter. */
  readonly proportionalityTolerance: number;
}

export const DEFAULT_PROGRESS_RULES: ProgressRules = { proportionalityTolerance: 0.1 };

export function contributingProgress(
  contributions: readonly ContributionToImplement[],
  records: readonly ImplementationRecord[],
  rules: ProgressRules = DEFAULT_PROGRESS_RULES,
): ContributingProgress[] {
  const tolerance = requireNonNegative(rules.proportionalityTolerance, {
    field: { kind: 'tolerance' },
  });
  return contributions.map((c) => {
    const implemented = implementedBy(records, (r) => r.contributing === c.code);
    const due = byNeedType(c.toImplement);
    const done = byNeedType(implemented);
    const peopleRemaining = Math.max(0, due.relocation - done.relocation);
    const relocationsRemaining = Math.min(c.toImplement.relocation, peopleRemaining);
    const progress = Object.fromEntries(
      NEED_TYPES.map((t) => [t, due[t] > 0 ? Math.min(1, done[t] / due[t]) : undefined]),
    ) as Record<NeedType, number | undefined>;
    const shares = NEED_TYPES.flatMap((t) => (progress[t] === undefined ? [] : [progress[t]]));
    const progressSpread = shares.length > 0 ? Math.max(...shares) - Math.min(...shares) : 0;
    return requireFiniteFields(
      {
        code: c.code,
        pledged: c.pledged,
        toImplement: c.toImplement,
        implemented,
        relocationsRemaining,
        offsetsRemaining: peopleRemaining - relocationsRemaining,
        financialRemaining: Math.max(0, due.financial - done.financial),
        alternativeRemaining: Math.max(0, due.alternative - done.alternative),
        progress,
        progressSpread,
        proportionate: progressSpread <= tolerance,
      },
      c.code,
    );
  });
}

/** A benefitting state's share of the pool and what reached it. */
export interface BenefittingProgress {
  readonly code: string;
  readonly distributed: Readonly<Record<NeedType, number>>;
  readonly received: Amounts;
  /** Distributed less received, by type (people: relocations and offsets received); at least 0. */
  readonly remaining: Readonly<Record<NeedType, number>>;
}

export function benefittingProgress(
  distribution: Distribution,
  records: readonly ImplementationRecord[],
): BenefittingProgress[] {
  const codes = [...new Set(distribution.cells.map((c) => c.code))];
  return codes.map((code) => {
    const distributed = Object.fromEntries(
      NEED_TYPES.map((t) => [
        t,
        sum(
          distribution.cells
            .filter((c) => c.code === code && c.type === t)
            .map((c) => c.distributed),
        ),
      ]),
    ) as Record<NeedType, number>;
    const received = implementedBy(records, (r) => r.benefitting === code);
    const got = byNeedType(received);
    const remaining = Object.fromEntries(
      NEED_TYPES.map((t) => [t, Math.max(0, distributed[t] - got[t])]),
    ) as Record<NeedType, number>;
    return { code, distributed, received, remaining };
  });
}
