import ExcelJS from 'exceljs';
import { isFormula, layoutSheet, type WorkbookSpec } from '../../src/report';

export type Scalar = number | string | boolean | null | { error: string };

/** The value a cell shows: the cached result of a formula, or the value itself. */
export function shown(cell: ExcelJS.Cell): Scalar {
  // A formula's `value` drops a result of 0; `result` keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return (cell.result ?? null) as Scalar;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o || 'formula' in o || 'sharedFormula' in o)
      return (o.result ?? null) as Scalar;
    if ('error' in o) return { error: String(o.error) };
    if ('richText' in o) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if (v instanceof Date) return v.toISOString();
  }
  return v as Scalar;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export interface FormulaCheck {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly expected: number | string;
  readonly actual: Scalar;
}

/** Every formula cell of the spec (table bodies and totals rows), with what the workbook shows. */
export function formulaCells(spec: WorkbookSpec, wb: ExcelJS.Workbook): FormulaCheck[] {
  const out: FormulaCheck[] = [];
  for (const sheet of spec.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) throw new Error(`Sheet ${sheet.name} is missing`);
    for (const { block, row, column } of layoutSheet(sheet)) {
      if (block.kind !== 'table') continue;
      const t = block.table;
      t.rows.forEach((cells, i) =>
        cells.forEach((cell, c) => {
          if (!isFormula(cell)) return;
          const xc = ws.getCell(row + 1 + i, column + c);
          out.push({
            sheet: sheet.name,
            address: xc.address,
            formula: cell.formula,
            expected: cell.expected,
            actual: shown(xc),
          });
        }),
      );
      if (t.totalsRow) {
        t.columns.forEach((spec, c) => {
          if (spec.totals?.kind !== 'sum') return;
          const xc = ws.getCell(row + 1 + t.rows.length, column + c);
          out.push({
            sheet: sheet.name,
            address: xc.address,
            formula: 'SUBTOTAL',
            expected: spec.totals.expected,
            actual: shown(xc),
          });
        });
      }
    }
  }
  return out;
}

/** Cells anywhere in the workbook that show an error value (#N/A, #NAME?, #DIV/0!, ...). */
export function errorCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = shown(cell);
        if (typeof v === 'object' && v !== null) out.push(`${ws.name}!${cell.address} ${v.error}`);
        else if (
          typeof v === 'string' &&
          /^#(N\/A|NAME\?|VALUE!|REF!|DIV\/0!|NUM!|NULL!)/.test(v)
        ) {
          out.push(`${ws.name}!${cell.address} ${v}`);
        }
      }),
    ),
  );
  return out;
}

export function closeTo(actual: Scalar, expected: number | string, relative = 1e-9): boolean {
  if (typeof expected === 'string') return actual === expected;
  return (
    typeof actual === 'number' &&
    Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected))
  );
}
