/**
 * Real Excel's rules that a lenient double hides (../shared/excel-rules.md), as pure functions the
 * fake applies. Each names its source; where the documentation leaves the exact behaviour open, the
 * stricter reading is taken.
 */

/** The separators Excel parses and shows numbers with (rule 6: its culture, not the UI language). */
export interface FakeCulture {
  /** Windows/Excel culture name, e.g. "de-DE". */
  readonly name: string;
  readonly decimalSeparator: string;
  readonly thousandsSeparator: string;
  /** Whether Excel uses the system's separators (File > Options > Advanced). */
  readonly useSystemSeparators: boolean;
  /** Where useSystemSeparators is false: Excel's own separators. */
  readonly excelDecimalSeparator?: string;
  readonly excelThousandsSeparator?: string;
}

export const EN_US: FakeCulture = {
  name: 'en-US',
  decimalSeparator: '.',
  thousandsSeparator: ',',
  useSystemSeparators: true,
};

export const DE_DE: FakeCulture = {
  name: 'de-DE',
  decimalSeparator: ',',
  thousandsSeparator: '.',
  useSystemSeparators: true,
};

/** The separators Excel parses with: the system's, unless Excel's own are set. */
export function effectiveSeparators(c: FakeCulture): { decimal: string; group: string } {
  return c.useSystemSeparators
    ? { decimal: c.decimalSeparator, group: c.thousandsSeparator }
    : {
        decimal: c.excelDecimalSeparator ?? c.decimalSeparator,
        group: c.excelThousandsSeparator ?? c.thousandsSeparator,
      };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Days from Excel's epoch (1899-12-30, the 1900 date system with its leap-year quirk) to a date. */
function serial(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Rule 2 (OfficeDev/office-js #229): a text written to a General cell that Excel can read as a
 * number, a percentage, a date, a time or a boolean is stored as that, not as the text. Excel's
 * parser is broad and culture-dependent; the fake converts at least: numbers with the culture's
 * decimal and group separators and an exponent, percentages, ISO dates (`2026-07-10`), day-month
 * dates with / (and . where the decimal mark is a comma), times, TRUE and FALSE. Undefined: stays
 * text. A leading apostrophe always keeps the text (and is not part of it).
 */
export function excelConversion(
  text: string,
  culture: FakeCulture,
): { value: number | boolean; numberFormat?: string } | undefined {
  const s = text.trim();
  if (s === '' || text.startsWith("'")) return undefined;
  if (/^(TRUE|FALSE)$/i.test(s)) return { value: s.toUpperCase() === 'TRUE' };
  const { decimal, group } = effectiveSeparators(culture);
  const d = escape(decimal);
  const g = escape(group);
  const number = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`,
  );
  const m = number.exec(s);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const whole = (m[2] ?? '0').split(group).join('');
    const n = Number(`${m[1]}${whole}.${m[3] ?? '0'}e${m[4] ?? '0'}`);
    if (Number.isFinite(n)) return m[5] ? { value: n / 100, numberFormat: '0%' } : { value: n };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    const v = serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (v !== undefined) return { value: v, numberFormat: 'yyyy-mm-dd' };
  }
  const dm = (
    decimal === ',' ? /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/ : /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/
  ).exec(s);
  if (dm) {
    const [a, b] = [Number(dm[1]), Number(dm[2])];
    const year = Number(dm[3]) < 100 ? 2000 + Number(dm[3]) : Number(dm[3]);
    const [month, day] = culture.name === 'en-US' ? [a, b] : [b, a];
    const v = serial(year, month, day);
    if (v !== undefined) return { value: v, numberFormat: 'm/d/yyyy' };
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60)
    return {
      value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400,
      numberFormat: 'h:mm',
    };
  return undefined;
}

/** Whether a number format makes a cell Text (`@`): what is written there stays as typed. */
export function isTextFormat(numberFormat: string): boolean {
  return numberFormat === '@';
}

/** A column name as Excel shows it after `@`: bare when plain, else in its own brackets. */
function thisRowItem(column: string): string {
  return /^[A-Za-z0-9_]+$/.test(column) ? column : `[${column}]`;
}

/**
 * Rule 7 (OfficeDev/office-js #6687; MS-XLSX 2.2.2; ClosedXML #2251): `Range.formulas` returns the
 * interface form of a cell. A text entered with an apostrophe (`'=A1`) reads back without it, so
 * that it looks like a formula; a future function reads back without its `_xlfn.` prefix;
 * `Table[[#This Row],[Column]]` reads back as `[@Column]` in the table itself, `Table[@Column]`
 * elsewhere.
 */
export function interfaceForm(stored: string | number | boolean, ownTable?: string): unknown {
  if (typeof stored !== 'string') return stored;
  if (stored.startsWith("'")) return stored.slice(1);
  if (!stored.startsWith('=')) return stored;
  return stored
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/_xlfn\.(?:_xlws\.)?/gi, '')
            .replace(
              /([A-Za-z_\\][\w.\\]*)\[\[#This Row\],\[((?:[^\]']|'.)*)\]\]/gi,
              (_m, table: string, column: string) =>
                `${ownTable && ownTable.toUpperCase() === table.toUpperCase() ? '' : table}[@${thisRowItem(column)}]`,
            ),
    )
    .join('');
}

/** Excel on the web's limits (rule 8: "Resource limits and performance optimization"). */
export const WEB_LIMITS = {
  /** Bytes of a request or a response. */
  payload: 5 * 1024 * 1024,
  /** Cells of one read. */
  cells: 5_000_000,
} as const;

/** What the fake does when the add-in breaks a rule: refuse as Excel does, or count and go on. */
export type Strictness = 'refuse' | 'record';

export type RuleId =
  | 'formula-names-missing-table'
  | 'formula-names-missing-column'
  | 'text-converted'
  | 'resize-over-table'
  | 'autofill'
  | 'payload-limit'
  | 'read-cell-limit'
  | 'future-function-prefix';

export interface Violation {
  readonly rule: RuleId;
  readonly message: string;
}
