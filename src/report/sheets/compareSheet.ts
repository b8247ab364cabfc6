import type { Comparison, ComparedFigures } from '../compare';
import { notesRow, summaryBlock } from '../blocks';
import { byCode, here } from '../formulas';
import type { Block, Cell, ColumnSpec, SheetSpec, TableSpec } from '../types';
import {
  COMPARE_B_TABLE,
  COMPARE_TABLE,
  compareHeaders,
  MEASURES,
  shownChange,
  shownChangeFormula,
} from './compareMeasures';
import { scenariosTable } from './compareScenarios';
import { POOL, POOL_TABLE } from './poolSheet';

export { COMPARE_B_TABLE, COMPARE_TABLE, compareHeaders } from './compareMeasures';
export { COMPARE_SCENARIOS, COMPARE_SCENARIOS_TABLE } from './compareScenarios';

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

/**
 * Per state, A, B and the change from A to B, taken between the figures as shown (each rounded as
 * its format shows it), so that A + change = B can be read off every row; the totals row sums the
 * changes shown.
 */
function compareTable(comparison: Comparison, bSource: string): TableSpec {
  const t = COMPARE_TABLE;
  const header = compareHeaders(comparison);
  const rows = comparison.rows.map((r): Cell[] => [
    r.code,
    r.name,
    ...MEASURES.flatMap((m): Cell[] => {
      const a: Cell = r.a ? { formula: byCode(t, POOL_TABLE, m.pool), expected: r.a[m.key] } : '';
      const b: Cell = r.b ? { formula: byCode(t, bSource, m.pool), expected: r.b[m.key] } : '';
      const change: Cell =
        r.a && r.b
          ? {
              formula: shownChangeFormula(m, here(t, header.a(m)), here(t, header.b(m))),
              expected: shownChange(m, r.a[m.key], r.b[m.key]),
            }
          : '';
      return [a, b, change];
    }),
  ]);
  const { totals } = comparison;
  const changeTotal = (m: (typeof MEASURES)[number]) =>
    comparison.rows.reduce(
      (n, r) => (r.a && r.b ? n + shownChange(m, r.a[m.key], r.b[m.key]) : n),
      0,
    );
  const columns: ColumnSpec[] = [
    { header: header.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
    { header: header.state, role: 'label', width: 14, totals: { kind: 'none' } },
    ...MEASURES.flatMap((m): ColumnSpec[] => [
      {
        header: header.a(m),
        role: 'computed',
        width: 14,
        wrap: true,
        numberFormat: m.format,
        totals: { kind: 'sum', expected: totals.a[m.key] },
        description: `Scenario A, from the ${POOL_TABLE} table`,
      },
      {
        header: header.b(m),
        role: 'computed',
        width: 14,
        wrap: true,
        numberFormat: m.format,
        totals: { kind: 'sum', expected: totals.b[m.key] },
        description: `Scenario B, from the ${bSource} table`,
      },
      {
        header: header.change(m),
        role: 'computed',
        width: 13,
        wrap: true,
        numberFormat: m.changeFormat,
        totals: { kind: 'sum', expected: changeTotal(m) },
        description:
          `From A to B: B − A between the figures as shown${m.scale === 100 ? ', in percentage points' : ''}; ` +
          'blank if one lacks the state; the total sums the changes shown',
      },
    ]),
  ];
  return { name: t, totalsRow: true, columns, rows };
}

/**
 * Two scenarios side by side (Art. 12(2), 61, 62, 66), the change read from A to B: A is this
 * workbook's Pool table, B either its own Pool table in the workbook or its figures as values that
 * name their source. The table comes first, its header row frozen; what each scenario is follows.
 * Native formulas only, so that the sheet reads and recalculates without the add-in.
 */
export function compareSheet(comparison: Comparison, options: CompareSheetOptions = {}): SheetSpec {
  const bSource = options.bPoolTable ?? COMPARE_B_TABLE;
  const { a, b } = comparison;
  const onlyOne = comparison.rows.filter((r) => !r.change).map((r) => r.code);
  const header = compareHeaders(comparison);
  const blocks: Block[] = [
    { kind: 'title', text: `Compare: from ${a.name} (A) to ${b.name} (B)` },
    {
      kind: 'text',
      text:
        'Per state, A and B side by side and the change from A to B (B − A, between the figures ' +
        'as shown): fair share (the change in percentage points), its fair share of the reference ' +
        'numbers in relocations and euros (Art. 57(3); the proposal’s numbers before a Council ' +
        'act, Art. 12(2)), and what is left after deductions (Art. 61, 62).',
    },
    notesRow(
      onlyOne.length > 0
        ? [
            `Not in both scenarios, so without a change: ${onlyOne.join(', ')}. The change totals sum the states in both.`,
          ]
        : [],
    ),
    { kind: 'table', table: compareTable(comparison, bSource) },
    ...(options.bPoolTable
      ? []
      : [{ kind: 'table' as const, table: bTable(comparison), beside: true }]),
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
    summaryBlock(scenariosTable(comparison, bSource)),
  ];
  return {
    name: 'Compare',
    // The title, the line under it, the notes row and the Compare table's header row stay in view.
    freezeRows: 4,
    charts: [
      {
        title: `Change in fair-share relocations from ${a.name} to ${b.name}`,
        type: 'bar',
        table: COMPARE_TABLE,
        categoryColumn: header.state,
        valueColumns: [header.change(MEASURES[1])],
      },
    ],
    blocks,
  };
}
