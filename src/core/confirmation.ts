import { implementedBy } from './implementationProgress';
import { yearOf, type ImplementationRecord } from './implementationRecords';
import type { Amounts } from './measures';

/**
 * Art. 60(6): "Each year in January ... Member States shall confirm to the EU Solidarity
 * Coordinator the levels of each solidarity measure implemented during the preceding year."
 */
export interface Confirmation {
  readonly code: string;
  /** The year the levels are confirmed for; the confirmation is due in January of the next. */
  readonly year: number;
  /** ISO month the confirmation is due in. */
  readonly due: string;
  /** Implemented by the state as contributing state, dated in the year. */
  readonly implemented: Amounts;
  /** Received by the state as benefitting state, dated in the year. */
  readonly received: Amounts;
}

export function januaryConfirmation(
  states: readonly string[],
  records: readonly ImplementationRecord[],
  year: number,
): Confirmation[] {
  const inYear = records.filter((r) => yearOf(r.date) === year);
  return states.map((code) => ({
    code,
    year,
    due: `${year + 1}-01`,
    implemented: implementedBy(inYear, (r) => r.contributing === code),
    received: implementedBy(inYear, (r) => r.benefitting === code),
  }));
}
