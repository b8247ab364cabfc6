/**
 * Building blocks of native formulas with structured references, in the form files store them
 * (`Table[[#This Row],[Column]]` rather than the `[@Column]` Excel shows while typing).
 */

/** Escapes a column name inside brackets: ' [ ] # are prefixed with a single quote. */
export function escapeColumn(column: string): string {
  return column.replace(/['[\]#]/g, (c) => `'${c}`);
}

/** The whole data column: `Pool[Relocations]`. */
export function col(table: string, column: string): string {
  return `${table}[${escapeColumn(column)}]`;
}

/** The column's cell in the current row: `Pool[[#This Row],[Relocations]]`. */
export function here(table: string, column: string): string {
  return `${table}[[#This Row],[${escapeColumn(column)}]]`;
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
