import type { Grid } from '../data';
import { parseRect } from './address';
import { readRects } from './reads';
import type { ExcelRunner } from './store';

export interface WorkbookTableInfo {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: number;
}

/** The tables of the open workbook with their headers, in two round trips. */
export async function listTables(run: ExcelRunner): Promise<WorkbookTableInfo[]> {
  return run(async (context) => {
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    await context.sync();
    const parts = tables.items.map((t) => ({
      table: t,
      header: t.getHeaderRowRange().load('values'),
      body: t.getDataBodyRange().load('rowCount'),
    }));
    await context.sync();
    return parts.map(({ table, header, body }) => ({
      name: table.name,
      sheet: table.worksheet.name,
      headers: (header.values[0] ?? []).map(String),
      rows: body.rowCount,
    }));
  });
}

/**
 * One table's headers and body (never its totals row), with the sheet row of its header so that
 * issues name real rows. The body is read in budgeted bands (reads.ts).
 */
export async function readTable(run: ExcelRunner, name: string): Promise<Grid> {
  return run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load('values,address');
    const body = table.getDataBodyRange().load('address');
    table.worksheet.load('name');
    await context.sync();
    // The body in budgeted bands: an analyst's table may be larger than one read (reads.ts).
    const [read] = await readRects(
      context,
      [{ sheet: table.worksheet.name, rect: parseRect(body.address) }],
      ['values'],
    );
    return {
      headers: (header.values[0] ?? []).map(String),
      rows: read!.values,
      headerRow: parseRect(header.address).top,
    };
  });
}
