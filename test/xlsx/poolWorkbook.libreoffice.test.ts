import { presetReport } from '../helpers/reports';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PRESETS } from '../../src/data';
import { PARAMETER_NAMES, POOL, type PoolReport } from '../../src/report';
import { toExcelJs, toXlsxBuffer } from '../../src/xlsx';
import { recalculate } from '../helpers/libreoffice';
import { closeTo, errorCells, formulaCells, readWorkbook, shown } from '../helpers/workbookReader';

// A figure no formula can produce: if it survives, LibreOffice did not recalculate.
const POISON = -987_654.321;

const report = (presetId: string): PoolReport => presetReport(presetId);

describe('the pool workbook recalculated by LibreOffice, an independent spreadsheet engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pact-xlsx-'));
  const reports = new Map(PRESETS.map((p) => [p.id, report(p.id)]));
  const recalculated = new Map<string, ExcelJS.Workbook>();
  let edited: ExcelJS.Workbook;

  beforeAll(async () => {
    const inputs: string[] = [];
    for (const [id, r] of reports) {
      const path = join(dir, `${id}.xlsx`);
      writeFileSync(path, await toXlsxBuffer(r.spec, { cachedResults: { poison: POISON } }));
      inputs.push(path);
    }
    // An analyst raises the proposal's relocations to 45,000 in the Parameters table of the latest
    // scenario (no Council act: the reference number follows the proposal's).
    const wb = toExcelJs(reports.get('latest')!.spec, { cachedResults: { poison: POISON } });
    const name = wb.definedNames.getRanges(PARAMETER_NAMES.commissionRelocations).ranges[0]!;
    const [sheet, address] = name.split('!') as [string, string];
    wb.getWorksheet(sheet.replace(/'/g, ''))!.getCell(address.replace(/\$/g, '')).value = 45_000;
    const editedPath = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(editedPath);
    inputs.push(editedPath);

    const outputs = recalculate(inputs);
    const ids = [...reports.keys()];
    for (let i = 0; i < ids.length; i += 1)
      recalculated.set(ids[i]!, await readWorkbook(outputs[i]!));
    edited = await readWorkbook(outputs.at(-1)!);
  }, 120_000);

  it.each(PRESETS.map((p) => p.id))(
    '%s: every formula cell equals the core’s number to 1e-9',
    (id) => {
      const checks = formulaCells(reports.get(id)!.spec, recalculated.get(id)!);
      expect(checks.length).toBeGreaterThan(26 * 10);
      const wrong = checks.filter((c) => !closeTo(c.actual, c.expected));
      expect(wrong.slice(0, 5)).toEqual([]);
      // The poison is gone everywhere: the values are LibreOffice's, not the cached ones.
      expect(checks.some((c) => c.actual === POISON)).toBe(false);
    },
  );

  it.each(PRESETS.map((p) => p.id))('%s: no cell shows an error value', (id) => {
    expect(errorCells(recalculated.get(id)!)).toEqual([]);
  });

  it('keeps the ratio live: editing the relocation total moves the financial total and every state', () => {
    const r = reports.get('latest')!;
    const pool = edited.getWorksheet('Pool')!;
    const header = findHeaderRow(pool, POOL.code);
    const col = (name: string) => headerColumn(pool, header, name);
    const de = r.result.pool.rows.find((x) => x.code === 'DE')!;
    const deRow = header + 1 + r.result.pool.rows.indexOf(de);
    expect(shown(pool.getCell(deRow, col(POOL.relocations)))).toBeCloseTo(de.fairShare * 45_000, 6);
    // Financial total = 45,000 × EUR 20,000 = EUR 900 million: the ratio "shall be maintained" (Art. 12(3)).
    expect(shown(pool.getCell(deRow, col(POOL.financial)))).toBeCloseTo(
      de.fairShare * 900_000_000,
      3,
    );
  });

  it('writes real Excel tables with the formulas as native structured references', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsxBuffer(reports.get('latest')!.spec)) as unknown as ArrayBuffer);
    const fair = wb.getWorksheet('Fair share')!;
    expect(Object.keys((fair as unknown as { tables: object }).tables)).toEqual(['FairShare']);
    // The file says what the add-in says when a deduction is out of range.
    let deduction: ExcelJS.DataValidation | undefined;
    wb.getWorksheet('Pool')!.eachRow((row) =>
      row.eachCell((c) => {
        if (c.dataValidation?.type === 'decimal') deduction ??= c.dataValidation;
      }),
    );
    expect(deduction?.error).toBe('Deduction must be between 0 % and 100 %.');
    const names = wb.definedNames.model.map((n: { name: string }) => n.name).sort();
    expect(names).toEqual([
      'CommissionFinancialEur',
      'CommissionRelocations',
      'EurPerRelocation',
      'FinancialTotalEur',
      'MandatoryFloor',
      'MandatoryShare',
      'OffsetThresholdShare',
      'OwnFairShareShare',
      'RelocationsTotal',
    ]);
  });
});

function findHeaderRow(ws: ExcelJS.Worksheet, firstHeader: string): number {
  for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getCell(r, 1).value === firstHeader) return r;
  throw new Error(`No header ${firstHeader} on ${ws.name}`);
}

function headerColumn(ws: ExcelJS.Worksheet, row: number, name: string): number {
  for (let c = 1; c <= ws.columnCount; c += 1) if (ws.getCell(row, c).value === name) return c;
  throw new Error(`No column ${name} on ${ws.name}`);
}
