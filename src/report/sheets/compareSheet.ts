import type { Comparison, ComparedFigures, ScenarioSummary } from '../compare';
import { summaryBlock } from '../blocks';
import { FORMAT } from '../format';
import { byCode, col, here } from '../formulas';
import type { Block, Cell, ColumnSpec, SheetSpec, TableSpec } from '../types';
import { PARAMETER_NAMES } from './parameters';
import { POOL, POOL_TABLE } from './poolSheet';

export const COMPARE_TABLE = 'Compare';
export const COMPARE_B_TABLE = 'CompareB';
export const COMPARE_SCENARIOS_TABLE = 'CompareScenarios';

/** How a change A − B shows: a count or euros as they are, a fair share (a fraction) in points. */
const IN_UNITS = { scale: 1, format: FORMAT.signedCount, note: '' } as const;
const IN_POINTS = {
  scale: 100,
  format: FORMAT.signedPoints,
  note: ', in percentage points',
} as const;

/** The measures compared, each a column of the Pool table (A) and of scenario B's table. */
const MEASURES = [
  {
    key: 'fairShare',
    pool: POOL.fairShare,
    label: 'Fair share',
    format: FORMAT.share,
    change: IN_POINTS,
    changeHeader: 'Fair share change (points)',
  },
  {
    key: 'relocations',
    pool: POOL.relocations,
    label: 'Relocations',
    format: FORMAT.count,
    change: IN_UNITS,
  },
  {
    key: 'financialEur',
    pool: POOL.financial,
    label: 'Financial',
    unit: ' (EUR)',
    format: FORMAT.euro,
    change: IN_UNITS,
  },
  {
    key: 'effectiveRelocations',
    pool: POOL.effectiveRelocations,
    label: 'Effective relocations',
    format: FORMAT.count,
    change: IN_UNITS,
  },
  {
    key: 'effectiveFinancialEur',
    pool: POOL.effectiveFinancial,
    label: 'Effective financial',
    unit: ' (EUR)',
    format: FORMAT.euro,
    change: IN_UNITS,
  },
] as const satisfies readonly {
  key: keyof ComparedFigures;
  pool: string;
  label: string;
  unit?: string;
  format: string;
  change: typeof IN_UNITS | typeof IN_POINTS;
  changeHeader?: string;
}[];

type Measure = (typeof MEASURES)[number];

const unitOf = (m: Measure): string => ('unit' in m ? m.unit : '');

/** Column headers of the Compare table (unique in the table, as Excel requires). */
export const COMPARE = {
  code: 'Code',
  state: 'State',
  a: (m: Measure) => `${m.label} A${unitOf(m)}`,
  b: (m: Measure) => `${m.label} B${unitOf(m)}`,
  change: (m: Measure) => ('changeHeader' in m ? m.changeHeader : `${m.label} change${unitOf(m)}`),
} as const;

export const COMPARE_SCENARIOS = {
  item: 'Item',
  a: 'Scenario A',
  b: 'Scenario B',
  change: 'Change (A - B)',
} as const;

/** Where scenario B's per-state figures are: its own Pool table in the workbook, or values here. */
export interface CompareSheetOptions {
  /**
   * The name of scenario B's Pool table when B's report is in the same workbook (e.g. `Pool_2`):
   * B's figures are then formulas over it. Without it, B's figures are values on this sheet.
   */
  readonly bPoolTable?: string;
}

/**
 * Scenario B's figures as values, naming where they come from: B's tables are not in the workbook.
 * Column notes name the scenario as A or B, not by its name: an analyst's name may be long, and a
 * note holds 255 characters; the title and the scenarios table give the names.
 */
function bTable(comparison: Comparison): TableSpec {
  const b = comparison.b;
  const from = `Scenario B, computed by this tool from ${b.dataLabel}: a value`;
  return {
    name: COMPARE_B_TABLE,
    totalsRow: true,
    columns: [
      { header: POOL.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      ...MEASURES.map((m): ColumnSpec => ({
        header: m.pool,
        role: 'data',
        width: 13,
        numberFormat: m.format,
        totals: { kind: 'sum', expected: comparison.totals.b[m.key] },
        description: from,
      })),
    ],
    rows: comparison.rows.flatMap((r) =>
      r.b ? [[r.code, ...MEASURES.map((m) => (r.b as ComparedFigures)[m.key])]] : [],
    ),
  };
}

function compareTable(comparison: Comparison, bSource: string): TableSpec {
  const t = COMPARE_TABLE;
  const rows = comparison.rows.map((r): Cell[] => [
    r.code,
    r.name,
    ...MEASURES.flatMap((m): Cell[] => {
      const a: Cell = r.a ? { formula: byCode(t, POOL_TABLE, m.pool), expected: r.a[m.key] } : '';
      const b: Cell = r.b ? { formula: byCode(t, bSource, m.pool), expected: r.b[m.key] } : '';
      const diff = `${here(t, COMPARE.a(m))}-${here(t, COMPARE.b(m))}`;
      const { scale } = m.change;
      const change: Cell = r.change
        ? {
            formula: scale === 1 ? diff : `(${diff})*${scale}`,
            expected: r.change[m.key] * scale,
          }
        : '';
      return [a, b, change];
    }),
  ]);
  const { totals } = comparison;
  const columns: ColumnSpec[] = [
    { header: COMPARE.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
    { header: COMPARE.state, role: 'label', width: 14, totals: { kind: 'none' } },
    ...MEASURES.flatMap((m): ColumnSpec[] => [
      {
        header: COMPARE.a(m),
        role: 'computed',
        width: 12,
        numberFormat: m.format,
        totals: { kind: 'sum', expected: totals.a[m.key] },
        description: `Scenario A, from the ${POOL_TABLE} table`,
      },
      {
        header: COMPARE.b(m),
        role: 'computed',
        width: 12,
        numberFormat: m.format,
        totals: { kind: 'sum', expected: totals.b[m.key] },
        description: `Scenario B, from the ${bSource} table`,
      },
      {
        header: COMPARE.change(m),
        role: 'computed',
        width: 12,
        numberFormat: m.change.format,
        totals: { kind: 'sum', expected: totals.change[m.key] * m.change.scale },
        description: `A − B${m.change.note}; blank if one lacks the state`,
      },
    ]),
  ];
  return { name: t, totalsRow: true, columns, rows };
}

/** Each scenario's name, data, findings and totals, at the top of the sheet. */
function scenariosTable(comparison: Comparison, bSource: string): TableSpec {
  const t = COMPARE_SCENARIOS_TABLE;
  const { a, b } = comparison;
  const text = (item: string, pick: (s: ScenarioSummary) => string): Cell[] => [
    item,
    pick(a),
    pick(b),
    '',
  ];
  /** A figure of each scenario, by a formula over its tables, and the change A − B. */
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
      formula: `(${aCell})-(${bCell})`,
      expected: pick(a) - pick(b),
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
        header: COMPARE_SCENARIOS.a,
        role: 'computed',
        description: `Scenario A: its figures are this workbook’s parameters and sums over the ${POOL_TABLE} table`,
        // Sums over the Pool table: a one-delegation copy keeps them as values.
        scope: 'pool',
        width: 48,
        wrap: true,
        rowFormats: numberRows,
      },
      {
        header: COMPARE_SCENARIOS.b,
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
        // A − B repeats both figures' formulas: sums over the pool, kept as values in one state's copy.
        scope: 'pool',
        width: 16,
        rowFormats: numberRows.map((f) => f && FORMAT.signedCount),
      },
    ],
    rows,
  };
}

/**
 * Two scenarios side by side (Art. 12(2), 61, 62, 66): A is this workbook's Pool table, B either
 * its own Pool table in the workbook or its figures as values that name their source. Native
 * formulas only, so that the sheet reads and recalculates without the add-in.
 */
export function compareSheet(comparison: Comparison, options: CompareSheetOptions = {}): SheetSpec {
  const bSource = options.bPoolTable ?? COMPARE_B_TABLE;
  const { a, b } = comparison;
  const onlyOne = comparison.rows.filter((r) => !r.change).map((r) => r.code);
  const blocks: Block[] = [
    { kind: 'title', text: `Compare: ${a.name} (A) against ${b.name} (B)` },
    {
      kind: 'text',
      text:
        'Per state, scenario A and scenario B side by side and the change A − B: fair share (change ' +
        'in percentage points), its fair share of the reference numbers in relocations and euros ' +
        '(Art. 57(3); the proposal’s numbers before a Council act, Art. 12(2)), and what is left ' +
        'after deductions (Art. 61, 62).',
    },
    onlyOne.length > 0
      ? {
          kind: 'text',
          tone: 'warning',
          text: `Not in both scenarios, so without a change: ${onlyOne.join(', ')}. The change totals sum the states in both.`,
        }
      : { kind: 'blank' },
    { kind: 'blank' },
    summaryBlock(scenariosTable(comparison, bSource)),
    { kind: 'blank' },
    {
      kind: 'text',
      tone: 'note',
      text: options.bPoolTable
        ? `A: the ${POOL_TABLE} table; B: the ${options.bPoolTable} table. Both recalculate.`
        : `A: the ${POOL_TABLE} table of this workbook (live). B: ${b.name} as computed by this tool ` +
          `from ${b.dataLabel} (${b.dataId}); its indicators are not in this workbook, so its figures ` +
          `are values, in the ${COMPARE_B_TABLE} table beside.`,
    },
    { kind: 'table', table: compareTable(comparison, bSource) },
    ...(options.bPoolTable
      ? []
      : [{ kind: 'table' as const, table: bTable(comparison), beside: true }]),
  ];
  return {
    name: 'Compare',
    freezeRows: 1,
    charts: [
      {
        title: `Change in fair-share relocations: ${a.name} − ${b.name}`,
        type: 'bar',
        table: COMPARE_TABLE,
        categoryColumn: COMPARE.state,
        valueColumns: [COMPARE.change(MEASURES[1])],
      },
    ],
    blocks,
  };
}
