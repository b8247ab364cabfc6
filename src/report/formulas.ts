/**
 * Building blocks of native formulas with structured references, in the form files store them
 * (`Table[[#This Row],[Column]]` rather than the `[@Column]` Excel shows while typing).
 *
 * One rule for both writers (the add-in through Office.js and the command line through ExcelJS): a
 * column name holding any of Excel's special characters is enclosed in its own brackets
 * (`Balance[[Mandatory offsets (Art. 63(3))]]`), and `[`, `]`, `#`, `'` inside a name are escaped
 * with `'`. Support article "Using structured references with Excel tables" (syntax rules:
 * "use brackets around column headers with special characters", "use the escape character for
 * some special characters in column headers"); MS-OE376 §3.2.3.1.1 for the file grammar, which
 * accepts the double-bracket form too.
 */

/**
 * The characters that make Excel require a column name in its own brackets: tab, line feed,
 * carriage return, comma, colon, period, brackets, pound sign, single and double quotation marks,
 * braces, dollar sign, caret, ampersand, asterisk, plus, equal, minus, greater and less than signs,
 * division sign (the support article's list, in its order).
 */
export const SPECIAL_IN_COLUMN_NAME = /[\t\n\r,:.[\]#'"{}$^&*+=\-></]/;

/** Escapes a column name inside brackets: ' [ ] # are prefixed with a single quote. */
export function escapeColumn(column: string): string {
  return column.replace(/['[\]#]/g, (c) => `'${c}`);
}

/** The bracketed column item: `[Relocations]`, `[Mandatory offsets (Art. 63(3))]` escaped. */
export function columnItem(column: string): string {
  return `[${escapeColumn(column)}]`;
}

/**
 * The whole data column: `Pool[Relocations]`, or `Balance[[Mandatory offsets (Art. 63(3))]]` when
 * the name holds a special character.
 */
export function col(table: string, column: string): string {
  const item = columnItem(column);
  return SPECIAL_IN_COLUMN_NAME.test(column) ? `${table}[${item}]` : `${table}${item}`;
}

/** The column's cell in the current row: `Pool[[#This Row],[Relocations]]`. */
export function here(table: string, column: string): string {
  return `${table}[[#This Row],${columnItem(column)}]`;
}

/** A text constant in a formula. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The value of one key in a two-column lookup, or #N/A when the key is missing or given twice, so
 * a deleted or duplicated data row shows rather than silently counting as zero.
 */
export function lookupOne(
  valueColumn: string,
  criteria: readonly (readonly [range: string, criterion: string])[],
): string {
  const pairs = criteria.map(([range, c]) => `${range},${c}`).join(',');
  return `IF(COUNTIFS(${pairs})=1,SUMIFS(${valueColumn},${pairs}),NA())`;
}

/**
 * `column` of `table`, on the row whose `keyColumn` equals this row's Code:
 * `INDEX(FairShare[Fair share],MATCH(Pool[[#This Row],[Code]],FairShare[Code],0))`. #N/A if absent.
 */
export function byCode(
  hereTable: string,
  table: string,
  column: string,
  keyColumn = 'Code',
): string {
  return `INDEX(${col(table, column)},MATCH(${here(hereTable, 'Code')},${col(table, keyColumn)},0))`;
}
