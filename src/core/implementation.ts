import { januaryConfirmation, type Confirmation } from './confirmation';
import { distributePool, type Distribution, type TypedDistribution } from './distribution';
import {
  benefittingProgress,
  contributingProgress,
  DEFAULT_PROGRESS_RULES,
  type BenefittingProgress,
  type ContributingProgress,
  type ProgressRules,
} from './implementationProgress';
import {
  checkRecords,
  type CheckedRecord,
  type ContributionToImplement,
  type ImplementationRecord,
} from './implementationRecords';
import { byNeedType, NEED_TYPES, type NeedType } from './measures';
import type { BenefittingState, DeclaredNeed } from './needs';
import { sum } from './sum';
import { yearEnd, type YearEnd } from './yearEnd';

/** The pool through its year: what the tool takes (plain data, from any source). */
export interface ImplementationInput {
  /** The pool's year: records dated in it enter its January confirmation (Art. 60(6)). */
  readonly year: number;
  /** Every state that may confirm levels: the participants, and any ad hoc contributor. */
  readonly states: readonly string[];
  readonly contributions: readonly ContributionToImplement[];
  readonly benefitting: readonly BenefittingState[];
  readonly needs: readonly DeclaredNeed[];
  readonly sarShare?: number;
  readonly typed?: readonly TypedDistribution[];
  readonly records: readonly ImplementationRecord[];
  readonly rules?: ProgressRules;
  /** Where the records come from (named on the sheet). */
  readonly source?: string;
}

export interface Implementation {
  readonly year: number;
  readonly contributions: readonly ContributionToImplement[];
  readonly benefittingStates: readonly BenefittingState[];
  readonly source: string;
  readonly records: readonly CheckedRecord[];
  readonly distribution: Distribution;
  readonly contributing: readonly ContributingProgress[];
  readonly benefitting: readonly BenefittingProgress[];
  readonly yearEnd: YearEnd;
  readonly confirmation: readonly Confirmation[];
  readonly rules: ProgressRules;
}

/** The pool to be implemented, by need type: the sum of the contributing states' pledges. */
export function availableToDistribute(
  contributions: readonly ContributionToImplement[],
): Record<NeedType, number> {
  const byType = contributions.map((c) => byNeedType(c.toImplement));
  return Object.fromEntries(NEED_TYPES.map((t) => [t, sum(byType.map((b) => b[t]))])) as Record<
    NeedType,
    number
  >;
}

/**
 * Distribution (Art. 60(1)–(2)), records and their checks, each contributing state's progress
 * (Art. 60(3)), each benefitting state's share and receipts, the year-end consequences (Art. 57(4),
 * 63(5), 64(4)) and the January confirmation (Art. 60(6)).
 */
export function assessImplementation(input: ImplementationInput): Implementation {
  const rules = input.rules ?? DEFAULT_PROGRESS_RULES;
  const records = checkRecords(input);
  const distribution = distributePool({
    available: availableToDistribute(input.contributions),
    benefitting: input.benefitting,
    needs: input.needs,
    ...(input.sarShare === undefined ? {} : { sarShare: input.sarShare }),
    ...(input.typed ? { typed: input.typed } : {}),
  });
  const contributing = contributingProgress(input.contributions, records, rules);
  const benefitting = benefittingProgress(distribution, records);
  return {
    year: input.year,
    contributions: input.contributions,
    benefittingStates: input.benefitting,
    source: input.source ?? '',
    records,
    distribution,
    contributing,
    benefitting,
    yearEnd: yearEnd({
      contributions: input.contributions,
      contributing,
      benefitting,
      benefittingStates: input.benefitting,
      distribution,
    }),
    confirmation: januaryConfirmation(input.states, records, input.year),
    rules,
  };
}
