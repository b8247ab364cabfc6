import type { WorkbookSnapshot } from './plan';
import type { WrittenRecord } from './record';
import { cellsOf, parseRect } from './address';
import { cellAddress } from './address';
import { NameMap, NameSet } from './names';

/**
 * Reads what a generation needs to know about the workbook, in two round trips whatever its size:
 * the names of its sheets, tables and workbook names; then the tables' places and the contents of
 * the sheets the tool wrote before.
 */
/** Round trips readSnapshot makes, whatever the workbook holds. */
export const SNAPSHOT_ROUND_TRIPS = 2;

export async function readSnapshot(
  context: Excel.RequestContext,
  record: WrittenRecord | undefined,
): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const tables = wb.tables.load('items/name,items/worksheet/name');
  const names = wb.names.load('items/name');
  await context.sync();

  const tableRanges = tables.items.map((t) => ({ table: t, range: t.getRange().load('address') }));
  const present = new NameSet(sheets.items.map((s) => s.name));
  const toolSheets = (record?.sheets ?? [])
    .filter((s) => present.has(s.name))
    .map((s) => {
      const ws = wb.worksheets.getItem(s.name);
      return {
        name: s.name,
        // Values too, in the same round trip: a conflict shows what the analyst's formula gives.
        used: ws.getUsedRangeOrNullObject(true).load('address,formulas,values'),
        charts: ws.charts.load('items/name'),
      };
    });
  await context.sync();

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
      toolSheets.map((s) => [
        s.name,
        {
          cells: s.used.isNullObject ? new Map() : cellsFrom(s.used.address, s.used.formulas),
          values: s.used.isNullObject ? new Map() : cellsFrom(s.used.address, s.used.values),
          charts: s.charts.items.map((c) => c.name),
        },
      ]),
    ),
    record,
  };
}

function cellsFrom(address: string, formulas: unknown[][]): Map<string, unknown> {
  const r = parseRect(address);
  const out = new Map<string, unknown>();
  for (const [row, column] of cellsOf(r)) {
    const v = formulas[row - r.top]?.[column - r.left];
    if (v !== '' && v !== null && v !== undefined) out.set(cellAddress(row, column), v);
  }
  return out;
}
