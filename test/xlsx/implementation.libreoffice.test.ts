/**
 * The Implementation sheet recalculated by LibreOffice, an engine independent of the tool: every
 * formula equals the core (1e-9), and edited records recalculate as the core computes them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { assessImplementation, type ImplementationRecord } from '../../src/core';
import {
  CON,
  delegationCopy,
  FINDING_WORDS,
  IMPL,
  layoutSheet,
  REC,
  END,
  type WorkbookSpec,
} from '../../src/report';
import { toExcelJs, toXlsxBuffer } from '../../src/xlsx';
import {
  implementationReport,
  moneyImplementationReport,
  richImplementationReport,
} from '../helpers/implementation';
import { recalculate } from '../helpers/libreoffice';
import { closeTo, errorCells, formulaCells, readWorkbook, shown } from '../helpers/workbookReader';

const POISON = -424_242;

/** The recalculated value under a header of the Implementation sheet's year-end table. */
const yearEndCell = (book: ExcelJS.Workbook, spec: WorkbookSpec) => (header: string) => {
  const ws = book.getWorksheet('Implementation')!;
  const end = placeOf(spec, IMPL.yearEnd);
  const column = end.table.columns.findIndex((c) => c.header === header);
  return shown(ws.getCell(end.row + 1, end.column + column));
};

/** Where a table of a sheet's spec lands: its header row and first column. */
function placeOf(spec: WorkbookSpec, table: string) {
  const sheet = spec.sheets.find((s) => s.name === 'Implementation')!;
  const placed = layoutSheet(sheet).find(
    (p) => p.block.kind === 'table' && p.block.table.name === table,
  )!;
  if (placed.block.kind !== 'table') throw new Error('not a table');
  return { row: placed.row, column: placed.column, table: placed.block.table };
}

describe('the Implementation sheet, recalculated by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pact-implementation-'));
  const report = implementationReport();
  const money = moneyImplementationReport();
  // EUR 1 M typed towards Italy in a round that pledges no money: allocated beyond the pool.
  const over = implementationReport({
    typed: [{ code: 'IT', type: 'financial', value: 1_000_000 }],
  });
  const specs: Record<string, WorkbookSpec> = {
    workbook: report.spec,
    france: delegationCopy(report.spec, { state: 'FR' }),
    // Money and alternative measures in every branch: distribution, Art. 57(4), Art. 64(4).
    money: money.spec,
    // To implement as the pool counts it: deductions on pledges and on the fair share, a value
    // set jointly, measures converted, Norway ad hoc (Art. 13(1), 57(4), 61, 62, 65(1)).
    rich: richImplementationReport().spec,
  };
  // France has no record in the rich round: its copy keeps the records table, empty.
  specs.richFrance = delegationCopy(specs.rich!, { state: 'FR' });
  specs.over = over.spec;
  // A record corrected in Excel: Germany's first relocations were 900, not 400, and towards Spain.
  const edited: ImplementationRecord[] = report.implementation.records.map((r, i) =>
    i === 0 ? { ...r, amount: 900, benefitting: 'ES' } : r,
  );
  const read: Record<string, ExcelJS.Workbook> = {};

  beforeAll(async () => {
    const inputs: string[] = [];
    for (const [name, spec] of Object.entries(specs)) {
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, await toXlsxBuffer(spec, { cachedResults: { poison: POISON } }));
      inputs.push(path);
    }
    const wb = toExcelJs(report.spec, { cachedResults: { poison: POISON } });
    const place = placeOf(report.spec, IMPL.records);
    const ws = wb.getWorksheet('Implementation')!;
    const column = (h: string) =>
      place.column + place.table.columns.findIndex((c) => c.header === h);
    ws.getCell(place.row + 1, column(REC.persons)).value = 900;
    ws.getCell(place.row + 1, column(REC.benefitting)).value = 'ES';
    const path = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(path);
    inputs.push(path);
    const outputs = recalculate(inputs);
    for (const [i, name] of [
      'workbook',
      'france',
      'money',
      'rich',
      'richFrance',
      'over',
      'edited',
    ].entries())
      read[name] = await readWorkbook(outputs[i]!);
  }, 120_000);

  it.each(['workbook', 'france', 'money', 'rich', 'richFrance', 'over'])(
    '%s: every formula cell equals the core, no error anywhere',
    (name) => {
      const checks = formulaCells(specs[name]!, read[name]!);
      expect(checks.filter((c) => c.sheet === 'Implementation').length).toBeGreaterThan(
        name.toLowerCase().includes('france') ? 20 : 500,
      );
      expect(checks.filter((c) => !closeTo(c.actual ?? '', c.expected)).slice(0, 5)).toEqual([]);
      expect(checks.some((c) => c.actual === POISON)).toBe(false);
      expect(errorCells(read[name]!)).toEqual([]);
    },
  );

  it('holds figures in the money branches of the year end (Art. 57(4), 64(4))', () => {
    // France's EUR 5 M of alternative measures, no request by the year end, 1.5 M delivered:
    // 3.5 M converted (Art. 57(4)). Money to implement: the Netherlands 30 M, Sweden 10 M, Norway
    // 8 M (ad hoc, Art. 13(1)): 48 M; 25 % of it, 12 M, to Italy (SAR, Art. 12(5)); the rest, 36 M,
    // over the needs left (Italy 28 M, Greece 20 M): 0.75 of each, Italy 21 M, Greece 15 M (typed
    // 15 M): 48 M allocated of a 51.5 M financial pool; 3.5 M not allocated (Art. 64(4)).
    expect(money.implementation.yearEnd).toMatchObject({
      convertedToFinancialEur: 3_500_000,
      financialPoolEur: 51_500_000,
      allocatedEur: 48_000_000,
      notAllocatedEur: 3_500_000,
    });
    const at = yearEndCell(read.money!, money.spec);
    expect(at(END.notAllocated)).toBeCloseTo(3_500_000, 6);
    expect(at(END.converted)).toBeCloseTo(3_500_000, 6);
    expect(at(END.beyondPool)).toBe(0);
  });

  it('says what typed figures allocate beyond the financial pool, where Art. 64(4)’s amount not allocated stays 0', () => {
    // Art. 64(4): "Where the amount referred to in Article 57(1) of this Regulation is not fully
    // allocated, the remaining amount may be added …": what is allocated is measured against that
    // amount. EUR 1 M typed towards Italy from a pool of 0 is 1 M beyond it, shown as such rather
    // than hidden by the 0 of the amount not allocated.
    expect(over.implementation.yearEnd).toMatchObject({
      financialPoolEur: 0,
      allocatedEur: 1_000_000,
      notAllocatedEur: 0,
      allocatedBeyondPoolEur: 1_000_000,
    });
    const at = yearEndCell(read.over!, over.spec);
    expect(at(END.notAllocated)).toBe(0);
    expect(at(END.beyondPool)).toBeCloseTo(1_000_000, 6);
  });

  it('keeps in France’s copy only the records France is party to', () => {
    const place = placeOf(specs.france!, IMPL.records);
    const rows = place.table.rows.map((r) => [r[1], r[2]]);
    expect(rows.length).toBe(4);
    for (const [from, to] of rows) expect([from, to]).toContain('FR');
  });

  it('shows each check of the example in words, with its article', () => {
    const ws = read.workbook!.getWorksheet('Implementation')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(shown(cell)))));
    for (const words of Object.values(FINDING_WORDS))
      expect(texts.some((t) => t.includes(words))).toBe(true);
  });

  it('recalculates from an edited record exactly as the core', () => {
    const want = assessImplementation({
      year: 2026,
      states: report.result.participants,
      contributions: report.implementation.contributions,
      benefitting: report.result.benefitting.map((code) => ({
        code,
        systemicShortcomings: code === 'CY',
        searchAndRescue: code === 'ES' || code === 'IT',
      })),
      needs: exampleNeeds(),
      sarShare: 0.25,
      records: edited,
    });
    const ws = read.edited!.getWorksheet('Implementation')!;
    const place = placeOf(report.spec, IMPL.contributing);
    const de = place.row + 1 + place.table.rows.findIndex((r) => r[0] === 'DE');
    const get = (h: string) =>
      shown(ws.getCell(de, place.column + place.table.columns.findIndex((c) => c.header === h)));
    const core = want.contributing.find((c) => c.code === 'DE')!;
    // 900 + 1,200 + 50 + 300 + 100 people of 4,555: 2,005 relocations remain, Art. 63(5).
    expect(core.relocationsRemaining).toBe(2005);
    expect(get(CON.relocationsLeft)).toBeCloseTo(2005, 9);
    expect(get(CON.offsetsOwed)).toBeCloseTo(2005, 9);
    const end = placeOf(report.spec, IMPL.yearEnd);
    const offsetsRequestable = shown(
      ws.getCell(
        end.row + 1,
        end.column + end.table.columns.findIndex((c) => c.header === END.offsetsRequestable),
      ),
    );
    expect(offsetsRequestable).toBeCloseTo(want.yearEnd.offsetsRequestable, 6);
    expect(want.yearEnd.offsetsRequestable).not.toBeCloseTo(
      report.implementation.yearEnd.offsetsRequestable,
      0,
    );
  });

  function exampleNeeds() {
    return report.implementation.distribution.cells
      .map((c) => ({ code: c.code, type: c.type, level: c.need }))
      .filter((n) => n.level > 0);
  }
});
