import { presetReport } from '../helpers/reports';
import { generateReport, listTables, readTable } from '../../src/excel';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeStore } from '../fakes/fakeServices';
import { examplePledging } from '../helpers/pledging';

describe('reading the workbook’s tables', () => {
  it('lists tables with their headers, and reads a body without its totals row', async () => {
    const wb = new FakeWorkbook();
    const report = presetReport('2026-council', {}, examplePledging());
    await generateReport(report.spec, { run: wb.run, store: fakeStore(wb) });
    const tables = await listTables(wb.run);
    expect(tables.find((t) => t.name === 'Pledges')).toMatchObject({ sheet: 'Pledges', rows: 26 });
    const grid = await readTable(wb.run, 'Pledges');
    expect(grid.rows).toHaveLength(26);
    expect(grid.rows.map((r) => r[0])).not.toContain('Total');
    expect(grid.headerRow).toBe(wb.tableOf('Pledges').top);
    expect(grid.headers.slice(0, 3)).toEqual(['Code', 'State', 'Relocations']);
  });
});
