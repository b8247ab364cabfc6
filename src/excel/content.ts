import { isFormula, type Cell } from '../report';

/**
 * What to give `Range.formulas` for a cell of the report: "=..." for a formula; text that Excel
 * would otherwise read as a formula or a number is kept as text with a leading apostrophe.
 */
export function cellInput(cell: Cell): string | number | boolean {
  if (isFormula(cell)) return `=${cell.formula}`;
  if (cell === null) return '';
  if (typeof cell === 'string' && /^[=+\-@]/.test(cell)) return `'${cell}`;
  return cell;
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
