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
 * A summary block: a header row and rows that each hold their own figure (the three pools, the
 * pool against Art. 63). No totals row; `beside` or `below` the table before it.
 */
export function summaryBlock(
  table: Omit<TableSpec, 'totalsRow'>,
  options: { readonly beside?: boolean; readonly below?: boolean } = {},
): Extract<Block, { kind: 'table' }> {
  return {
    kind: 'table',
    table: { ...table, totalsRow: false },
    ...(options.beside ? { beside: true } : {}),
    ...(options.below ? { below: true } : {}),
  };
}
