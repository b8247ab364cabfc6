/**
 * A generated workbook as plain data: what the add-in (Office.js) and the command line (ExcelJS)
 * both write, so that the two cannot drift apart, and what tests evaluate in a real engine.
 */

export type CellValue = string | number | boolean | null;

/**
 * A native Excel formula, written without the leading "=" and with structured references in their
 * file form (`Table[[#This Row],[Column]]`), which Excel, Office.js and LibreOffice all read.
 */
export interface FormulaCell {
  readonly formula: string;
  /** What the core computed for this cell: the cached result written with it, and what tests compare. */
  readonly expected: number | string;
}

export type Cell = CellValue | FormulaCell;

export function isFormula(cell: Cell | undefined): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

/**
 * Whose a column is: `data` from a source, `computed` by a formula the tool owns, `input` for the
 * analyst to edit (deductions, pledges), `label` for codes and names.
 */
export type ColumnRole = 'label' | 'data' | 'computed' | 'input';

export type TotalsCell =
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'sum'; readonly expected: number }
  | { readonly kind: 'none' };

export interface ColumnSpec {
  readonly header: string;
  readonly role: ColumnRole;
  /** Excel number format code. */
  readonly numberFormat?: string;
  /** Width in characters. */
  readonly width?: number;
  /** Long text: wrapped within the width instead of running across the next columns. */
  readonly wrap?: boolean;
  readonly totals?: TotalsCell;
  /** What the column means, shown as the header's note. */
  readonly description?: string;
  /** Allowed entries for an input column (Excel data validation). */
  readonly validation?: ColumnValidation;
  /** Formats of single rows where they differ from the column's (a table of mixed measures). */
  readonly rowFormats?: readonly (string | undefined)[];
  /**
   * `pool` when a formula of this column depends on other states' rows (a share of a total, a sum):
   * a copy holding one delegation's line keeps such cells as values. Others depend on their row,
   * the parameters and lookups by code only, and stay live formulas in such a copy.
   */
  readonly scope?: 'row' | 'pool';
}

/** The number format of one body cell. */
export function formatOf(column: ColumnSpec, row: number): string | undefined {
  return column.rowFormats?.[row] ?? column.numberFormat;
}

export type ColumnValidation =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'decimal'; readonly min: number; readonly max?: number };

export interface TableSpec {
  /** Excel table name: letters, digits and underscores, unique in the workbook. */
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly Cell[])[];
  /** Whether the table ends with a totals row (from the columns' `totals`). */
  readonly totalsRow: boolean;
  /**
   * Columns holding states, where the first is not `Code` (a record between two states): a copy for
   * one delegation keeps the rows where any of them holds its code.
   */
  readonly stateColumns?: readonly string[];
  /**
   * An input table other tables' formulas read (the implementation records): the row it holds
   * when no row is left, so that a copy for a delegation with no line in it keeps the table, and
   * the formulas over it a table to name.
   */
  readonly emptyRow?: readonly Cell[];
  /**
   * `range` for a summary block whose rows hold different formulas (a label and a figure per row):
   * written as cells that look like a table, never as an Excel table. In a table, Excel's default
   * AutoCorrect option "Fill formulas in tables to create calculated columns" may copy one row's
   * formula over the column's other rows (OfficeDev/office-js #2093, #5909, #6745): a plain range
   * has no calculated columns. Its formulas cannot name it (it is no table); a defined name may
   * point into it. Build one with `summaryBlock` (blocks.ts).
   */
  readonly form?: 'table' | 'range';
}

/** Whether a table of the report is written as an Excel table (not a summary range). */
export function isExcelTable(table: TableSpec): boolean {
  return table.form !== 'range';
}

export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string; readonly tone?: 'note' | 'warning' }
  /**
   * `beside`: to the right of the table before it, one column apart, so that widths don't clash.
   * `below`: under the table before it, in its columns, one row apart (a second table beside).
   */
  | {
      readonly kind: 'table';
      readonly table: TableSpec;
      readonly beside?: boolean;
      readonly below?: boolean;
    }
  | { readonly kind: 'blank' }
  /** Cells at their own place (a sheet of the analyst's copied into a delegation copy). */
  | {
      readonly kind: 'grid';
      readonly top: number;
      readonly left: number;
      readonly rows: readonly (readonly Cell[])[];
    };

export interface ChartSpec {
  readonly title: string;
  readonly type: 'bar' | 'column';
  readonly table: string;
  readonly categoryColumn: string;
  readonly valueColumns: readonly string[];
}

export interface SheetSpec {
  readonly name: string;
  readonly blocks: readonly Block[];
  /** Rows frozen at the top: the title rows and the header of the main table. */
  readonly freezeRows: number;
  readonly charts?: readonly ChartSpec[];
}

/** A workbook-level name for a parameter cell, used by the formulas (e.g. RelocationsTotal). */
export interface DefinedName {
  readonly name: string;
  readonly sheet: string;
  /** The table and row holding the parameter; resolved to an address by the layout. */
  readonly table: string;
  readonly row: number;
  readonly column: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly names: readonly DefinedName[];
  readonly properties: {
    readonly title: string;
    readonly subject: string;
    readonly generatedAt: string;
    readonly toolVersion: string;
    /** A confidentiality marking shown on every sheet and printed page. */
    readonly marking?: string;
  };
}
