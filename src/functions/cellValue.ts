import { requireFiniteResult, sum } from '../core';
import { clipText } from '../data';
import { guard, invalidValue, notAvailable } from './errors';

/**
 * One value of an argument as Excel passes it to a custom function: read as a number only when it
 * can mean one thing (a missing figure is never zero), and named in messages as the analyst sees it.
 */

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Text as a message quotes it (the data's one rule): trimmed, at most 40 characters. */
export const clip = clipText;

export function describe(v: unknown): string {
  if (isBlank(v)) return 'an empty cell';
  if (typeof v === 'string') return `the text "${clip(v)}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return `the number ${formatNumber(v)}`;
  // allowCustomDataForDataTypeAny: a cell holding a data type (an entity) arrives as an object.
  if (typeof v === 'object') return 'a data type value';
  return String(v);
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 6 });
}

export function isNumericText(v: string): boolean {
  return v.trim() !== '' && Number.isFinite(Number(v.trim()));
}

/** A number from a cell: an empty cell is #N/A (never zero), text or TRUE/FALSE is #VALUE!. */
export function toNumber(v: unknown, where: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (isBlank(v)) {
    throw notAvailable(`${where} is empty: a missing figure is never taken as zero.`);
  }
  if (typeof v === 'string' && isNumericText(v)) {
    throw invalidValue(
      `${where} is ${describe(v)}, a number stored as text: enter it as a number.`,
    );
  }
  throw invalidValue(`${where} is ${describe(v)} where a number belongs.`);
}

export function toNonNegative(v: unknown, where: string): number {
  const n = toNumber(v, where);
  if (n < 0) throw invalidValue(`${where} must not be negative, got ${formatNumber(n)}.`);
  return n;
}

export function toPositive(v: unknown, where: string): number {
  const n = toNumber(v, where);
  if (n <= 0) throw invalidValue(`${where} must be above zero, got ${formatNumber(n)}.`);
  return n;
}

/** A share or threshold between 0 and 1: a cell formatted 50 % holds 0.5. */
export function toFraction(v: unknown, where: string): number {
  const n = toNumber(v, where);
  if (n < 0 || n > 1) {
    throw invalidValue(
      `${where} must be a fraction between 0 and 1 (0 % to 100 %), got ${formatNumber(n)}.`,
    );
  }
  return n;
}

/** A computed number as Excel can hold it: Infinity or NaN becomes #VALUE! with the core's reason. */
export function finite(n: number, where: string): number {
  return guard(() => requireFiniteResult(n, { field: { kind: 'ofFunction', where } }));
}

/** The total of a column of figures, which must itself be a number Excel can hold. */
export function total(values: readonly number[], name: string): number {
  return finite(sum(values), `The total of ${name}`);
}
