import type { Comparison, ScenarioSummary } from '../compare';
import { FORMAT } from '../format';
import { col } from '../formulas';
import type { Cell, TableSpec } from '../types';
import { COMPARE_B_TABLE, excelRound, headerNames } from './compareMeasures';
import { PARAMETER_NAMES } from './parameters';
import { POOL, POOL_TABLE } from './poolSheet';

export const COMPARE_SCENARIOS_TABLE = 'CompareScenarios';

/** The scenarios table's first and last headers; the middle two are the scenarios' names. */
export const COMPARE_SCENARIOS = {
  item: 'Item',
  change: 'Change from A to B',
} as const;

/**
 * Each scenario's name, data, findings and totals, below the Compare table: what A and B are. Its
 * figures are whole (persons, euros), and the change is B − A between them as shown.
 */
export function scenariosTable(comparison: Comparison, bSource: string): TableSpec {
  const t = COMPARE_SCENARIOS_TABLE;
  const { a, b } = comparison;
  const names = headerNames(comparison);
  const text = (item: string, pick: (s: ScenarioSummary) => string): Cell[] => [
    item,
    pick(a),
    pick(b),
    '',
  ];
  /** A figure of each scenario, by a formula over its tables, and the change from A to B. */
  const number = (
    item: string,
    aCell: string,
    bCell: string,
    pick: (s: ScenarioSummary) => number,
  ): Cell[] => [
    item,
    { formula: aCell, expected: pick(a) },
    { formula: bCell, expected: pick(b) },
    {
      // A summary range, not a table: the change repeats both figures' formulas (no [#This Row]).
      formula: `ROUND(${bCell},0)-ROUND(${aCell},0)`,
      expected: excelRound(pick(b), 0) - excelRound(pick(a), 0),
    },
  ];
  const bSum = (column: string) => `SUM(${col(bSource, column)})`;
  const aSum = (column: string) => `SUM(${col(POOL_TABLE, column)})`;
  const rows: Cell[][] = [
    text('Scenario', (s) => s.name),
    text('What it is', (s) => s.description),
    text('Data vintage', (s) => `${s.dataLabel} (${s.dataId})`),
    text('Population', (s) => s.population),
    text('GDP', (s) => s.gdp),
    text('Commission findings (Art. 11)', (s) => s.categoriesSource),
    text('Under migratory pressure', (s) => s.underPressure.join(', ') || 'none'),
    text('Differs from the Commission’s inputs', (s) => s.caveats.join(' ') || 'nothing known'),
    number(
      'Participating states',
      `ROWS(${col(POOL_TABLE, POOL.code)})`,
      `ROWS(${col(bSource, POOL.code)})`,
      (s) => s.participants,
    ),
    number(
      'Relocation total (Art. 12(2), 57(1))',
      PARAMETER_NAMES.relocations,
      bSum(POOL.relocations),
      (s) => s.totals.relocations,
    ),
    number(
      'Financial total (EUR)',
      PARAMETER_NAMES.financial,
      bSum(POOL.financial),
      (s) => s.totals.financialEur,
    ),
    number(
      'Effective relocations (after deductions)',
      aSum(POOL.effectiveRelocations),
      bSum(POOL.effectiveRelocations),
      (s) => s.effective.relocations,
    ),
    number(
      'Effective financial contributions (EUR)',
      aSum(POOL.effectiveFinancial),
      bSum(POOL.effectiveFinancial),
      (s) => s.effective.financialEur,
    ),
  ];
  const numberRows = rows.map((r) => (typeof r[1] === 'string' ? undefined : FORMAT.count));
  return {
    name: t,
    totalsRow: false,
    columns: [
      { header: COMPARE_SCENARIOS.item, role: 'label', width: 30, wrap: true },
      {
        header: names.a,
        role: 'computed',
        description: `Scenario A: its figures are this workbook’s parameters and sums over the ${POOL_TABLE} table`,
        // Sums over the Pool table: a one-delegation copy keeps them as values.
        scope: 'pool',
        width: 48,
        wrap: true,
        rowFormats: numberRows,
      },
      {
        header: names.b,
        role: 'computed',
        description:
          bSource === COMPARE_B_TABLE
            ? `Scenario B: its figures are sums over the ${bSource} table, values computed by this tool from ${b.dataLabel}`
            : `Scenario B: its figures are sums over the ${bSource} table`,
        scope: 'pool',
        width: 48,
        wrap: true,
        rowFormats: numberRows,
      },
      {
        header: COMPARE_SCENARIOS.change,
        role: 'computed',
        description: 'B − A between the figures as shown (whole persons and euros)',
        // B − A repeats both figures' formulas: sums over the pool, kept as values in one state's copy.
        scope: 'pool',
        width: 16,
        rowFormats: numberRows.map((f) => f && FORMAT.signedCount),
      },
    ],
    rows,
  };
}
