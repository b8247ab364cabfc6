import { makeStyles } from '@fluentui/react-components';

/** At 350 px seven columns do not fit: the grid shows the state, two columns and the outcome. */
export type ColumnSet = 'people' | 'alternatives' | 'offsets' | 'deduction';

/** The two typed columns of each column set, by their headers' keys in the catalogue. */
export const COLUMN_HEADERS = {
  people: ['grid.col.relocations', 'grid.col.financial'],
  alternatives: ['grid.col.alternative', 'grid.col.what'],
  offsets: ['grid.col.offsets', 'grid.col.benefitting'],
  deduction: ['grid.col.deduction', 'grid.col.basis'],
} as const satisfies Readonly<Record<ColumnSet, readonly [string, string]>>;

/**
 * The room of the two typed columns, out of the 54 % the state and the outcome leave (issue 16: no
 * figure cut). Euros take the room persons do not need: at 350 px a cell of euros shows
 * "600,000,000" (the whole of a EUR 600 million pool) in full, one of persons "100,000".
 */
export const useColumnWidths = makeStyles({
  persons: { width: '20%' },
  euros: { width: '34%' },
  eurosBesideText: { width: '31%' },
});

type Widths = ReturnType<typeof useColumnWidths>;

/** The classes of a column set's two typed header cells (equal shares where neither is euros). */
export function typedColumnWidths(
  set: ColumnSet,
  s: Widths,
): readonly [string | undefined, string | undefined] {
  switch (set) {
    case 'people':
      return [s.persons, s.euros];
    case 'alternatives':
      return [s.eurosBesideText, undefined];
    default:
      return [undefined, undefined];
  }
}
