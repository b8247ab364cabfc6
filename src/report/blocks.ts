import type { Block, TableSpec } from './types';

/**
 * Remarks as one warning row, or a blank row when there are none: a sheet's layout stays the same
 * whatever the remarks, so that regenerating never moves a table's header row.
 */
export function notesRow(notes: readonly string[]): Block {
  return notes.length === 0
    ? { kind: 'blank' }
    : { kind: 'text', tone: 'warning', text: notes.join(' ') };
}

/**
 * A summary block: a header row and rows that each hold their own figure (the pool against
 * Art. 63, the parameters, the scenarios compared), laid out like a table and written as a plain
 * range, so that Excel's calculated-column autofill cannot copy one row's formula over the others
 * (see `TableSpec.form`). Its name is kept for defined names (`resolveName`) and for the record of
 * what the tool wrote, never as an Excel table: no formula may name it, and a formula of one of its
 * rows refers to other tables or to defined names, never to `[#This Row]`. No totals row.
 */
export function summaryBlock(
  table: Omit<TableSpec, 'form' | 'totalsRow'>,
  options: { readonly beside?: boolean; readonly below?: boolean } = {},
): Extract<Block, { kind: 'table' }> {
  return {
    kind: 'table',
    table: { ...table, totalsRow: false, form: 'range' },
    ...(options.beside ? { beside: true } : {}),
    ...(options.below ? { below: true } : {}),
  };
}
