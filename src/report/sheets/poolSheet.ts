import {
  categoriesOf,
  CATEGORY_LABELS,
  describeCategories,
  stateName,
  sum,
  type RoundResult,
  type ScenarioResult,
} from '../../core';
import { FORMAT } from '../format';
import { byCode, here, str } from '../formulas';
import { notesRow } from '../blocks';
import { totalsNotes } from '../words/solidarity';
import { NOT_OBLIGED_TEXT, OBLIGED_TEXT, obligationText } from '../roundWords';
import type { Block, Cell, ColumnSpec, SheetSpec, TableSpec } from '../types';
import { DEDUCTION_BASES, POOL, POOL_TABLE } from './columns';
import { FAIR_SHARE_TABLE, FS } from './fairShareSheet';
import { PARAMETER_NAMES as P } from './parameters';
import { pledgeLookup, PLEDGE } from './pledgesSheet';
import { poolsBlock } from './poolsBlock';
import { numbersLine, sarLine, benefittingLine } from './scenarioLines';

export { DEDUCTION_BASES, POOL, POOL_TABLE } from './columns';

const t = POOL_TABLE;
const h = (column: string) => here(t, column);

/**
 * Art. 60(3), third subparagraph: benefitting states (Art. 58(1) identified under pressure, else
 * Art. 59(4)) and states granted a full deduction (Art. 61, 62) "are not obliged to implement";
 * benefitting is named first.
 */
const obligedFormula =
  `IF(${h(POOL.benefitting)}="Yes",` +
  `IF(ISNUMBER(SEARCH(${str(CATEGORY_LABELS['under-pressure'])},${h(POOL.category)})),` +
  `${str(NOT_OBLIGED_TEXT['benefitting-58-1'])},${str(NOT_OBLIGED_TEXT['benefitting-59-4'])}),` +
  `IF(AND(${h(POOL.deduction)}>=1,${h(POOL.deductionBasis)}<>""),` +
  `"Not obliged: full deduction ("&${h(POOL.deductionBasis)}&", 60(3))",${str(OBLIGED_TEXT)}))`;

/**
 * Each state's fair share (Art. 66) of both numbers, each figure on its own: the indicative
 * contribution on the Commission proposal's numbers (Art. 12(2)), the fair share on the reference
 * numbers (the Council's, Art. 57(1), (3); the proposal's before an act), in whole persons beside the
 * exact figure; deductions (Art. 61, 62); who must implement (Art. 60(3)); the three pools. In a
 * pledging round, benefitting and deductions come from the Pledges table.
 */
export function poolSheet(result: ScenarioResult, round: RoundResult): SheetSpec {
  const pledging = round.pledging;
  const { pool } = result;
  const states = new Map(round.states.map((s) => [s.code, s]));
  const rows = pool.rows.map((r): Cell[] => {
    const s = states.get(r.code)!;
    const benefitting = s.benefitting ? 'Yes' : 'No';
    return [
      r.code,
      stateName(r.code),
      describeCategories(categoriesOf(result.categories, r.code)),
      pledging
        ? {
            formula: `IF(${pledgeLookup(t, PLEDGE.benefitting, '""')}="Yes","Yes","No")`,
            expected: benefitting,
          }
        : benefitting,
      { formula: obligedFormula, expected: obligationText(s.obligation.notObligedBecause) },
      { formula: byCode(t, FAIR_SHARE_TABLE, FS.fairShare), expected: r.fairShare },
      // Art. 12(2), second subparagraph: the reference key applied to the proposal's numbers.
      {
        formula: `${h(POOL.fairShare)}*${P.commissionRelocations}`,
        expected: r.fairShare * result.numbers.commission.relocations,
      },
      {
        formula: `${h(POOL.fairShare)}*${P.commissionFinancial}`,
        expected: r.fairShare * result.numbers.commission.financialEur,
      },
      // Art. 57(3): the mandatory fair share, on the reference number.
      { formula: `${h(POOL.fairShare)}*${P.relocations}`, expected: r.relocations },
      // The Council prints whole persons; the exact share stays in the formulas.
      { formula: `ROUND(${h(POOL.relocations)},0)`, expected: s.share.persons },
      { formula: `${h(POOL.fairShare)}*${P.financial}`, expected: r.financialEur },
      pledging
        ? { formula: pledgeLookup(t, PLEDGE.deduction, '0'), expected: r.deductionShare }
        : r.deductionShare,
      pledging
        ? {
            formula: pledgeLookup(t, PLEDGE.deductionBasis, '""'),
            expected: r.deductionArticle ? `Art. ${r.deductionArticle}` : '',
          }
        : r.deductionArticle
          ? `Art. ${r.deductionArticle}`
          : '',
      // Art. 61, 62: a deduction reduces this state's contribution only; nothing is redistributed.
      {
        formula: `${h(POOL.relocations)}*(1-${h(POOL.deduction)})`,
        expected: r.effectiveRelocations,
      },
      {
        formula: `${h(POOL.financial)}*(1-${h(POOL.deduction)})`,
        expected: r.effectiveFinancialEur,
      },
    ];
  });
  const total = (expected: number) => ({ kind: 'sum' as const, expected });
  const none = { kind: 'none' } as const;
  const onReference = result.numbers.council
    ? 'the Council’s reference number (Art. 57(1), (3))'
    : 'the Commission proposal’s number: no Council act yet (Art. 12(2))';
  const figure = (header: string, format: string, width: number): ColumnSpec => ({
    header,
    role: 'computed',
    width,
    numberFormat: format,
  });
  const table: TableSpec = {
    name: t,
    totalsRow: true,
    columns: [
      { header: POOL.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      { header: POOL.state, role: 'label', width: 14, totals: none },
      { header: POOL.category, role: 'label', width: 30, totals: none },
      {
        header: POOL.benefitting,
        role: pledging ? 'computed' : 'label',
        width: 13,
        totals: none,
        description: result.benefittingStates.isDefault
          ? 'Default: the states identified under migratory pressure (Art. 11), until states declare (Art. 58(1))'
          : 'As declared: Art. 58(1) (identified under pressure) or Art. 59(4) (notified, accepted)',
      },
      {
        header: POOL.obliged,
        role: 'computed',
        width: 30,
        totals: none,
        description: 'Benefitting states and states granted a full deduction are not obliged',
      },
      {
        ...figure(POOL.fairShare, FORMAT.share, 11),
        totals: total(sum(pool.rows.map((r) => r.fairShare))),
      },
      {
        ...figure(POOL.indicativeRelocations, FORMAT.decimal1, 14),
        totals: total(
          result.numbers.commission.relocations * sum(pool.rows.map((r) => r.fairShare)),
        ),
        description: 'Fair share × the Commission proposal’s relocations (Art. 12(2))',
      },
      {
        ...figure(POOL.indicativeFinancial, FORMAT.euro, 16),
        totals: total(
          result.numbers.commission.financialEur * sum(pool.rows.map((r) => r.fairShare)),
        ),
        description: 'Fair share × the Commission proposal’s euros (Art. 12(2))',
      },
      {
        ...figure(POOL.relocations, FORMAT.decimal1, 12),
        totals: total(pool.reference.relocations),
        description: `Fair share × ${onReference}, exact`,
      },
      {
        ...figure(POOL.persons, FORMAT.count, 11),
        totals: total(sum(round.states.map((s) => s.share.persons))),
        description: 'The fair share of relocations in whole persons, as the Council prints it',
      },
      {
        ...figure(POOL.financial, FORMAT.euro, 16),
        totals: total(pool.reference.financialEur),
        description: `Fair share × ${onReference} in euros`,
      },
      {
        header: POOL.deduction,
        role: pledging ? 'computed' : 'input',
        width: 10,
        numberFormat: FORMAT.percent,
        totals: none,
        description: pledging
          ? 'As requested in the Pledges table (Art. 61, 62)'
          : 'Share of the contribution deducted, 0 % to 100 % (Art. 61, 62)',
        ...(pledging ? {} : { validation: { kind: 'decimal' as const, min: 0, max: 1 } }),
      },
      {
        header: POOL.deductionBasis,
        role: pledging ? 'computed' : 'input',
        width: 14,
        totals: none,
        description:
          'Art. 61 (under migratory pressure, not benefitting) or Art. 62 (significant migratory situation)',
        validation: { kind: 'list', values: DEDUCTION_BASES },
      },
      {
        ...figure(POOL.effectiveRelocations, FORMAT.decimal1, 12),
        totals: total(pool.effective.relocations),
      },
      {
        ...figure(POOL.effectiveFinancial, FORMAT.euro, 16),
        totals: total(pool.effective.financialEur),
      },
    ],
    rows,
  };

  const blocks: Block[] = [
    {
      kind: 'title',
      text: 'Annual Solidarity Pool: fair shares, who must implement, the three pools',
    },
    { kind: 'text', text: numbersLine(result.numbers) },
    { kind: 'text', tone: 'note', text: `${benefittingLine(result)} ${sarLine(result.sar)}` },
    notesRow(totalsNotes(result.totals)),
    { kind: 'table', table },
    poolsBlock('PoolSummary', round, { beside: true }),
  ];
  return {
    name: 'Pool',
    freezeRows: 5,
    charts: [
      {
        title: 'Fair share of the reference number: relocations (Art. 57(3))',
        type: 'bar',
        table: t,
        categoryColumn: POOL.state,
        valueColumns: [POOL.relocations, POOL.effectiveRelocations],
      },
    ],
    blocks,
  };
}
