import type { Block, DefinedName, SheetSpec, TableSpec, WorkbookSpec } from './types';

/** Where a block lands: blocks stack from row 1 of column A, one row each, tables their full height. */
export interface PlacedBlock {
  readonly block: Block;
  /** 1-based first row. */
  readonly row: number;
  /** 1-based first column (A, unless a table stands beside another). */
  readonly column: number;
  readonly height: number;
}

export function blockHeight(block: Block): number {
  if (block.kind === 'table') return 1 + block.table.rows.length + (block.table.totalsRow ? 1 : 0);
  if (block.kind === 'grid') return block.rows.length;
  return 1;
}

/**
 * Blocks stack from row 1; a table `beside` the table before it starts on that table's row, one
 * column to its right; a table `below` it starts one row under it, in its column; a grid sits at
 * its own place and does not move the others.
 */
export function layoutSheet(sheet: SheetSpec): PlacedBlock[] {
  let row = 1;
  let previous: PlacedBlock | undefined;
  return sheet.blocks.map((block): PlacedBlock => {
    const height = blockHeight(block);
    if (block.kind === 'grid') return { block, row: block.top, column: block.left, height };
    if (
      block.kind === 'table' &&
      (block.beside || block.below) &&
      previous?.block.kind === 'table'
    ) {
      const placed = block.below
        ? { block, row: previous.row + previous.height + 1, column: previous.column, height }
        : {
            block,
            row: previous.row,
            column: previous.column + previous.block.table.columns.length + 1,
            height,
          };
      row = Math.max(row, placed.row + height);
      previous = placed;
      return placed;
    }
    const placed = { block, row, column: 1, height };
    row += height;
    if (block.kind === 'table') previous = placed;
    return placed;
  });
}

export interface PlacedTable {
  readonly sheet: string;
  readonly table: TableSpec;
  /** Row of the header. */
  readonly headerRow: number;
  /** 1-based column of the first column (always A). */
  readonly firstColumn: number;
}

export function placedTables(spec: WorkbookSpec): PlacedTable[] {
  return spec.sheets.flatMap((sheet) =>
    layoutSheet(sheet).flatMap((p) =>
      p.block.kind === 'table'
        ? [{ sheet: sheet.name, table: p.block.table, headerRow: p.row, firstColumn: p.column }]
        : [],
    ),
  );
}

export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `'Fair share'!$G$5`: quoted when the sheet name needs it. */
export function absoluteAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!$${columnLetter(column)}$${row}`;
}

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The cell a defined name points at. */
export function resolveName(spec: WorkbookSpec, name: DefinedName): string {
  const placed = placedTables(spec).find((t) => t.table.name === name.table);
  if (!placed)
    throw new Error(`Defined name ${name.name} points at a missing table ${name.table}.`);
  const col = placed.table.columns.findIndex((c) => c.header === name.column);
  if (col < 0)
    throw new Error(`Defined name ${name.name}: no column ${name.column} in ${name.table}.`);
  return absoluteAddress(placed.sheet, placed.headerRow + 1 + name.row, placed.firstColumn + col);
}

/** Width of a table in columns and the A1 range of its body and header. */
export function tableRange(t: PlacedTable): string {
  const height = 1 + t.table.rows.length + (t.table.totalsRow ? 1 : 0);
  const last = columnLetter(t.firstColumn + t.table.columns.length - 1);
  return `${columnLetter(t.firstColumn)}${t.headerRow}:${last}${t.headerRow + height - 1}`;
}
