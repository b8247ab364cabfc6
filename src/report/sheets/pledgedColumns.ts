import { stateName, sum, type AdHocRound, type PoolMeasures, type RoundResult } from '../../core';
import { FORMAT } from '../format';
import { here, str } from '../formulas';
import type { Block, Cell, ColumnSpec, TableSpec, TotalsCell } from '../types';
import { AD_HOC_TABLE, PLEDGED } from './columns';
import { PARAMETER_NAMES as P } from './parameters';
import { pledgeLookup, PLEDGE, REQUESTED } from './pledgesSheet';

/**
 * What a state pledged, looked up from the Pledges table by the Code of `table`'s row, in each type
 * (Art. 56(2)): relocations, offsets, financial contributions with alternative measures not
 * requested converted (Art. 57(4), recital 19), alternative measures at the value set jointly (Art.
 * 65(1)) where there is one, else at the value indicated (Art. 57(4)).
 */
export function pledgedFormulas(table: string) {
  const indicated = pledgeLookup(table, PLEDGE.alternative, '0');
  const notRequested = `${pledgeLookup(table, PLEDGE.alternativeRequested, '""')}=${str(REQUESTED.no)}`;
  return {
    relocations: pledgeLookup(table, PLEDGE.relocations, '0'),
    offsets: pledgeLookup(table, PLEDGE.offsets, '0'),
    financialEur: `${pledgeLookup(table, PLEDGE.financial, '0')}+IF(${notRequested},${indicated},0)`,
    alternativeEur: `IF(${notRequested},0,${pledgeLookup(table, PLEDGE.alternativeJoint, indicated)})`,
  };
}

/** The pledged cells of a state's row, with its total value (Art. 56(2): of equal value). */
export function pledgedCells(table: string, s: Pick<AdHocRound, 'pledge' | 'pledged'>): Cell[] {
  const h = (column: string) => here(table, column);
  const f = pledgedFormulas(table);
  return [
    { formula: f.relocations, expected: s.pledge.relocations },
    { formula: f.offsets, expected: s.pledge.offsets },
    { formula: f.financialEur, expected: s.pledged.financialEur },
    { formula: f.alternativeEur, expected: s.pledged.alternativeEur },
    // Art. 56(2): all types of solidarity have equal value; people at EUR per relocation.
    {
      formula: `(${h(PLEDGED.relocations)}+${h(PLEDGED.offsets)})*${P.eurPerRelocation}+${h(PLEDGED.financial)}+${h(PLEDGED.alternative)}`,
      expected: s.pledged.valueEur,
    },
  ];
}

/** The pledged columns, with their totals (`total` picks one measure of the pledged pool). */
export function pledgedColumns(
  total: (pick: (m: PoolMeasures) => number) => TotalsCell,
): ColumnSpec[] {
  const column = (
    header: string,
    format: string,
    width: number,
    pick: (m: PoolMeasures) => number,
    description: string,
  ): ColumnSpec => ({
    header,
    role: 'computed',
    width,
    numberFormat: format,
    totals: total(pick),
    description,
  });
  return [
    column(
      PLEDGED.relocations,
      FORMAT.count,
      12,
      (m) => m.relocations,
      'Relocations pledged (Art. 56(2)(a))',
    ),
    column(
      PLEDGED.offsets,
      FORMAT.count,
      13,
      (m) => m.offsets,
      'Responsibility offsets pledged (Art. 63)',
    ),
    column(
      PLEDGED.financial,
      FORMAT.euro,
      16,
      (m) => m.financialEur,
      'Financial contributions, with alternative measures not requested converted (Art. 57(4))',
    ),
    column(
      PLEDGED.alternative,
      FORMAT.euro,
      16,
      (m) => m.alternativeEur,
      'At the value set jointly (Art. 65(1)), else the value indicated (Art. 57(4)); blank if not requested',
    ),
    column(
      PLEDGED.value,
      FORMAT.euro,
      16,
      (m) => m.valueEur,
      '(Relocations + offsets) × EUR per relocation + financial + alternative measures (Art. 56(2))',
    ),
  ];
}

/** The ad hoc contributors' pledges (Art. 13(1), 14(3)), when there are any: never in the key. */
export function adHocBlocks(round: RoundResult): Block[] {
  if (round.adHoc.length === 0) return [];
  const table: TableSpec = {
    name: AD_HOC_TABLE,
    totalsRow: true,
    columns: [
      { header: 'Code', role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      { header: 'State', role: 'label', width: 14, totals: { kind: 'none' } },
      ...pledgedColumns((pick) => ({
        kind: 'sum',
        expected: sum(round.adHoc.map((a) => pick(a.pledged))),
      })),
    ],
    rows: round.adHoc.map((a) => [a.code, stateName(a.code), ...pledgedCells(AD_HOC_TABLE, a)]),
  };
  return [
    { kind: 'blank' },
    {
      kind: 'heading',
      text: 'Ad hoc contributors (Art. 13(1), 14(3)): in the pledged pool and the pool to be implemented, never in the reference key',
    },
    { kind: 'table', table },
  ];
}
