import { parseStrictNumber } from '../data';
import type { Phrase } from '../data/reasons/say';
import { ENGLISH } from '../report/words';
import { sentenceInWords } from '../report/words/issueWords';
import { numberCulture } from './numberCulture';

/**
 * Numbers as the analyst reads and types them: grouped and with the decimal mark of Office's
 * display language (or the browser's), parsed strictly so that a stray letter is an error, never a
 * guess.
 */

/** Office's display language where Office.js is loaded, else the browser's, else British English. */
export function displayLocale(): string {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  let candidate: string | undefined;
  try {
    candidate = office?.context?.displayLanguage;
  } catch {
    candidate = undefined;
  }
  candidate ??= typeof navigator !== 'undefined' ? navigator.language : undefined;
  if (!candidate) return 'en-GB';
  let supported = supportedLocales.get(candidate);
  if (supported === undefined) {
    supported = supportedLocale(candidate);
    supportedLocales.set(candidate, supported);
  }
  return supported;
}

/**
 * Asked once per language: `supportedLocalesOf` costs tens of milliseconds on a slow machine, and
 * the pane asks for the locale in every part that shows a number.
 */
const supportedLocales = new Map<string, string>();
function supportedLocale(candidate: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf(candidate)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * The group and decimal marks numbers are read and shown with: Excel's own, once the pane read them
 * (numberCulture.ts, excel-rules.md rule 6), else the locale's as Intl writes them.
 */
export function separators(locale: string): { group: string; decimal: string } {
  const excel = numberCulture();
  if (excel?.source === 'excel') return { group: excel.group, decimal: excel.decimal };
  const parts = formatter(locale, {}).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * One formatter per locale and style, made once: building an Intl.NumberFormat costs far more than
 * formatting with it, and the grid formats every cell on every keystroke.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** A number as Intl formats it in the locale, with Excel's separators where the pane knows them. */
function show(format: Intl.NumberFormat, n: number): string {
  const excel = numberCulture();
  if (excel?.source !== 'excel') return format.format(n);
  return format
    .formatToParts(n)
    .map((p) => (p.type === 'group' ? excel.group : p.type === 'decimal' ? excel.decimal : p.value))
    .join('');
}

/** A number grouped in the locale, with at most `digits` decimals. */
export function formatNumber(n: number, locale: string, digits = 0): string {
  return formatWith(n, locale, { maximumFractionDigits: digits });
}

/** A number as Intl writes it in the locale with these options, with Excel's separators where known. */
export function formatWith(n: number, locale: string, options: Intl.NumberFormatOptions): string {
  return show(formatter(locale, options), n);
}

/** A fraction as a percentage; the sign is held to the number by a non-breaking space. */
export function formatPercent(fraction: number, locale: string, digits = 1): string {
  const n = show(
    formatter(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }),
    fraction * 100,
  );
  return `${n}\u00A0%`;
}

/**
 * A difference in percentage points, signed ("+0.31"): the unit is said in words where it is shown
 * (a column "in percentage points", issue 16: no "pp" an analyst must decode).
 */
export function formatPoints(fractionChange: number, locale: string, digits = 2): string {
  const n = show(
    formatter(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }),
    fractionChange * 100,
  );
  return n;
}

/** A signed amount ("+1,200", "−300"), for changes and balances. */
export function formatSigned(n: number, locale: string, digits = 0): string {
  return show(
    formatter(locale, {
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }),
    n,
  );
}

/** Euros in millions, short enough for a narrow column ("97.1 M"). */
export function formatMillions(eur: number, locale: string, signed = false): string {
  const n = show(
    formatter(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
    }),
    eur / 1e6,
  );
  return `${n}\u00A0M`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Spaces a locale may group with: the plain, the no-break and the narrow no-break space. */
const SPACES = [' ', '\u00A0', '\u202F'];

/**
 * A number read, or refused with why: as facts (`why`, said in the pane's language by
 * sentenceInWords) and in English (`message`, the same words).
 */
export type Parsed = { ok: true; value: number } | { ok: false; message: string; why: Phrase };

/** A refusal from its facts, its English words beside them. */
export function refusal(why: Phrase): Parsed {
  return { ok: false, message: sentenceInWords(ENGLISH, why), why };
}

/**
 * Reads a number typed in the locale: digits, an optional sign, the locale's decimal mark and its
 * grouping in threes ("600,000,000", "600 000 000", "1.234,5" in German). Anything else is an
 * error that says what to type; nothing is guessed.
 */
export function parseLocaleNumber(text: string, locale: string): Parsed {
  const { group, decimal } = separators(locale);
  const t = text.trim();
  const example = {
    code: 'checks.field.example',
    values: { a: formatNumber(30000, locale), b: formatNumber(1234.5, locale, 1) },
  };
  if (t === '') return refusal({ code: 'checks.field.typeANumber' });
  const groups = SPACES.includes(group) ? SPACES : [group];
  const g = `(?:${groups.map(escape).join('|')})`;
  const d = escape(decimal);
  const pattern = new RegExp(`^([-\u2212+]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const m = pattern.exec(t);
  if (!m) {
    const stray = [...t].find(
      (c) => !/[\d\s\u00A0\u202F+\-\u2212]/.test(c) && c !== group && c !== decimal,
    );
    return refusal(
      stray
        ? { code: 'checks.field.stray', values: { stray, example } }
        : { code: 'checks.field.notAsWritten', values: { example } },
    );
  }
  const [, sign, whole = '', fraction] = m;
  const digits = whole.replace(new RegExp(g, 'g'), '');
  const magnitude = Number(`${digits}${fraction ? `.${fraction}` : ''}`);
  // The shared reader's range checks (Excel's largest and smallest numbers), on the number read.
  const checked = parseStrictNumber(sign === '-' || sign === '\u2212' ? -magnitude : magnitude);
  return checked.ok ? { ok: true, value: checked.value } : refusal(checked.why);
}
