import { MethodologyError } from './errors';
import type { DeductionRequest } from './deductions';

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
      throw new MethodologyError(
        `${r.code} is benefitting from the pool, so it cannot have an Art. 61 deduction: Art. 61(1) ` +
          'allows it only to a state "which has not made use of the Annual Solidarity Pool". ' +
          `Remove the deduction, or declare ${r.code} not benefitting.`,
        { state: r.code, field: 'deduction article' },
      );
    }
  }
}
