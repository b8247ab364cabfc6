import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  buildPoolReport,
  COMPARE_TABLE,
  PUB,
  withSuffix,
  type PoolReport,
  type WorkbookSpec,
} from '../../src/report';
import { toXlsxBuffer } from '../../src/xlsx';
import { recalculate } from '../helpers/libreoffice';
import { presetCompareWith, presetInput } from '../helpers/reports';
import { closeTo, errorCells, formulaCells, readWorkbook, shown } from '../helpers/workbookReader';

// A figure no formula can produce: if it survives, LibreOffice did not recalculate.
const POISON = -987_654.321;

/** 2027-proposal (A) against 2026-council (B), B's figures as values: what `--compare` writes. */
const compared = buildPoolReport({
  ...presetInput('2027-proposal'),
  compareWith: presetCompareWith('2026-council'),
});

/** The same, with B's whole report in the workbook too (sheets "… (2)", table Pool_2). */
const withB: WorkbookSpec = (() => {
  const b = withSuffix(buildPoolReport(presetInput('2026-council')).spec, 2);
  const a = buildPoolReport({
    ...presetInput('2027-proposal'),
    compareWith: { ...presetCompareWith('2026-council'), bPoolTable: 'Pool_2' },
  }).spec;
  return { ...a, sheets: [...a.sheets, ...b.sheets], names: [...a.names, ...b.names] };
})();

/** The Council's 2026 pool with the published figures on the Methodology sheet. */
const council: PoolReport = buildPoolReport(presetInput('2026-council'));

const cases: [string, WorkbookSpec][] = [
  ['compare (B as values)', compared.spec],
  ['compare (B in the workbook)', withB],
  ['2026-council with published figures', council.spec],
];

function rowOf(
  ws: ExcelJS.Worksheet,
  header: string,
  code: string,
): { row: number; col: (h: string) => number } {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === 'Code' && row.values.toString().includes(header))
      headerRow = n;
  });
  const col = (h: string) => {
    for (let c = 1; c <= ws.columnCount; c += 1) if (ws.getCell(headerRow, c).value === h) return c;
    throw new Error(`No column ${h} on ${ws.name}`);
  };
  for (let r = headerRow + 1; r <= ws.rowCount; r += 1)
    if (ws.getCell(r, 1).value === code) return { row: r, col };
  throw new Error(`No ${code} under ${header} on ${ws.name}`);
}

describe('the Compare sheet recalculated by LibreOffice', () => {
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pact-compare-'));
    const paths = await Promise.all(
      cases.map(async ([, spec], i) => {
        const path = join(dir, `case${i}.xlsx`);
        writeFileSync(path, await toXlsxBuffer(spec, { cachedResults: { poison: POISON } }));
        return path;
      }),
    );
    const outputs = recalculate(paths);
    for (let i = 0; i < cases.length; i += 1)
      recalculated.set(cases[i]![0], await readWorkbook(outputs[i]!));
  }, 120_000);

  it.each(cases.map(([name]) => name))('%s: every formula equals the core to 1e-9', (name) => {
    const spec = cases.find(([n]) => n === name)![1];
    const checks = formulaCells(spec, recalculated.get(name)!);
    const onCompare = checks.filter((c) => c.sheet === 'Compare');
    if (name.startsWith('compare')) expect(onCompare.length).toBeGreaterThan(26 * 10);
    const wrong = checks.filter((c) => !closeTo(c.actual, c.expected));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checks.some((c) => c.actual === POISON)).toBe(false);
  });

  it.each(cases.map(([name]) => name))('%s: no cell shows an error value', (name) => {
    expect(errorCells(recalculated.get(name)!)).toEqual([]);
  });

  it('shows France in 2027 against the Council’s 2026 pool, and the change', () => {
    const ws = recalculated.get('compare (B as values)')!.getWorksheet('Compare')!;
    const { row, col } = rowOf(ws, 'Relocations A', 'FR');
    const fr = compared.comparison!.rows.find((r) => r.code === 'FR')!;
    expect(Math.round(shown(ws.getCell(row, col('Relocations B'))) as number)).toBe(3_361);
    expect(shown(ws.getCell(row, col('Relocations A')))).toBeCloseTo(fr.a!.relocations, 6);
    expect(shown(ws.getCell(row, col('Relocations change')))).toBeCloseTo(
      fr.a!.relocations - 3_361.432,
      2,
    );
    // The top names both scenarios and their data.
    const top = ws
      .getRows(1, 20)!
      .flatMap((r) => (r.values as unknown[]).map(String))
      .join(' ');
    expect(top).toMatch(/2027-proposal/);
    expect(top).toMatch(/2026-council/);
    expect(top).toMatch(/first-estimates-2026/);
    expect(top).toMatch(/as a default for the Commission findings for 2027/);
    expect(compared.spec.sheets.find((s) => s.name === 'Compare')!.charts![0]!.table).toBe(
      COMPARE_TABLE,
    );
  });

  it('sets the published 2026 figures beside ours on the Methodology sheet', () => {
    const ws = recalculated
      .get('2026-council with published figures')!
      .getWorksheet('Methodology')!;
    const { row, col } = rowOf(ws, PUB.publishedShare, 'FR');
    expect(shown(ws.getCell(row, col(PUB.publishedShare)))).toBeCloseTo(0.160021, 9);
    expect(shown(ws.getCell(row, col(PUB.share)))).toBeCloseTo(0.1600682, 7);
    expect(shown(ws.getCell(row, col(PUB.shareDifference)))).toBeCloseTo(0.0047, 4);
    expect(Math.round(shown(ws.getCell(row, col(PUB.relocations))) as number)).toBe(3_361);
    // Whole persons beside the published whole persons: France 3,361 = 3,361.
    expect(shown(ws.getCell(row, col(PUB.persons)))).toBe(3_361);
    expect(shown(ws.getCell(row, col(PUB.publishedRelocations)))).toBe(3_361);
    const de = rowOf(ws, PUB.publishedShare, 'DE');
    expect(shown(ws.getCell(de.row, de.col(PUB.shareDifference)))).toBeCloseTo(-0.0033, 4);
    // Germany: 4,554 here against the 4,555 published; the difference stays visible.
    expect(shown(ws.getCell(de.row, de.col(PUB.persons)))).toBe(4_554);
  });
});
