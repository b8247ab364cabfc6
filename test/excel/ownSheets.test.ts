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
