import { suffixedSheetName, type WorkbookSpec } from '../report';
import type { WorkbookSnapshot } from './plan';
import { recordRects, type WrittenRecord } from './record';
import { cellAddress, cellsOf, type Rect } from './address';
import { NameMap, NameSet } from './names';
import { placeSheet } from './placement';
import { READ_CELL_BUDGET, readRects, readRoundTrips, type ReadProperty } from './reads';

/**
 * Round trips readSnapshot makes while the areas it reads fit one read budget (READ_CELL_BUDGET
 * cells for formulas and values together), whatever else the workbook holds; beyond, one more per
 * budget-full, as writes take one more per payload budget.
 */
export const SNAPSHOT_ROUND_TRIPS = 2;

/** Formulas to tell the analyst's edits from the tool's; values to show what their formulas give. */
const READ: readonly ReadProperty[] = ['formulas', 'values'];

/**
 * Reads what a generation needs to know about the workbook: first the names of its sheets, tables
 * and workbook names; then the tables' places, the charts and the contents of the tool's area on
 * each sheet it wrote before, in bands within Excel on the web's limits (rule 8 of
 * ../shared/excel-rules.md: a read over 5,000,000 cells or a response over 5 MB is refused). The
 * tool's area is what it wrote last time and what `spec` will write: only there can an analyst's
 * edit be overwritten, so the read is as large as the tool's own output, not as the analyst's sheet.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  record: WrittenRecord | undefined,
  spec: WorkbookSpec,
  budget = READ_CELL_BUDGET,
): Promise<WorkbookSnapshot & { readonly syncs: number }> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const tables = wb.tables.load('items/name,items/worksheet/name');
  const names = wb.names.load('items/name');
  await context.sync();

  const tableRanges = tables.items.map((t) => ({ table: t, range: t.getRange().load('address') }));
  const present = new NameSet(sheets.items.map((s) => s.name));
  const areas = toolAreas(record, spec);
  const toolSheets = (record?.sheets ?? [])
    .filter((s) => present.has(s.name))
    .map((s) => ({
      name: s.name,
      area: areas.get(s.name),
      charts: wb.worksheets.getItem(s.name).charts.load('items/name'),
    }));
  // The table ranges and the charts go in the first band's round trip (or one of their own).
  const parts = toolSheets.flatMap((s) => (s.area ? [{ sheet: s.name, rect: s.area }] : []));
  const bands = readRoundTrips(parts, READ, budget);
  const read = await readRects(context, parts, READ, budget);
  if (bands === 0) await context.sync();
  const contents = new NameMap(parts.map((p, i) => [p.sheet, { rect: p.rect, ...read[i]! }]));

  return {
    sheetNames: present,
    tables: new NameMap(
      tableRanges.map(({ table, range }) => [
        table.name,
        { sheet: table.worksheet.name, address: range.address },
      ]),
    ),
    names: new NameSet(names.items.map((n) => n.name)),
    toolSheets: new NameMap(
      toolSheets.map((s) => {
        const c = contents.get(s.name);
        return [
          s.name,
          {
            cells: c ? cellsFrom(c.rect, c.formulas) : new Map(),
            values: c ? cellsFrom(c.rect, c.values) : new Map(),
            charts: s.charts.items.map((chart) => chart.name),
          },
        ];
      }),
    ),
    record,
    syncs: 1 + Math.max(1, bands),
  };
}

/**
 * Per sheet of the record, the rectangle around what the tool wrote there and what `spec` writes
 * there now (under the record's names: "Pool (2)" when it wrote beside).
 */
function toolAreas(record: WrittenRecord | undefined, spec: WorkbookSpec): NameMap<Rect> {
  const next = new NameMap(
    spec.sheets.map((s) => [suffixedSheetName(s.name, record?.suffix ?? 1), s] as const),
  );
  const out = new NameMap<Rect>();
  for (const s of record?.sheets ?? []) {
    const sheet = next.get(s.name);
    const rects = [...recordRects(s), ...(sheet ? placeSheet(sheet).rects : [])];
    if (rects.length > 0) out.set(s.name, around(rects));
  }
  return out;
}

function around(rects: readonly Rect[]): Rect {
  return {
    top: Math.min(...rects.map((r) => r.top)),
    left: Math.min(...rects.map((r) => r.left)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}

function cellsFrom(r: Rect, matrix: unknown[][]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [row, column] of cellsOf(r)) {
    const v = matrix[row - r.top]?.[column - r.left];
    if (v !== '' && v !== null && v !== undefined) out.set(cellAddress(row, column), v);
  }
  return out;
}
