import type { PoolMeasures, RoundResult } from '../../core';
import { summaryBlock } from '../blocks';
import { FORMAT } from '../format';
import { col, str } from '../formulas';
import { OBLIGED_TEXT } from '../roundWords';
import type { Block, Cell, FormulaCell } from '../types';
import { AD_HOC_TABLE, BAL, BALANCE_TABLE, PLEDGED, POOL, POOL_TABLE } from './columns';

const MEASURES = ['relocations', 'offsets', 'financialEur', 'alternativeEur', 'valueEur'] as const;
type Measure = (typeof MEASURES)[number];

const PLEDGED_COLUMN: Readonly<Record<Measure, string>> = {
  relocations: PLEDGED.relocations,
  offsets: PLEDGED.offsets,
  financialEur: PLEDGED.financial,
  alternativeEur: PLEDGED.alternative,
  valueEur: PLEDGED.value,
};

/** Sums of the pledged columns: the states' (Balance) and the ad hoc contributors' (Art. 13(1)). */
function pledgedSum(measure: Measure, adHoc: boolean, weighted: boolean): string {
  const column = PLEDGED_COLUMN[measure];
  const states = weighted
    ? `SUMPRODUCT(${col(BALANCE_TABLE, column)},${col(BALANCE_TABLE, BAL.implementShare)})`
    : `SUM(${col(BALANCE_TABLE, column)})`;
  return adHoc ? `${states}+SUM(${col(AD_HOC_TABLE, column)})` : states;
}

/** Before any pledge: the obliged states' fair shares after deduction (the pool to be implemented). */
function obligedSum(column: string): string {
  return `SUMIFS(${col(POOL_TABLE, column)},${col(POOL_TABLE, POOL.obliged)},${str(OBLIGED_TEXT)})`;
}

function referenceFormula(m: Measure): string | number {
  if (m === 'relocations') return `SUM(${col(POOL_TABLE, POOL.relocations)})`;
  if (m === 'financialEur' || m === 'valueEur') return `SUM(${col(POOL_TABLE, POOL.financial)})`;
  return 0;
}

function toImplementBeforePledges(m: Measure): string | number {
  if (m === 'relocations') return obligedSum(POOL.effectiveRelocations);
  if (m === 'financialEur' || m === 'valueEur') return obligedSum(POOL.effectiveFinancial);
  return 0;
}

const cell = (formula: string | number, expected: number): Cell =>
  typeof formula === 'number' ? formula : ({ formula, expected } satisfies FormulaCell);

/**
 * The three pools, each in relocations, offsets, euros, alternative measures and total value
 * (Art. 56(2)): the reference pool (the fair shares of the reference numbers, Art. 57(1), (3): in
 * relocations or euros, so its value is the euros), the pledged pool (the round's pledges, the ad
 * hoc contributors' included, Art. 13(1)) and the pool to be implemented (net of deductions,
 * without the states not obliged, Art. 60(3), 61, 62). A summary block: each row its own formulas.
 */
export function poolsBlock(
  name: string,
  round: RoundResult,
  options: { readonly beside?: boolean; readonly below?: boolean } = {},
): Extract<Block, { kind: 'table' }> {
  const adHoc = round.adHoc.length > 0;
  const row = (
    label: string,
    pool: PoolMeasures,
    formula: (m: Measure) => string | number,
  ): Cell[] => [label, ...MEASURES.map((m) => cell(formula(m), pool[m]))];
  const { reference, pledged, toImplement } = round.pools;
  const rows: Cell[][] = [
    row('Reference pool (fair shares, Art. 57(1), (3))', reference, referenceFormula),
    round.pledging
      ? row('Pledged pool (Art. 57(1), 13(1))', pledged, (m) => pledgedSum(m, adHoc, false))
      : row('Pledged pool: no pledges yet', pledged, () => 0),
    round.pledging
      ? row('Pool to be implemented (Art. 60(3), 61, 62)', toImplement, (m) =>
          pledgedSum(m, adHoc, true),
        )
      : row(
          'Pool to be implemented: the obliged states’ fair shares (Art. 60(3))',
          toImplement,
          toImplementBeforePledges,
        ),
  ];
  const figure = (header: string, format: string) => ({
    header,
    role: 'computed' as const,
    width: 15,
    numberFormat: format,
    scope: 'pool' as const,
  });
  return summaryBlock(
    {
      name,
      columns: [
        { header: 'The three pools', role: 'label', width: 44 },
        figure('Relocations', FORMAT.count),
        figure('Responsibility offsets', FORMAT.count),
        figure('Financial (EUR)', FORMAT.euro),
        figure('Alternative measures (EUR)', FORMAT.euro),
        figure('Total value (EUR)', FORMAT.euro),
      ],
      rows,
    },
    options,
  );
}
