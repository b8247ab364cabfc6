import { categoriesOf, describeCategories, stateName, sum, type ScenarioResult } from '../../core';
import { FORMAT } from '../format';
import { byCode, col, here } from '../formulas';
import { notesRow, summaryBlock } from '../blocks';
import { totalsNotes } from '../words/solidarity';
import type { SheetSpec, TableSpec } from '../types';
import { FAIR_SHARE_TABLE, FS } from './fairShareSheet';
import { PARAMETER_NAMES } from './parameters';
import { PLEDGE, PLEDGES_TABLE } from './pledgesSheet';

export const POOL_TABLE = 'Pool';
export const POOL = {
  code: 'Code',
  state: 'State',
  category: 'Commission finding (Art. 11)',
  fairShare: 'Fair share',
  relocations: 'Relocations',
  financial: 'Financial contribution (EUR)',
  deduction: 'Deduction',
  deductionBasis: 'Deduction basis',
  effectiveRelocations: 'Effective relocations',
  effectiveFinancial: 'Effective financial (EUR)',
} as const;

export const DEDUCTION_BASES = ['Art. 61', 'Art. 62'] as const;

/** This row's state's entry in the Pledges table; `empty` where the cell is blank. */
function lookupPledge(table: string, column: string, empty: string): string {
  const value = byCode(table, PLEDGES_TABLE, column);
  return `IF(${value}="",${empty},${value})`;
}

/**
 * Indicative contributions (Art. 12(2)) and deductions (Art. 61, 62), with the effective pool. In a
 * pledging round the deductions are those requested in the Pledges table, looked up from it.
 */
export function poolSheet(result: ScenarioResult, pledging = false): SheetSpec {
  const t = POOL_TABLE;
  const { pool, totals } = result;
  const rows = pool.rows.map((r) => [
    r.code,
    stateName(r.code),
    describeCategories(categoriesOf(result.categories, r.code)),
    {
      formula: byCode(t, FAIR_SHARE_TABLE, FS.fairShare),
      expected: r.fairShare,
    },
    // Art. 12(2): the fair share of each Union-wide total.
    {
      formula: `${here(t, POOL.fairShare)}*${PARAMETER_NAMES.relocations}`,
      expected: r.relocations,
    },
    {
      formula: `${here(t, POOL.fairShare)}*${PARAMETER_NAMES.financial}`,
      expected: r.financialEur,
    },
    pledging
      ? { formula: lookupPledge(t, PLEDGE.deduction, '0'), expected: r.deductionShare }
      : r.deductionShare,
    pledging
      ? {
          formula: lookupPledge(t, PLEDGE.deductionBasis, '""'),
          expected: r.deductionArticle ? `Art. ${r.deductionArticle}` : '',
        }
      : r.deductionArticle
        ? `Art. ${r.deductionArticle}`
        : '',
    // Art. 61, 62: a deduction reduces this state's contribution only.
    {
      formula: `${here(t, POOL.relocations)}*(1-${here(t, POOL.deduction)})`,
      expected: r.effectiveRelocations,
    },
    {
      formula: `${here(t, POOL.financial)}*(1-${here(t, POOL.deduction)})`,
      expected: r.effectiveFinancialEur,
    },
  ]);
  const table: TableSpec = {
    name: t,
    totalsRow: true,
    columns: [
      { header: POOL.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      { header: POOL.state, role: 'label', width: 14, totals: { kind: 'none' } },
      { header: POOL.category, role: 'label', width: 30, totals: { kind: 'none' } },
      {
        header: POOL.fairShare,
        role: 'computed',
        width: 11,
        numberFormat: FORMAT.share,
        totals: { kind: 'sum', expected: sum(pool.rows.map((r) => r.fairShare)) },
      },
      {
        header: POOL.relocations,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.count,
        totals: { kind: 'sum', expected: pool.reference.relocations },
        description: 'Fair share × the relocation total (Art. 12(2))',
      },
      {
        header: POOL.financial,
        role: 'computed',
        width: 18,
        numberFormat: FORMAT.euro,
        totals: { kind: 'sum', expected: pool.reference.financialEur },
        description: 'Fair share × the financial total (Art. 12(2))',
      },
      {
        header: POOL.deduction,
        role: pledging ? 'computed' : 'input',
        width: 10,
        numberFormat: FORMAT.percent,
        totals: { kind: 'none' },
        description: pledging
          ? 'As requested in the Pledges table (Art. 61, 62)'
          : 'Share of the contribution deducted, 0 % to 100 % (Art. 61, 62)',
        ...(pledging ? {} : { validation: { kind: 'decimal' as const, min: 0, max: 1 } }),
      },
      {
        header: POOL.deductionBasis,
        role: pledging ? 'computed' : 'input',
        width: 14,
        totals: { kind: 'none' },
        description:
          'Art. 61 (under migratory pressure) or Art. 62 (significant migratory situation)',
        validation: { kind: 'list', values: DEDUCTION_BASES },
      },
      {
        header: POOL.effectiveRelocations,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.count,
        totals: { kind: 'sum', expected: pool.effective.relocations },
      },
      {
        header: POOL.effectiveFinancial,
        role: 'computed',
        width: 18,
        numberFormat: FORMAT.euro,
        totals: { kind: 'sum', expected: pool.effective.financialEur },
      },
    ],
    rows,
  };

  const s = 'PoolSummary';
  const summaryCols = {
    label: 'Pool',
    relocations: 'Relocations',
    financial: 'Financial contributions (EUR)',
  };
  const summary = summaryBlock(
    {
      name: s,
      columns: [
        { header: summaryCols.label, role: 'label', width: 44 },
        {
          header: summaryCols.relocations,
          role: 'computed',
          width: 14,
          numberFormat: FORMAT.count,
          scope: 'pool',
        },
        {
          header: summaryCols.financial,
          role: 'computed',
          width: 18,
          numberFormat: FORMAT.euro,
          scope: 'pool',
        },
      ],
      rows: [
        [
          'Reference pool (indicative contributions)',
          { formula: `SUM(${col(t, POOL.relocations)})`, expected: pool.reference.relocations },
          { formula: `SUM(${col(t, POOL.financial)})`, expected: pool.reference.financialEur },
        ],
        [
          'Deducted (Art. 61, 62), not redistributed',
          {
            formula: `SUM(${col(t, POOL.relocations)})-SUM(${col(t, POOL.effectiveRelocations)})`,
            expected: pool.reference.relocations - pool.effective.relocations,
          },
          {
            formula: `SUM(${col(t, POOL.financial)})-SUM(${col(t, POOL.effectiveFinancial)})`,
            expected: pool.reference.financialEur - pool.effective.financialEur,
          },
        ],
        [
          'Effective pool (after deductions)',
          {
            formula: `SUM(${col(t, POOL.effectiveRelocations)})`,
            expected: pool.effective.relocations,
          },
          {
            formula: `SUM(${col(t, POOL.effectiveFinancial)})`,
            expected: pool.effective.financialEur,
          },
        ],
      ],
    },
    { beside: true },
  );

  const euro = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
  return {
    name: 'Pool',
    freezeRows: 5,
    charts: [
      {
        title: 'Indicative contributions: relocations (Art. 12(2))',
        type: 'bar',
        table: t,
        categoryColumn: POOL.state,
        valueColumns: [POOL.relocations, POOL.effectiveRelocations],
      },
    ],
    blocks: [
      { kind: 'title', text: 'Annual Solidarity Pool: indicative contributions (Art. 12(2))' },
      {
        kind: 'text',
        text:
          `Totals: ${euro(totals.relocations)} relocations and EUR ${euro(totals.financialEur)}, one ` +
          `relocation valued at EUR ${euro(totals.eurPerRelocation)} (parameters on the Methodology sheet). ` +
          'A deduction (Art. 61, 62) reduces only that state’s contribution: nothing is redistributed, so ' +
          'the effective pool is smaller than the reference pool.',
      },
      notesRow(totalsNotes(totals)),
      { kind: 'blank' },
      { kind: 'table', table },
      summary,
    ],
  };
}
