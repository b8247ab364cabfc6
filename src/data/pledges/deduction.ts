import type { Key } from './columns';
import type { PledgeReasonCode } from './reasons';

type Fail = (
  column: string,
  code: PledgeReasonCode,
  values?: Readonly<Record<string, string | number>>,
) => void;

/**
 * The deduction as a fraction (Art. 61, 62: full or partial): the fraction column takes 0 to 1, the
 * percent column 0 to 100. 'bad' after an issue; undefined when not given.
 */
export function deductionShare(
  fraction: number | undefined,
  percent: number | undefined,
  c: Partial<Record<Key, string>>,
  fail: Fail,
): number | undefined | 'bad' {
  if (fraction !== undefined) {
    if (fraction <= 1) return fraction;
    const column = c.deductionFraction as string;
    if (fraction <= 100) {
      fail(column, 'fractionIsPercent', { value: fraction, column, fraction: fraction / 100 });
    } else fail(column, 'fractionAboveWhole', { value: fraction, column });
    return 'bad';
  }
  if (percent !== undefined) {
    if (percent <= 100) return percent / 100;
    fail(c.deductionPercent as string, 'percentAboveWhole', { value: percent });
    return 'bad';
  }
  return undefined;
}

/** The basis of a deduction as written ("61", "Art. 62"): its number, NaN if not one, or none. */
export function deductionBasis(text: string): number | undefined {
  if (text === '') return undefined;
  return Number(text.match(/^(?:art(?:icle)?\.?\s*)?(\d+)$/i)?.[1] ?? NaN);
}
