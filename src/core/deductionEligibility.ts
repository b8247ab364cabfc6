import { MethodologyError } from './errors';
import type { DeductionRequest } from './deductions';
import { methodReason } from './reasons';

/**
 * Art. 61(1): only a state "which has not made use of the Annual Solidarity Pool in accordance with
 * Article 58 or notified the need to use the Annual Solidarity Pool in accordance with Article 59"
 * may request a deduction on grounds of migratory pressure. An Art. 61 deduction for a benefitting
 * state is refused, naming the paragraph.
 */
export function refuseIneligibleDeductions(
  requests: readonly DeductionRequest[],
  benefitting: ReadonlySet<string>,
): void {
  for (const r of requests) {
    if (r.article === 61 && benefitting.has(r.code) && r.share > 0) {
      throw new MethodologyError(methodReason('art61WhileBenefitting', { code: r.code }), {
        state: r.code,
        field: { kind: 'deductionArticle' },
      });
    }
  }
}
