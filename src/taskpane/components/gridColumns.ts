import { makeStyles } from '@fluentui/react-components';
import type { CellRule } from '../gridPaste';
import type { PledgeAmountField } from '../state';

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
 * The room of the two typed columns, out of the 52 % the state and the outcome leave (issue 16: no
 * figure cut). Euros take the room persons do not need: at 350 px a cell of euros shows
 * "600,000,000" (the whole of a EUR 600 million pool) in full, one of persons "100,000".
 */
const useWidths = makeStyles({
  persons: { width: '21%' },
  euros: { width: '31%' },
});

/** Which width each column set's two typed columns take (none given: they share what is left). */
const TYPED_WIDTHS: Readonly<
  Record<ColumnSet, readonly [('persons' | 'euros')?, ('persons' | 'euros')?]>
> = {
  people: ['persons', 'euros'],
  alternatives: ['euros'],
  offsets: [],
  deduction: [],
};

/** The classes of a column set's two typed header cells. */
export function useTypedColumnWidths(set: ColumnSet): readonly [string?, string?] {
  const s = useWidths();
  const [first, second] = TYPED_WIDTHS[set];
  return [first && s[first], second && s[second]];
}

/** The cells a pasted block fills, column by column, for each column set. */
export const PASTE_TARGETS: Readonly<
  Record<
    ColumnSet,
    readonly ({ field: PledgeAmountField | 'deduction'; rule: CellRule } | undefined)[]
  >
> = {
  people: [
    { field: 'relocations', rule: { whole: true } },
    { field: 'financialEur', rule: {} },
  ],
  alternatives: [{ field: 'alternativeEur', rule: {} }],
  offsets: [{ field: 'offsets', rule: { whole: true } }],
  deduction: [{ field: 'deduction', rule: { max: 100 } }],
};

/** The column sets, in the order offered; their names are the catalogue's (grid.set.*). */
export const COLUMN_SETS: readonly ColumnSet[] = ['people', 'alternatives', 'offsets', 'deduction'];
