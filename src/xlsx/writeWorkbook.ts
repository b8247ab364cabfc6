import ExcelJS from 'exceljs';
import {
  col,
  columnLetter,
  formatOf,
  isExcelTable,
  isFormula,
  layoutSheet,
  markingHeaderFooter,
  markingProblem,
  resolveName,
  type Block,
  type Cell,
  type ColumnSpec,
  type SheetSpec,
  type TableSpec,
  type WorkbookSpec,
} from '../report';
import { finite } from './finite';
import { STYLE } from './style';
import { addValidation, headerPrompt, inputValidation } from './validations';

export interface WriteOptions {
  /**
   * The cached result stored with each formula: the core's value (the default), so that a viewer that
   * does not recalculate shows the right figure; or a fixed wrong value, to prove in a test that a
   * spreadsheet engine recalculated.
   */
  readonly cachedResults?: 'expected' | { readonly poison: number };
}

/** The report as an ExcelJS workbook: real tables, native formulas, formats, names, validation. */
export function toExcelJs(spec: WorkbookSpec, options: WriteOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `Pact Solidarity for Excel ${spec.properties.toolVersion}`;
  wb.title = spec.properties.title;
  wb.subject = spec.properties.subject;
  wb.created = new Date(spec.properties.generatedAt);
  wb.modified = wb.created;
  // Ask Excel to recalculate on open: the cached results are a courtesy to viewers, not the truth.
  wb.calcProperties.fullCalcOnLoad = true;
  const cached = (expected: number | string) =>
    options.cachedResults && options.cachedResults !== 'expected'
      ? options.cachedResults.poison
      : expected;

  for (const sheet of spec.sheets) writeSheet(wb, sheet, cached, spec.properties.marking);
  if (spec.properties.marking) wb.keywords = spec.properties.marking;
  for (const name of spec.names) wb.definedNames.add(resolveName(spec, name), name.name);
  return wb;
}

export async function toXlsxBuffer(
  spec: WorkbookSpec,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const buffer = await toExcelJs(spec, options).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

type Cache = (expected: number | string) => number | string;

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, cached: Cache, marking?: string): void {
  const ws = wb.addWorksheet(sheet.name, {
    // A frozen pane must split the sheet: with nothing to freeze, Excel repairs a frozen view.
    views: sheet.freezeRows > 0 ? [{ state: 'frozen', ySplit: sheet.freezeRows, xSplit: 0 }] : [],
    // Printed landscape, one page wide: a delegation's printout shows whole rows.
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
    },
  });
  const widths: number[] = [];
  for (const { block, row, column } of layoutSheet(sheet)) {
    if (block.kind === 'table') {
      writeTable(ws, sheet.name, block.table, row, column, cached);
      block.table.columns.forEach((c, i) => {
        widths[column - 1 + i] = Math.max(widths[column - 1 + i] ?? 8, c.width ?? 10);
      });
    } else if (block.kind === 'grid') {
      block.rows.forEach((cells, i) =>
        cells.forEach((c, j) => {
          if (c === null || c === '') return;
          const cell = ws.getCell(block.top + i, block.left + j);
          cell.value = toCellValue(c, cached, () => `${sheet.name}!${cell.address}`);
        }),
      );
    } else {
      writeText(ws, block, row);
    }
  }
  widths.forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
  if (marking) {
    // Printed on every page as well as shown on the sheet; delegationCopy refused a longer one.
    const problem = markingProblem(marking);
    if (problem) throw new Error(problem);
    const { header, footer } = markingHeaderFooter(marking);
    ws.headerFooter.oddHeader = header;
    ws.headerFooter.oddFooter = footer;
  }
}

function writeText(
  ws: ExcelJS.Worksheet,
  block: Exclude<Block, { kind: 'table' | 'grid' }>,
  row: number,
): void {
  if (block.kind === 'blank') return;
  const cell = ws.getCell(row, 1);
  cell.value = block.text;
  if (block.kind === 'title') cell.font = STYLE.title;
  else if (block.kind === 'heading') cell.font = STYLE.heading;
  else if (block.tone === 'warning') cell.font = STYLE.warning;
  else if (block.tone === 'note') cell.font = STYLE.note;
}

/** A cell's value for ExcelJS; `where` names the cell in the error for a non-finite number. */
function toCellValue(cell: Cell, cached: Cache, where: () => string): ExcelJS.CellValue {
  if (isFormula(cell))
    return {
      formula: cell.formula,
      result: finite(cached(cell.expected), where),
    } as ExcelJS.CellFormulaValue;
  return finite(cell, where);
}

function writeTable(
  ws: ExcelJS.Worksheet,
  sheet: string,
  table: TableSpec,
  headerRow: number,
  firstColumn: number,
  cached: Cache,
): void {
  const where = (row: number, column: number) => () =>
    `${sheet}!${columnLetter(firstColumn + column)}${row} (table ${table.name}, column "${table.columns[column]?.header}")`;
  const totalsRow = headerRow + table.rows.length + 1;
  if (!isExcelTable(table)) writeSummaryRange(ws, table, headerRow, firstColumn, cached, where);
  else
    ws.addTable({
      name: table.name,
      ref: `${columnLetter(firstColumn)}${headerRow}`,
      headerRow: true,
      totalsRow: table.totalsRow,
      style: { theme: STYLE.tableTheme, showRowStripes: true },
      columns: table.columns.map((c) => totalsColumn(table, c)),
      rows: table.rows.map((r, i) =>
        r.map((c, j) => toCellValue(c, cached, where(headerRow + 1 + i, j))),
      ),
    });
  // A sum total is Excel's own "Sum" (totalsRowFunction="sum", which needs no formula in the
  // table part), with the formula written here: ExcelJS's would not escape [ ] # ' in a header.
  table.columns.forEach((c, j) => {
    if (!table.totalsRow || c.totals?.kind !== 'sum') return;
    ws.getCell(totalsRow, firstColumn + j).value = {
      formula: `SUBTOTAL(109,${col(table.name, c.header)})`,
      result: finite(cached(c.totals.expected), where(totalsRow, j)),
    } as ExcelJS.CellFormulaValue;
  });
  // Headers and long texts wrap within their columns: give their rows the lines they need.
  const lines = (text: string, width: number) => Math.ceil((text.length * 1.1) / width);
  const headerLines = Math.max(...table.columns.map((c) => lines(c.header, c.width ?? 10)));
  if (headerLines > 1) ws.getRow(headerRow).height = 15 * headerLines;
  table.rows.forEach((cells, r) => {
    const n = Math.max(
      1,
      ...table.columns.map((c, j) => {
        const cell = cells[j];
        const text = isFormula(cell) ? String(cell.expected) : String(cell ?? '');
        return c.wrap ? lines(text, c.width ?? 10) : 1;
      }),
    );
    if (n > 1) ws.getRow(headerRow + 1 + r).height = 15 * n;
  });
  table.columns.forEach((c, i) => {
    const column = firstColumn + i;
    const letter = columnLetter(column);
    const header = ws.getCell(headerRow, column);
    header.alignment = { wrapText: true, vertical: 'top' };
    if (c.description) addValidation(ws, header.address, headerPrompt(c, c.description));
    const lastBody = headerRow + table.rows.length;
    const body =
      table.rows.length === 1
        ? `${letter}${lastBody}`
        : `${letter}${headerRow + 1}:${letter}${lastBody}`;
    if (c.role === 'input' && c.validation && table.rows.length > 0)
      addValidation(ws, body, inputValidation(c, c.validation));
    const last = headerRow + table.rows.length + (table.totalsRow ? 1 : 0);
    for (let r = headerRow + 1; r <= last; r += 1) {
      const cell = ws.getCell(r, column);
      const format = formatOf(c, r - headerRow - 1);
      if (format) cell.numFmt = format;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      const isBody = r <= headerRow + table.rows.length;
      if (isBody && c.role === 'input') {
        cell.fill = STYLE.inputFill;
        cell.protection = { locked: false };
      }
    }
  });
}

/**
 * A summary block (`TableSpec.form` "range") as plain cells with a bold, filled header: no table,
 * hence no calculated column for Excel to fill.
 */
function writeSummaryRange(
  ws: ExcelJS.Worksheet,
  table: TableSpec,
  headerRow: number,
  firstColumn: number,
  cached: Cache,
  where: (row: number, column: number) => () => string,
): void {
  table.columns.forEach((c, j) => {
    const cell = ws.getCell(headerRow, firstColumn + j);
    cell.value = c.header;
    cell.font = STYLE.summaryHeader;
    cell.fill = STYLE.summaryHeaderFill;
  });
  table.rows.forEach((cells, i) =>
    cells.forEach((c, j) => {
      if (c === null || c === '') return;
      ws.getCell(headerRow + 1 + i, firstColumn + j).value = toCellValue(
        c,
        cached,
        where(headerRow + 1 + i, j),
      );
    }),
  );
}

function totalsColumn(table: TableSpec, c: ColumnSpec): ExcelJS.TableColumnProperties {
  const t = c.totals;
  if (!table.totalsRow || !t || t.kind === 'none')
    return { name: c.header, totalsRowFunction: 'none' };
  if (t.kind === 'label') return { name: c.header, totalsRowLabel: t.text };
  return { name: c.header, totalsRowFunction: 'sum' };
}
