/** What the implementation tables share: whole-column sums by key and the columns every table has. */
import { sum } from '../../core';
import { FORMAT } from '../format';
import { col, here, str } from '../formulas';
import type { ColumnSpec } from '../types';
import { IMPL, REC } from './implementationWords';

/** A whole column, by the one structured-reference rule (`col`: `Table[[Column]]` where needed). */
export const whole = col;

/** `column` of `table` on the row whose `key` equals this row's `hereKey`; 0 where there is none. */
export const sumWhere = (
  table: string,
  column: string,
  criteria: readonly (readonly [key: string, criterion: string])[],
): string =>
  `SUMIFS(${whole(table, column)},${criteria.map(([k, c]) => `${whole(table, k)},${c}`).join(',')})`;

export const C = IMPL.contributing;
export const B = IMPL.benefitting;
export const D = IMPL.distribution;
export const R = IMPL.records;

export const count = { role: 'computed' as const, width: 12, numberFormat: FORMAT.count };
export const money = { role: 'computed' as const, width: 15, numberFormat: FORMAT.euro };
export const share = { role: 'computed' as const, width: 11, numberFormat: FORMAT.percent1 };
export const sumOf = (values: readonly number[]) => ({
  kind: 'sum' as const,
  expected: sum(values),
});
export const none = { kind: 'none' as const };
export const codeColumns: ColumnSpec[] = [
  { header: 'Code', role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
  { header: 'State', role: 'label', width: 14, totals: none },
];

/** Records of this row's state (as `side`) and of `type`, summed in `column`. */
export function implemented(
  table: string,
  side: string,
  type: string,
  column: string = type === 'relocation' || type === 'offset' ? REC.persons : REC.eur,
): string {
  return sumWhere(R, column, [
    [side, here(table, 'Code')],
    [REC.type, str(type)],
  ]);
}
