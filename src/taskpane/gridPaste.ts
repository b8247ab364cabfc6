import { formatNumber, parseLocaleNumber, refusal, type Parsed } from './locale';

/**
 * A block copied from Excel, as Excel puts it on the clipboard: rows by line break, cells by tab, a
 * cell holding a tab or a line break in double quotes ("" for a quote). The last line break ends
 * the block, not an empty row.
 */
export function parseBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Whether a clipboard text is a block (more than one cell) rather than a value for one field. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

/** What a grid cell accepts: whole persons (Art. 56(2)(a), Art. 63) or an amount, and a ceiling. */
export interface CellRule {
  readonly whole?: boolean;
  readonly max?: number;
}

/**
 * One pasted or typed value, read with the separators of the analyst's Excel (their locale); an
 * empty cell is no pledge (0). Persons are whole: 4,555.5 relocations is refused, never rounded.
 */
export function readGridValue(text: string, locale: string, rule: CellRule = {}): Parsed {
  if (text.trim() === '') return { ok: true, value: 0 };
  const parsed = parseLocaleNumber(text, locale);
  if (!parsed.ok) return parsed;
  const n = parsed.value;
  return outOfBounds(n, locale, { min: 0, ...rule }) ?? parsed;
}

/**
 * A number read but refused by the field's bounds: above `min` (when `positive`) or at least
 * `min`, at most `max`, whole for persons; the bounds in the analyst's number culture.
 */
export function outOfBounds(
  n: number,
  locale: string,
  rule: CellRule & { readonly min: number; readonly positive?: boolean },
): Parsed | undefined {
  const { min, max, positive, whole } = rule;
  const shown = (v: number) => formatNumber(v, locale);
  if (positive && n <= min)
    return refusal({ code: 'checks.field.above', values: { min: shown(min) } });
  if (n < min) return refusal({ code: 'checks.field.atLeast', values: { min: shown(min) } });
  if (max !== undefined && n > max)
    return refusal({ code: 'checks.field.atMost', values: { max: shown(max) } });
  if (whole && !Number.isInteger(n)) {
    const values = { lower: shown(Math.floor(n)), upper: shown(Math.ceil(n)) };
    return refusal({ code: 'checks.field.whole', values });
  }
  return undefined;
}
