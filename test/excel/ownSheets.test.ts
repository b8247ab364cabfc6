import { generateReport, parseRecord, readOwnSheets, WRITTEN_RECORD_KEY } from '../../src/excel';
import type { Block } from '../../src/report';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeStore } from '../fakes/fakeServices';
import { presetReport } from '../helpers/reports';

describe('the analyst’s own sheets, for a copy to share', () => {
  async function workbook() {
    const wb = new FakeWorkbook(['My notes']);
    await generateReport(presetReport('latest').spec, { run: wb.run, store: fakeStore(wb) });
    wb.type('My notes', 'B2', 'Germany');
    wb.type('My notes', 'C2', '=EUPACT.FAIRSHARE("DE")', 0.2167);
    wb.type('My notes', 'D2', '=C2*30000', 6500);
    wb.type('My notes', 'C3', '=eupact.contribution("FR")', 4805.6);
    return { wb, record: parseRecord(wb.settings.get(WRITTEN_RECORD_KEY)) };
  }
  const grid = (sheets: { blocks: readonly Block[] }[]) =>
    sheets[0]!.blocks[0] as Extract<Block, { kind: 'grid' }>;

  it('keeps only the analyst’s sheets, at their own place, with EUPACT formulas as values', async () => {
    const { wb, record } = await workbook();
    const sheets = await readOwnSheets(wb.run, record, false);
    expect(sheets.map((s) => s.name)).toEqual(['My notes']);
    const g = grid(sheets);
    expect([g.top, g.left]).toEqual([2, 2]);
    expect(g.rows).toEqual([
      ['Germany', 0.2167, { formula: 'C2*30000', expected: 6500 }],
      ['', 4805.6, ''],
    ]);
  });

  it('turns every formula into its value for a one-delegation copy', async () => {
    const { wb, record } = await workbook();
    expect(grid(await readOwnSheets(wb.run, record, true)).rows[0]).toEqual([
      'Germany',
      0.2167,
      6500,
    ]);
  });
});

// excel-rules.md rule 7 (OfficeDev/office-js #6687; MS-XLSX 2.2.2): Range.formulas gives the
// interface form; a file needs the stored form.
describe('the analyst’s sheets reach a copy in the form a file stores', () => {
  it('keeps text as text, future functions with _xlfn., this-row references as values', async () => {
    const wb = new FakeWorkbook(['Notes']);
    wb.type('Notes', 'A1', "'=not a formula");
    wb.type('Notes', 'A2', '=_xlfn.XLOOKUP("DE",B1:B2,C1:C2)', 4000);
    wb.type('Notes', 'A3', "'2026-07-10");
    wb.type('Notes', 'A4', '=_xlfn._xlws.FILTER(B1:B2,C1:C2>0)', 1);
    wb.type('Notes', 'A5', '=[@Code]', 'DE');
    const [sheet] = await readOwnSheets(wb.run, undefined, false);
    const grid = sheet!.blocks[0] as unknown as { rows: unknown[][] };
    expect(grid.rows.map((r) => r[0])).toEqual([
      '=not a formula',
      { formula: '_xlfn.XLOOKUP("DE",B1:B2,C1:C2)', expected: 4000 },
      '2026-07-10',
      { formula: '_xlfn._xlws.FILTER(B1:B2,C1:C2>0)', expected: 1 },
      'DE',
    ]);
  });

  it('reads a sheet of 7.8 million cells in bands that Excel on the web accepts', async () => {
    const wb = new FakeWorkbook(['Big']);
    wb.type('Big', 'A1', 1);
    wb.type('Big', 'Z300000', 2);
    const [sheet] = await readOwnSheets(wb.run, undefined, true);
    const grid = sheet!.blocks[0] as unknown as { rows: unknown[][] };
    expect(grid.rows).toHaveLength(300_000);
    expect(grid.rows[299_999]![25]).toBe(2);
    expect(wb.violations).toEqual([]);
  }, 60_000);
});
