import { parseCommaNumber } from './commaNumbers';
import {
  inEnglish,
  phrase,
  type ReasonValue,
  type ReaderPhrase,
  type ReaderReasonCode,
} from './reasons';

/**
 * The one strict reader of numbers written as text, used by every file reader, the pledges reader
 * and the command line. A number is read only when written as one: an optional sign, digits with at
 * most one decimal point, an optional exponent. Anything else (hexadecimal, a space inside, a comma,
 * a percent sign, a figure beyond what a spreadsheet holds) is refused with a reason naming the fix,
 * never guessed: a guessed number is a wrong figure in a table.
 */
export type StrictNumber =
  | { readonly ok: true; readonly value: number }
  | {
      readonly ok: false;
      /** In English (the command line, the custom functions). */
      readonly reason: string;
      /** The same as facts, for the pane's language (reasons/figures.ts). */
      readonly why: ReaderPhrase;
    };

/** A figure refused, for a reason that quotes it as written ("text"), with the fix's values. */
export function refused(
  code: ReaderReasonCode,
  shown?: string,
  values: Readonly<Record<string, string>> = {},
): StrictNumber {
  const all: Record<string, ReasonValue> = { ...values };
  if (shown !== undefined) all.quoted = phrase('number.quoted', { text: shown });
  const why = phrase(code, all);
  return { ok: false, reason: inEnglish(why), why };
}

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
  if (text === '') return refused('number.empty');
  if (options.decimal === 'comma') return parseCommaNumber(text);
  if (PLAIN.test(text)) {
    if (DOT_GROUP.test(text)) {
      const [whole, fraction] = text.replace(/^[-+]/, '').split('.');
      return refused('number.twoMeanings', shown, {
        grouped: `${whole}${fraction}`,
        decimal: `${whole}.${fraction}`,
        plain: String(Number(text.replace(/^[-+]/, ''))),
      });
    }
    return checkRange(Number(text), text);
  }
  if (options.thousands && GROUPED.test(text)) {
    return checkRange(Number(text.replace(/,/g, '')), text);
  }
  return refused(whyNot(text, options), shown);
}

/** A number read, checked against what a spreadsheet holds (finite, not lost to 0). */
export function checkRange(value: number, text: string): StrictNumber {
  const shown = clipText(text);
  if (Number.isNaN(value)) return refused('number.nan');
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_NUMBER) {
    return refused('number.tooLarge', shown);
  }
  if (value === 0 && /[1-9]/.test(text.replace(/[eE].*$/, ''))) {
    return refused('number.underflow', shown);
  }
  if (value !== 0 && Math.abs(value) < SMALLEST_NUMBER) return refused('number.tooSmall', shown);
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Why a text is no number in either convention (another base, infinity, a percent), or undefined. */
export function notAFigure(text: string): ReaderReasonCode | undefined {
  const prefix = text.replace(/^[-+]/, '').slice(0, 2).toLowerCase();
  const base = ({ '0x': 'hexadecimal', '0b': 'binary', '0o': 'octal' } as const)[prefix];
  if (base) return `number.${base}`;
  if (/^[-+]?(infinity|inf|nan)$/i.test(text)) return 'number.infinite';
  if (/%$/.test(text)) return 'number.percent';
  return undefined;
}

/** The reason a text is not a number, with the fix. */
function whyNot(text: string, options: StrictNumberOptions): ReaderReasonCode {
  const other = notAFigure(text);
  if (other) return other;
  if (/\d\s+\d/.test(text)) return 'number.space';
  if (/\d,\d/.test(text)) return options.thousands ? 'number.commaNotGroups' : 'number.comma';
  if (/\d\.\d*\./.test(text)) return 'number.dots';
  return 'number.notANumber';
}
