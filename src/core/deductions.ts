import { methodReason } from './reasons';
import { MethodologyError, requireFiniteFields, requireFraction } from './errors';
import type { IndicativeContribution } from './pool';
import { normalizeCode } from './states';
import { sum } from './sum';

/**
 * Art. 61: a state under migratory pressure may ask for a full or partial deduction of its pledged
 * contributions. Art. 62: a state facing a significant migratory situation may ask the same.
 */
export type DeductionArticle = 61 | 62;

export interface DeductionRequest {
  readonly code: string;
  /** 0 (none) to 1 (full deduction). */
  readonly share: number;
  readonly article: DeductionArticle;
  /**
   * What the deduction reduces. Art. 61(1) and 62(1) deduct "pledged contributions": with a pledging
   * round it reduces the pledge to be implemented (`pledges`, the default there). A scenario may
   * anticipate it on the fair share before pledging (`fair-share`, as the Council's 2026 act did
   * for the states it exempted; the default without a round).
   */
  readonly appliesTo?: DeductionAppliesTo;
}

export type DeductionAppliesTo = 'fair-share' | 'pledges';

export interface DeductedContribution extends IndicativeContribution {
  readonly deductionShare: number;
  readonly deductionArticle: DeductionArticle | undefined;
  /** Undefined where the request did not say: the round decides (pledges with a round). */
  readonly deductionAppliesTo: DeductionAppliesTo | undefined;
  readonly effectiveRelocations: number;
  readonly effectiveFinancialEur: number;
}

export interface PoolSize {
  readonly relocations: number;
  readonly financialEur: number;
}

export interface DeductedPool {
  readonly rows: DeductedContribution[];
  /** The pool as proposed: the sum of indicative contributions. */
  readonly reference: PoolSize;
  /** The pool after deductions. Nothing is redistributed (Art. 61, 62), so it is smaller. */
  readonly effective: PoolSize;
}

export function validateDeductions(
  requests: readonly DeductionRequest[],
  participants: ReadonlySet<string>,
): Map<string, DeductionRequest> {
  const out = new Map<string, DeductionRequest>();
  for (const request of requests) {
    const code = normalizeCode(request.code, 'codeOfDeduction');
    if (!participants.has(code)) {
      throw new MethodologyError(methodReason('deductionNotParticipant', { code }), {
        state: code,
        field: { kind: 'deduction' },
      });
    }
    if (out.has(code)) {
      throw new MethodologyError(methodReason('twoDeductions', { code }), {
        state: code,
        field: { kind: 'deduction' },
      });
    }
    if (request.article !== 61 && request.article !== 62) {
      throw new MethodologyError(
        methodReason('deductionArticle', { code, got: String(request.article) }),
        { state: code, field: { kind: 'deductionArticle' } },
      );
    }
    const share = requireFraction(request.share, { state: code, field: { kind: 'deduction' } });
    const appliesTo = request.appliesTo;
    if (appliesTo !== undefined && appliesTo !== 'fair-share' && appliesTo !== 'pledges') {
      throw new MethodologyError(
        methodReason('deductionAppliesTo', { code, got: String(appliesTo) }),
        { state: code, field: { kind: 'deductionAppliesTo' } },
      );
    }
    out.set(code, { code, share, article: request.article, ...(appliesTo ? { appliesTo } : {}) });
  }
  return out;
}

/**
 * Applies deductions (Art. 61, 62): each state's effective contribution is its indicative contribution
 * reduced by the deducted share. The deducted part is not redistributed to other states.
 */
export function applyDeductions(
  contributions: readonly IndicativeContribution[],
  requests: readonly DeductionRequest[] = [],
): DeductedPool {
  const byCode = validateDeductions(requests, new Set(contributions.map((c) => c.code)));
  const rows = contributions.map((c) => {
    const request = byCode.get(c.code);
    const share = request?.share ?? 0;
    requireFiniteFields(c, c.code);
    return {
      ...c,
      deductionShare: share,
      deductionArticle: request?.article,
      deductionAppliesTo: request?.appliesTo,
      effectiveRelocations: c.relocations * (1 - share),
      effectiveFinancialEur: c.financialEur * (1 - share),
    };
  });
  return {
    rows,
    reference: requireFiniteFields({
      relocations: sum(rows.map((r) => r.relocations)),
      financialEur: sum(rows.map((r) => r.financialEur)),
    }),
    effective: requireFiniteFields({
      relocations: sum(rows.map((r) => r.effectiveRelocations)),
      financialEur: sum(rows.map((r) => r.effectiveFinancialEur)),
    }),
  };
}
