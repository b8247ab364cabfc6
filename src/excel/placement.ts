import { col, isExcelTable, layoutSheet, type SheetSpec, type TableSpec } from '../report';
import { cellAddress, type Rect } from './address';
import { cellInput } from './content';

/** One cell the report writes, where, and what `Range.formulas` receives. */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly input: string | number | boolean;
}

export interface PlacedTableBlock {
  readonly table: TableSpec;
  /** Header row .. last body row (the range `tables.add` and `resize` take). */
  readonly rect: Rect;
  /** Including the totals row when there is one. */
  readonly fullRect: Rect;
}

export interface PlacedSheet {
  readonly sheet: SheetSpec;
  readonly cells: readonly PlacedCell[];
  /** The blocks written as Excel tables. */
  readonly tables: readonly PlacedTableBlock[];
  /** Summary blocks written as plain ranges (`TableSpec.form`), never as Excel tables. */
  readonly ranges: readonly PlacedTableBlock[];
  /** Rectangles the sheet's blocks occupy: what a later generation may clear. */
  readonly rects: readonly Rect[];
}

export function totalsInput(table: TableSpec, index: number): string {
  const t = table.columns[index]?.totals;
  if (!t || t.kind === 'none') return '';
  if (t.kind === 'label') return t.text;
  return `=SUBTOTAL(109,${col(table.name, table.columns[index]?.header ?? '')})`;
}

/** Every cell a sheet of the report writes, and the rectangles of its blocks. */
export function placeSheet(sheet: SheetSpec): PlacedSheet {
  const cells: PlacedCell[] = [];
  const tables: PlacedTableBlock[] = [];
  const ranges: PlacedTableBlock[] = [];
  const rects: Rect[] = [];
  for (const { block, row, column: left } of layoutSheet(sheet)) {
    // Grids exist only in delegation copies, written to a file, never into the open workbook.
    if (block.kind === 'blank' || block.kind === 'grid') continue;
    if (block.kind !== 'table') {
      cells.push({ row, column: 1, input: cellInput(block.text) });
      rects.push({ top: row, left: 1, bottom: row, right: 1 });
      continue;
    }
    const t = block.table;
    const width = t.columns.length;
    const lastBody = row + t.rows.length;
    const rect = { top: row, left, bottom: lastBody, right: left + width - 1 };
    const fullRect = { ...rect, bottom: lastBody + (t.totalsRow ? 1 : 0) };
    t.columns.forEach((c, i) => cells.push({ row, column: left + i, input: cellInput(c.header) }));
    t.rows.forEach((r, i) =>
      r.forEach((cell, j) =>
        cells.push({ row: row + 1 + i, column: left + j, input: cellInput(cell) }),
      ),
    );
    if (t.totalsRow) {
      t.columns.forEach((_, j) => {
        const input = totalsInput(t, j);
        if (input !== '') cells.push({ row: lastBody + 1, column: left + j, input });
      });
    }
    (isExcelTable(t) ? tables : ranges).push({ table: t, rect, fullRect });
    rects.push(fullRect);
  }
  return { sheet, cells: cells.filter((c) => c.input !== ''), tables, ranges, rects };
}

export function addressOf(c: { row: number; column: number }): string {
  return cellAddress(c.row, c.column);
}
