import {
  columnLetter,
  formatOf,
  layoutSheet,
  validationMessage,
  type ChartSpec,
  type ColumnSpec,
} from '../report';
import { cellAddress, rectAddress, type Rect } from './address';
import { cellInput } from './content';
import { totalsInput, type PlacedTableBlock } from './placement';
import type { SheetPlan, WritePlan } from './plan';
import { chartName } from './record';

/** Excel on the web refuses a request above about 5 MB: sync before a batch grows past this. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Rows of a table body written per call, so that a large table can be split across batches. */
const ROWS_PER_WRITE = 2_000;

const LOOK = {
  tableStyle: 'TableStyleMedium2',
  inputFill: '#FFF2CC',
  /** The header colour of TableStyleMedium2's light variant, for summary ranges. */
  summaryHeaderFill: '#DDEBF7',
  noteColor: '#595959',
  warningColor: '#9C5700',
  pointsPerCharacter: 7,
} as const;

/**
 * Queues the writes of a plan and sends them to Excel. Everything goes in one round trip unless the
 * payload would pass Excel on the web's request limit, in which case large table bodies are split.
 * Returns the number of `context.sync()` calls made.
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  payloadBudget = DEFAULT_PAYLOAD_BUDGET,
): Promise<number> {
  const wb = context.workbook;
  let queued = 0;
  let syncs = 0;
  const charge = async (size: number) => {
    if (queued > 0 && queued + size > payloadBudget) {
      await context.sync();
      syncs += 1;
      queued = 0;
    }
    queued += size;
  };

  for (const name of plan.deleteTables) removeTable(wb.tables.getItem(name));
  const sheets = plan.sheets.map((sheet) => ({
    sheet,
    ws: sheet.exists
      ? wb.worksheets.getItem(sheet.placed.sheet.name)
      : wb.worksheets.add(sheet.placed.sheet.name),
  }));
  // Every table exists, with its name, its headers and its size, and every workbook name is
  // defined, before any formula names them: Excel does not re-bind a structured reference to a
  // table that appears later (excel-rules.md rule 1; MS-OE376 §3.2.3.1.1). A batch runs in order.
  for (const { sheet, ws } of sheets) prepareSheet(wb, ws, sheet);
  for (const { sheet, ws } of sheets) await shapeTables(ws, sheet, charge);
  for (const n of plan.names) {
    if (n.replace) wb.names.getItem(n.name).delete();
    wb.names.add(n.name, n.reference);
  }
  for (const { sheet, ws } of sheets) await writeSheet(ws, sheet, charge);
  await context.sync();
  return syncs + 1;
}

function removeTable(table: Excel.Table): void {
  table.getRange().clear();
  table.delete();
}

/** Removes what the previous generation had and the new one does not, keeping tables that stay. */
function prepareSheet(wb: Excel.Workbook, ws: Excel.Worksheet, sheet: SheetPlan): void {
  for (const chart of sheet.deleteCharts) ws.charts.getItem(chart).delete();
  // Tables that move, or that a neighbour grows into (plan.ts), go first: tables never overlap,
  // and a resize into another table is refused (rule 3; OfficeDev/office-js #1199).
  for (const t of sheet.tables)
    if (t.action === 'recreate') removeTable(wb.tables.getItem(t.placed.table.name));
  for (const t of sheet.tables) {
    if (t.action !== 'resize') continue;
    // Resizing keeps the table object, hence every formula of the analyst's that refers to it.
    const table = wb.tables.getItem(t.placed.table.name);
    table.showTotals = false;
    table.resize(rectAddress(t.placed.rect));
  }
  for (const r of sheet.clear) ws.getRange(rectAddress(r)).clear();
}

/** Each table at its place under its name, with its headers; bodies come later. */
async function shapeTables(
  ws: Excel.Worksheet,
  sheet: SheetPlan,
  charge: (size: number) => Promise<void>,
): Promise<void> {
  for (const t of sheet.tables) {
    await writeHeader(ws, t.placed, charge);
    if (t.action === 'resize') continue;
    const table = ws.tables.add(rectAddress(t.placed.rect), true);
    table.name = t.placed.table.name;
  }
}

async function writeSheet(
  ws: Excel.Worksheet,
  sheet: SheetPlan,
  charge: (size: number) => Promise<void>,
): Promise<void> {
  const spec = sheet.placed.sheet;
  for (const { block, row } of layoutSheet(spec)) {
    if (block.kind === 'blank' || block.kind === 'table' || block.kind === 'grid') continue;
    const cell = ws.getRange(cellAddress(row, 1));
    cell.formulas = [[cellInput(block.text)]];
    const font = cell.format.font;
    font.bold = block.kind === 'title' || block.kind === 'heading';
    font.size = block.kind === 'title' ? 14 : block.kind === 'heading' ? 12 : 11;
    font.italic = block.kind === 'text' && block.tone === 'note';
    font.color =
      block.kind === 'text' && block.tone === 'note'
        ? LOOK.noteColor
        : block.kind === 'text' && block.tone === 'warning'
          ? LOOK.warningColor
          : '#000000';
  }
  const widths: number[] = [];
  const written = [
    ...sheet.tables.map((t) => ({ placed: t.placed, action: t.action })),
    ...sheet.placed.ranges.map((placed) => ({ placed, action: 'range' as const })),
  ];
  for (const t of written) {
    if (t.action === 'range') await writeSummaryRange(ws, t.placed, charge);
    else await writeTable(ws, t.placed, charge);
    const left = t.placed.rect.left;
    t.placed.table.columns.forEach((c, i) => {
      widths[left - 1 + i] = Math.max(widths[left - 1 + i] ?? 8, c.width ?? 10);
    });
  }
  widths.forEach((w, i) => {
    if (!w) return;
    const letter = columnLetter(i + 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = w * LOOK.pointsPerCharacter;
  });
  ws.freezePanes.unfreeze();
  if (spec.freezeRows > 0) ws.freezePanes.freezeRows(spec.freezeRows);
  (spec.charts ?? []).forEach((chart, i) => addChart(ws, sheet, chart, i));
}

/**
 * A summary block (`TableSpec.form` "range"): its header and body as plain cells, the header bold on
 * the table style's header colour, so that Excel has no calculated column to fill.
 */
async function writeSummaryRange(
  ws: Excel.Worksheet,
  placed: PlacedTableBlock,
  charge: (size: number) => Promise<void>,
): Promise<void> {
  const header = await writeHeader(ws, placed, charge);
  header.format.fill.color = LOOK.summaryHeaderFill;
  header.format.font.bold = true;
  await writeBody(ws, placed, charge);
}

async function writeHeader(
  ws: Excel.Worksheet,
  { table, rect }: PlacedTableBlock,
  charge: (size: number) => Promise<void>,
): Promise<Excel.Range> {
  const headerRect: Rect = { ...rect, bottom: rect.top };
  // As text, whatever a header looks like ("2025", "Jan 2026"): a table's headers are text.
  const header = [table.columns.map((c) => cellInput(c.header))];
  await charge(JSON.stringify(header).length);
  const headerRange = ws.getRange(rectAddress(headerRect));
  headerRange.formulas = header;
  headerRange.format.wrapText = true;
  headerRange.format.autofitRows();
  return headerRange;
}

/** The body's formats, input styling and contents, in chunks that keep each batch in budget. */
async function writeBody(
  ws: Excel.Worksheet,
  { table, rect }: PlacedTableBlock,
  charge: (size: number) => Promise<void>,
): Promise<void> {
  const bodyTop = rect.top + 1;
  // Formats first, so that text columns ("@") keep "2024" as text.
  for (const [i, c] of table.columns.entries()) {
    if (table.rows.length === 0) break;
    const column = ws.getRange(
      rectAddress({ top: bodyTop, bottom: rect.bottom, left: rect.left + i, right: rect.left + i }),
    );
    const formats = table.rows.map((_, r) => [formatOf(c, r) ?? 'General']);
    await charge(JSON.stringify(formats).length);
    column.numberFormat = formats;
    column.format.fill.clear();
    column.format.wrapText = c.wrap === true;
    column.dataValidation.clear();
    if (c.role === 'input') styleInput(column, c);
  }
  for (let start = 0; start < table.rows.length; start += ROWS_PER_WRITE) {
    const rows = table.rows.slice(start, start + ROWS_PER_WRITE).map((r) => r.map(cellInput));
    await charge(JSON.stringify(rows).length);
    ws.getRange(
      rectAddress({
        top: bodyTop + start,
        bottom: bodyTop + start + rows.length - 1,
        left: rect.left,
        right: rect.right,
      }),
    ).formulas = rows;
  }
}

async function writeTable(
  ws: Excel.Worksheet,
  placed: PlacedTableBlock,
  charge: (size: number) => Promise<void>,
): Promise<void> {
  const { table, rect } = placed;
  await writeBody(ws, placed, charge);
  const excelTable = ws.tables.getItem(table.name);
  excelTable.style = LOOK.tableStyle;
  excelTable.showTotals = table.totalsRow;
  if (table.totalsRow) {
    const totals = table.columns.map((_, i) => totalsInput(table, i));
    excelTable.getTotalRowRange().formulas = [totals];
    table.columns.forEach((c, i) => {
      if (c.numberFormat) {
        ws.getRange(cellAddress(rect.bottom + 1, rect.left + i)).numberFormat = [[c.numberFormat]];
      }
    });
  }
}

function styleInput(range: Excel.Range, c: ColumnSpec): void {
  range.format.fill.color = LOOK.inputFill;
  const v = c.validation;
  if (!v) return;
  range.dataValidation.rule =
    v.kind === 'list'
      ? { list: { inCellDropDown: true, source: v.values.join(',') } }
      : v.max === undefined
        ? { decimal: { formula1: v.min, operator: 'GreaterThanOrEqualTo' } }
        : { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: c.header,
    message: validationMessage(c, v),
  };
}

function addChart(ws: Excel.Worksheet, sheet: SheetPlan, chart: ChartSpec, index: number): void {
  const placed = sheet.placed.tables.find((t) => t.table.name === chart.table);
  if (!placed || placed.table.rows.length === 0) return;
  const { table, rect } = placed;
  const column = (header: string, withHeader: boolean) => {
    const i = rect.left + table.columns.findIndex((c) => c.header === header);
    return ws.getRange(
      rectAddress({
        top: withHeader ? rect.top : rect.top + 1,
        bottom: rect.bottom,
        left: i,
        right: i,
      }),
    );
  };
  const [first, ...more] = chart.valueColumns;
  if (!first) return;
  // The first series comes with its header as its name; the others are added by name.
  const excelChart = ws.charts.add(
    chart.type === 'bar' ? 'BarClustered' : 'ColumnClustered',
    column(first, true),
    'Columns',
  );
  excelChart.name = chartName(sheet.placed.sheet.name, index);
  excelChart.title.text = chart.title;
  for (const header of more) excelChart.series.add(header).setValues(column(header, false));
  excelChart.series.getItemAt(0).setXAxisValues(column(chart.categoryColumn, false));
  // Right of every table of the sheet, so that a chart never covers a figure.
  const left = Math.max(...sheet.placed.tables.map((t) => t.rect.right)) + 2 + index * 9;
  excelChart.setPosition(cellAddress(rect.top, left), cellAddress(rect.top + 30, left + 7));
}
