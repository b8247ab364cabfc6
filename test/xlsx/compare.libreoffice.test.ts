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

  it('shows France from 2027 to the Council’s 2026 pool, and the change B − A as shown', () => {
    const ws = recalculated.get('compare (B as values)')!.getWorksheet('Compare')!;
    const { row, col } = rowOf(ws, 'Relocations, 2027-proposal', 'FR');
    const fr = compared.comparison!.rows.find((r) => r.code === 'FR')!;
    expect(Math.round(shown(ws.getCell(row, col('Relocations, 2026-council'))) as number)).toBe(
      3_361,
    );
    expect(shown(ws.getCell(row, col('Relocations, 2027-proposal')))).toBeCloseTo(
      fr.a!.relocations,
      6,
    );
    // From A to B: 3,361 (B) less France's 2027 figure as shown (A).
    expect(shown(ws.getCell(row, col('Relocations change')))).toBe(
      3_361 - Math.round(fr.a!.relocations),
    );
    // The table comes first, its header on the frozen fourth row (issue 16: "the table starts
    // under about 530 px of text"); what each scenario is follows below it.
    expect(ws.getCell(4, 1).value).toBe('Code');
    expect(compared.spec.sheets.find((x) => x.name === 'Compare')!.freezeRows).toBe(4);
    const text = (from: number, to: number) =>
      ws
        .getRows(from, to - from + 1)!
        .flatMap((r) => (r.values as unknown[]).map(String))
        .join(' ');
    expect(text(1, 2)).toMatch(/from 2027-proposal \(A\) to 2026-council \(B\)/);
    const below = text(4 + 26 + 2, ws.rowCount);
    expect(below).toMatch(/first-estimates-2026/);
    expect(below).toMatch(/as a default for the Commission findings for 2027/);
    expect(compared.spec.sheets.find((s) => s.name === 'Compare')!.charts![0]!.table).toBe(
      COMPARE_TABLE,
    );
  });

  // Issue 16: "in 8 of 26 rows the figures shown do not add up (France 4,810 − 3,361 shown as 1,448)".
  it.each(cases.slice(0, 2).map(([name]) => name))(
    '%s: in every row and measure, the change shown is B as shown less A as shown',
    (name) => {
      const ws = recalculated.get(name)!.getWorksheet('Compare')!;
      /** Each measure: its columns, and the decimals its format shows (of a fraction; of points). */
      const measures = [
        ['Fair share', 'Fair share change (points)', 6, 100, 4],
        ['Relocations', 'Relocations change', 0, 1, 0],
        ['Financial (EUR)', 'Financial change (EUR)', 0, 1, 0],
        ['Effective relocations', 'Effective relocations change', 0, 1, 0],
        ['Effective financial (EUR)', 'Effective financial change (EUR)', 0, 1, 0],
      ] as const;
      const asShown = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
      const notAddingUp: string[] = [];
      for (const { code } of compared.comparison!.rows) {
        const { row, col } = rowOf(ws, 'Relocations, 2027-proposal', code);
        const cell = (h: string) => shown(ws.getCell(row, col(h))) as number;
        for (const [label, changeLabel, digits, scale, changeDigits] of measures) {
          const a = asShown(cell(`${label}, 2027-proposal`), digits);
          const b = asShown(cell(`${label}, 2026-council`), digits);
          if (asShown(cell(changeLabel), changeDigits) !== asShown((b - a) * scale, changeDigits))
            notAddingUp.push(`${code} ${label}`);
        }
      }
      expect(notAddingUp).toEqual([]);
    },
  );

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
