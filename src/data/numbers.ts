import { parseCommaNumber } from './commaNumbers';

/**
 * The one strict reader of numbers written as text, used by every file reader, the pledges reader
 * and the command line. A number is read only when written as one: an optional sign, digits with at
 * most one decimal point, an optional exponent. Anything else (hexadecimal, a space inside, a comma,
 * a percent sign, a figure beyond what a spreadsheet holds) is refused with a reason naming the fix,
 * never guessed: a guessed number is a wrong figure in a table.
 */
export type StrictNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

export interface StrictNumberOptions {
  /**
   * The text was quoted in a comma-separated file, so commas inside it cannot be field separators:
   * then `83,456,045` (groups of exactly three digits) is read as 83456045. Nothing else with a
   * comma is a number.
   */
  readonly thousands?: boolean;
  /**
   * The file's convention (numberConvention.ts): `comma` reads `494087,6` and `9.215.956` as
   * comma-decimal locales write them (commaNumbers.ts); `point`, the default, as above.
   */
  readonly decimal?: DecimalMark;
}

/** Which mark separates a number's decimals in a file: the two conventions of EU locales. */
export type DecimalMark = 'comma' | 'point';

/** Excel's largest number (9.99999999999999E+307): beyond it a cell holds no number. */
export const LARGEST_NUMBER = 9.99999999999999e307;
/** Excel's smallest positive number (2.2251E-308): below it a figure becomes 0 unannounced. */
export const SMALLEST_NUMBER = 2.2251e-308;

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** "1.000", "12.500": a dot before exactly three digits may be a thousands separator (1.000 = 1000). */
const DOT_GROUP = /^[-+]?[1-9]\d{0,2}\.\d{3}$/;

/** "1.000", "574.250": a figure the decimal-point reading gives two meanings (refused). */
export function isPointAmbiguous(text: string): boolean {
  const t = text.trim();
  return PLAIN.test(t) && DOT_GROUP.test(t);
}

/** Longest echo of a given text in a message: a 5,000-character cell is not repeated whole. */
export const ECHO_LIMIT = 40;

/**
 * A text as a message quotes it (readers, custom functions, command line): trimmed, cut at
 * ECHO_LIMIT characters with "…".
 */
export function clipText(text: string): string {
  const t = text.trim();
  return t.length > ECHO_LIMIT ? `${t.slice(0, ECHO_LIMIT - 1)}…` : t;
}

/** Reads a number written as text (or checks a number already read) under the rules above. */
export function parseStrictNumber(
  input: string | number,
  options: StrictNumberOptions = {},
): StrictNumber {
  if (typeof input === 'number') return checkRange(input, String(input));
  const text = input.trim();
  const shown = clipText(text);
  if (text === '') return { ok: false, reason: 'the cell is empty: write a number.' };
  if (options.decimal === 'comma') return parseCommaNumber(text);
  if (PLAIN.test(text)) {
    if (DOT_GROUP.test(text)) {
      const [whole, fraction] = text.replace(/^[-+]/, '').split('.');
      return {
        ok: false,
        reason:
          `"${shown}" could be ${whole}${fraction} (a dot between thousands) or ${whole}.${fraction}: ` +
          `write ${whole}${fraction} or ${Number(text.replace(/^[-+]/, ''))} without ambiguity` +
          ` (or, if the file writes decimal commas, read it with decimal commas).`,
      };
    }
    return checkRange(Number(text), text);
  }
  if (options.thousands && GROUPED.test(text)) {
    return checkRange(Number(text.replace(/,/g, '')), text);
  }
  return { ok: false, reason: whyNot(text, shown, options) };
}

/** A number read, checked against what a spreadsheet holds (finite, not lost to 0). */
export function checkRange(value: number, text: string): StrictNumber {
  const shown = clipText(text);
  if (Number.isNaN(value))
    return { ok: false, reason: 'the value is not a number (NaN): check the figure.' };
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_NUMBER) {
    return {
      ok: false,
      reason: `"${shown}" is beyond the largest number a spreadsheet holds (about 1E+308): check the figure.`,
    };
  }
  if (value === 0 && /[1-9]/.test(text.replace(/[eE].*$/, ''))) {
    return {
      ok: false,
      reason: `"${shown}" is too small to be held (below 1E-308) and would become 0: check the figure.`,
    };
  }
  if (value !== 0 && Math.abs(value) < SMALLEST_NUMBER) {
    return {
      ok: false,
      reason: `"${shown}" is too small to be held in a spreadsheet (below about 2.2E-308): check the figure.`,
    };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Why a text is no number in either convention (another base, infinity, a percent), or undefined. */
export function notAFigure(text: string, shown: string): string | undefined {
  const prefix = text.replace(/^[-+]/, '').slice(0, 2).toLowerCase();
  const base = { '0x': 'hexadecimal', '0b': 'binary', '0o': 'octal' }[prefix];
  if (base) return `"${shown}" is written in ${base}: write the number in decimal digits.`;
  if (/^[-+]?(infinity|inf|nan)$/i.test(text)) {
    return `"${shown}" is not a figure: write a finite number.`;
  }
  if (/%$/.test(text)) return `"${shown}" has a percent sign: write the number alone.`;
  return undefined;
}

/** The reason a text is not a number, with the fix. */
function whyNot(text: string, shown: string, options: StrictNumberOptions): string {
  const other = notAFigure(text, shown);
  if (other) return other;
  if (/\d\s+\d/.test(text)) {
    return `"${shown}" has a space inside: write the digits without spaces (no thousands separator).`;
  }
  if (/\d,\d/.test(text)) {
    return options.thousands
      ? `"${shown}" has a comma that is neither a decimal point nor a separator of groups of three digits: write digits only, with a dot for decimals.`
      : `"${shown}" has a comma: write digits only, with a dot for decimals and no thousands separator (or quote the cell, "83,456,045", in a comma-separated file).`;
  }
  if (/\d\.\d*\./.test(text)) {
    return `"${shown}" has more than one dot: write digits only, with one dot for decimals and no thousands separator.`;
  }
  return `"${shown}" is not a number: write digits only, with a dot for decimals.`;
}
