import type { Block } from './types';

/**
 * Remarks as one warning row, or a blank row when there are none: a sheet's layout stays the same
 * whatever the remarks, so that regenerating never moves a table's header row.
 */
export function notesRow(notes: readonly string[]): Block {
  return notes.length === 0
    ? { kind: 'blank' }
    : { kind: 'text', tone: 'warning', text: notes.join(' ') };
}
