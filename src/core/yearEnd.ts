import { requireFiniteFields } from './errors';
import type { ContributingProgress, BenefittingProgress } from './implementationProgress';
import type { ContributionToImplement } from './implementationRecords';
import type { Distribution } from './distribution';
import type { BenefittingState } from './needs';
import { sum } from './sum';

/** A contributing state at the end of the year. */
export interface ContributingYearEnd {
  readonly code: string;
  /**
   * Art. 63(5): having "not implemented its pledges ... equal to its pledged relocations", it takes
   * responsibility for applicants "at the request of the benefitting Member State ... up to the
   * number of relocations pledged": the relocations still owed.
   */
  readonly offsetsOwed: number;
  /**
   * Art. 57(4), recital 19: alternative measures "not requested by the benefitting Member States in
   * a given year ... shall be converted into financial contributions": those to implement that were
   * not delivered, unless a request is recorded (then they are finalised, Art. 65(3)).
   */
  readonly convertedToFinancialEur: number;
  /** Alternative measures requested but not yet delivered: finalised after the year (Art. 65(3)). */
  readonly alternativeToFinaliseEur: number;
}

/** A benefitting state at the end of the year. */
export interface BenefittingYearEnd {
  readonly code: string;
  /**
   * Art. 63(5): the offsets it may request: the people distributed to it and not received. None
   * where systemic shortcomings were found (Art. 60(3), fourth subparagraph: offsets are not required).
   */
  readonly offsetsItMayRequest: number;
}

export interface YearEnd {
  readonly contributing: readonly ContributingYearEnd[];
  readonly benefitting: readonly BenefittingYearEnd[];
  readonly offsetsOwed: number;
  readonly offsetsRequestable: number;
  readonly convertedToFinancialEur: number;
  /** Financial contributions to implement plus the conversions (Art. 57(4)). */
  readonly financialPoolEur: number;
  /** The financial contributions distributed (allocated) to benefitting states (Art. 64(2)). */
  readonly allocatedEur: number;
  /**
   * Art. 64(4): "where the amount ... is not fully allocated, the remaining amount may be added" to
   * the AMIF thematic facility: the financial pool less what is allocated, at least 0.
   */
  readonly notAllocatedEur: number;
  /**
   * What is allocated beyond the financial pool, at least 0: Art. 64(4) measures the allocation
   * against "the amount referred to in Article 57(1)", so a figure here means typed allocations
   * hand out more than the pool holds and must be corrected (Art. 64(4)'s remainder stays 0 then).
   */
  readonly allocatedBeyondPoolEur: number;
}

export function yearEnd(input: {
  readonly contributions: readonly ContributionToImplement[];
  readonly contributing: readonly ContributingProgress[];
  readonly benefitting: readonly BenefittingProgress[];
  readonly benefittingStates: readonly BenefittingState[];
  readonly distribution: Distribution;
}): YearEnd {
  const requested = new Map(input.contributions.map((c) => [c.code, c.alternativeRequested]));
  const contributing = input.contributing.map((p): ContributingYearEnd => {
    const left = p.alternativeRemaining;
    const wasRequested = requested.get(p.code) === true;
    return requireFiniteFields(
      {
        code: p.code,
        offsetsOwed: p.relocationsRemaining,
        convertedToFinancialEur: wasRequested ? 0 : left,
        alternativeToFinaliseEur: wasRequested ? left : 0,
      },
      p.code,
    );
  });
  const systemic = new Set(
    input.benefittingStates.filter((b) => b.systemicShortcomings).map((b) => b.code),
  );
  const benefitting = input.benefitting.map((b): BenefittingYearEnd => ({
    code: b.code,
    offsetsItMayRequest: systemic.has(b.code) ? 0 : b.remaining.relocation,
  }));
  const convertedToFinancialEur = sum(contributing.map((c) => c.convertedToFinancialEur));
  const financialPoolEur =
    sum(input.contributions.map((c) => c.toImplement.financial)) + convertedToFinancialEur;
  const allocatedEur = input.distribution.byType.financial.distributed;
  return requireFiniteFields({
    contributing,
    benefitting,
    offsetsOwed: sum(contributing.map((c) => c.offsetsOwed)),
    offsetsRequestable: sum(benefitting.map((b) => b.offsetsItMayRequest)),
    convertedToFinancialEur,
    financialPoolEur,
    allocatedEur,
    notAllocatedEur: Math.max(0, financialPoolEur - allocatedEur),
    allocatedBeyondPoolEur: Math.max(0, allocatedEur - financialPoolEur),
  });
}
