import { isFormula, type Cell } from '../report';

/**
 * What to give `Range.formulas` for a cell of the report: "=..." for a formula; a text that Excel
 * would otherwise read as a formula, a number, a date, a time, a boolean or an error is kept as
 * text with a leading apostrophe, which Excel does not keep in the value.
 */
export function cellInput(cell: Cell): string | number | boolean {
  if (isFormula(cell)) return `=${cell.formula}`;
  if (cell === null) return '';
  if (typeof cell === 'string' && excelMightConvert(cell)) return `'${cell}`;
  return cell;
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const MONTH_DATES = [
  new RegExp(`^\\d{1,2}[\\s./-]*${MONTH}([\\s.,/-]*\\d{1,4})?$`, 'i'),
  new RegExp(`^${MONTH}[\\s.,/-]*\\d{1,4}([\\s.,/-]+\\d{1,4})?$`, 'i'),
];

/**
 * Whether Excel could enter a text as something else (excel-rules.md rule 2, OfficeDev/office-js
 * #229): a formula or a sign first (= + - @), TRUE or FALSE, an error literal, anything of digits
 * and punctuation ("2026-07-10", "30.000", "1/2", "(5)", "5 %", "10:30 PM", "1e5"), or a date with
 * a month's name ("10 Jul 2026", "July 2026"). Broader than Excel's parser in any culture, on
 * purpose: a text kept as text needs no guess at the culture.
 */
export function excelMightConvert(text: string): boolean {
  const t = text.trim();
  if (/^[=+\-@]/.test(text) || /^[=+\-@]/.test(t)) return true;
  if (
    /^(true|false)$/i.test(t) ||
    /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)/i.test(t)
  )
    return true;
  const plain = t.replace(/\b[ap]\.?m?\.?$/i, '').replace(/(\d)[eE]([+-]?\d)/g, '$1$2');
  if (/\d/.test(plain) && !/\p{L}/u.test(plain.replace(/[$€£¥]/g, ''))) return true;
  return MONTH_DATES.some((r) => r.test(t));
}

/**
 * A short fingerprint of a cell's content as `Range.formulas` reports it, to tell later whether the
 * analyst changed a cell the tool wrote. Undefined for an empty cell.
 */
export function fingerprint(content: unknown): string | undefined {
  if (content === null || content === undefined || content === '') return undefined;
  if (typeof content === 'number') return hash(`n:${content}`);
  if (typeof content === 'boolean') return hash(`b:${content}`);
  const text = String(content);
  if (text.startsWith('=')) return hash(`f:${normalizeFormula(text)}`);
  return hash(`s:${text.startsWith("'") ? text.slice(1) : text}`);
}

/**
 * A formula in a canonical form, so that the form the tool wrote (`Pool[[#This Row],[Fair share]]`)
 * and the form Excel gives back (`[@[Fair share]]`), `T[[Col.]]` and `T[Col.]`, compare equal: outside string literals, spaces
 * are dropped, letters upper-cased, this-row references reduced to `@COLUMN` and table names before
 * a bracket dropped.
 */
export function normalizeFormula(formula: string): string {
  const parts = formula.replace(/^=/, '').split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal, kept as written
      return (
        part
          .replace(/\s+/g, '')
          .toUpperCase()
          .replace(/[A-Z_][A-Z0-9_.]*(?=\[)/g, '')
          // `[[Column]]` (a column with special characters in its own brackets) is `[Column]`.
          .replace(/\[\[((?:[^[\]']|'.)*)\]\]/g, '[$1]')
          .replace(/\[\[#THISROW\],\[([^\]]+)\]\]/g, '@$1')
          .replace(/\[@\[([^\]]+)\]\]/g, '@$1')
          .replace(/\[@([^[\]]+)\]/g, '@$1')
      );
    })
    .join('');
}

/** FNV-1a, 32 bits, base 36. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
