import type { Implementation } from '../core';

/**
 * The `implementation` part of `--json`: per contributing state what it implemented and what
 * remains (Art. 60(3)), its year-end offsets (Art. 63(5)) and conversions (Art. 57(4)); per
 * benefitting state its distribution and receipts; the year end (Art. 64(4)); the records with
 * their findings; the January confirmation (Art. 60(6)).
 */
export function implementationJson(impl: Implementation) {
  const end = new Map(impl.yearEnd.contributing.map((y) => [y.code, y]));
  const endOf = new Map(impl.yearEnd.benefitting.map((y) => [y.code, y]));
  return {
    year: impl.year,
    proportionalityTolerance: impl.rules.proportionalityTolerance,
    sarShare: impl.distribution.sarShare,
    states: impl.contributing.map((p) => ({
      code: p.code,
      pledged: p.pledged,
      toImplement: p.toImplement,
      relocationsImplemented: p.implemented.relocation,
      offsetsImplemented: p.implemented.offset,
      financialTransferredEur: p.implemented.financial,
      alternativeDeliveredEur: p.implemented.alternative,
      relocationsRemaining: p.relocationsRemaining,
      offsetsRemaining: p.offsetsRemaining,
      financialRemainingEur: p.financialRemaining,
      alternativeRemainingEur: p.alternativeRemaining,
      progress: {
        people: p.progress.relocation ?? null,
        financial: p.progress.financial ?? null,
        alternative: p.progress.alternative ?? null,
      },
      proportionate: p.proportionate,
      yearEndOffsets: end.get(p.code)?.offsetsOwed ?? 0,
      convertedToFinancialEur: end.get(p.code)?.convertedToFinancialEur ?? 0,
      alternativeToFinaliseEur: end.get(p.code)?.alternativeToFinaliseEur ?? 0,
    })),
    benefitting: impl.benefitting.map((b) => ({
      code: b.code,
      distributed: b.distributed,
      received: b.received,
      remaining: b.remaining,
      yearEndOffsetsItMayRequest: endOf.get(b.code)?.offsetsItMayRequest ?? 0,
    })),
    distribution: impl.distribution.cells.map((c) => ({
      code: c.code,
      type: c.type,
      need: c.need,
      eligible: c.eligible,
      proposal: c.proposal,
      distributed: c.distributed,
      basis: c.basis,
    })),
    yearEnd: {
      offsetsOwed: impl.yearEnd.offsetsOwed,
      offsetsRequestable: impl.yearEnd.offsetsRequestable,
      convertedToFinancialEur: impl.yearEnd.convertedToFinancialEur,
      financialPoolEur: impl.yearEnd.financialPoolEur,
      allocatedEur: impl.yearEnd.allocatedEur,
      notAllocatedEur: impl.yearEnd.notAllocatedEur,
      allocatedBeyondPoolEur: impl.yearEnd.allocatedBeyondPoolEur,
    },
    records: impl.records.map((r) => ({
      date: r.date,
      contributing: r.contributing,
      benefitting: r.benefitting || null,
      type: r.type,
      amount: r.amount,
      findings: r.findings,
    })),
    confirmation: impl.confirmation,
  };
}
