import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { generateReport, parseRecord, WRITTEN_RECORD_KEY } from '../../src/excel';
import { POOL, POOL_TABLE } from '../../src/report';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { countedStore } from '../fakes/fakeServices';
import { presetReport } from '../helpers/reports';

const storeOf = countedStore;

const generate = (wb: FakeWorkbook, spec = presetReport('latest').spec, extra = {}) =>
  generateReport(spec, { run: wb.run, store: storeOf(wb), ...extra });

/** The row of a state in a table (header = row 0). */
function rowOf(wb: FakeWorkbook, table: string, code: string): (string | number | boolean)[] {
  const row = wb.tableRows(table).find((r) => r[0] === code);
  if (!row) throw new Error(`${code} not in ${table}`);
  return row;
}

function deductionCell(wb: FakeWorkbook, code: string): string {
  const t = wb.tableOf(POOL_TABLE);
  const i = wb.tableRows(POOL_TABLE).findIndex((r) => r[0] === code);
  const column = wb.tableRows(POOL_TABLE)[0]!.indexOf(POOL.deduction);
  return `${String.fromCharCode(64 + t.left + column)}${t.top + i}`;
}

describe('writing the report into the open workbook', () => {
  it('writes every sheet, table, formula, total, name and chart in three round trips', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    const outcome = await generate(wb);
    expect(outcome).toMatchObject({ status: 'written', syncs: 3, clashes: [], replacedEdits: 0 });
    expect(wb.syncs).toBe(3);
    expect([...wb.sheets.keys()]).toEqual([
      'Sheet1',
      'Indicators',
      'Fair share',
      'Pool',
      'Pressure',
      'Methodology',
    ]);
    expect([...wb.tables.keys()].sort()).toEqual(
      ['FairShare', 'Indicators', 'Pool', 'Pressure', 'PressureWeights', 'Sources'].sort(),
    );
    const header = wb.tableRows(POOL_TABLE)[0];
    expect(header).toEqual(Object.values(POOL));
    const de = rowOf(wb, POOL_TABLE, 'DE');
    expect(de[1]).toBe('Germany');
    const at = (column: string) => header!.indexOf(column);
    expect(de[at(POOL.relocations)]).toBe('=Pool[[#This Row],[Fair share]]*RelocationsTotal');
    expect(wb.tableOf(POOL_TABLE).showTotals).toBe(true);
    expect(wb.tableRows(POOL_TABLE).at(-1)?.[at(POOL.relocations)]).toBe(
      '=SUBTOTAL(109,Pool[[Fair share: relocations]])',
    );
    expect(wb.names.get('RelocationsTotal')).toMatch(/^=Methodology!\$B\$\d+$/);
    expect(wb.sheet('Pool').frozenRows).toBe(5);
    expect(wb.sheet('Fair share').charts.map((c) => c.title)).toEqual([
      'Fair share by state (Annex I)',
    ]);
    expect(wb.sheet('Fair share').charts[0]?.series[0]?.xValues).toMatch(
      /^'Fair share'!B\d+:B\d+$/,
    );
    // Input cells are marked and validated.
    const cell = wb.cell('Pool', deductionCell(wb, 'FR'));
    expect(cell?.fill).toBe('#FFF2CC');
    expect(cell?.validation?.rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: 'Between' },
    });
    expect(cell?.validation?.errorAlert).toMatchObject({
      message: 'Deduction must be between 0 % and 100 %.',
    });
    expect(parseRecord(wb.settings.get(WRITTEN_RECORD_KEY))?.sheets).toHaveLength(5);
  });

  it('keeps the number of round trips constant whatever the number of states', async () => {
    const counts: number[] = [];
    for (const participants of [
      DEFAULT_PARTICIPANTS.slice(0, 3),
      DEFAULT_PARTICIPANTS,
      // Denmark too: a Member State the data covers, though outside the mechanism (Protocol No 22).
      [...DEFAULT_PARTICIPANTS, 'DK'],
    ]) {
      const wb = new FakeWorkbook();
      await generate(wb, presetReport('latest', { participants }).spec);
      counts.push(wb.syncs);
      const again = await generate(wb, presetReport('latest', { participants }).spec);
      expect(again.status).toBe('written');
      counts.push(again.syncs);
    }
    expect(new Set(counts)).toEqual(new Set([3]));
  });

  it('splits a write above the request budget and keeps every batch under it', async () => {
    const wb = new FakeWorkbook();
    const outcome = await generate(wb, presetReport('latest').spec, { payloadBudget: 20_000 });
    expect(outcome.status === 'written' && outcome.syncs).toBeGreaterThan(3);
    // Two reads, then the writes; no batch is over budget unless a single matrix is.
    expect(Math.max(...wb.batchSizes)).toBeLessThan(40_000);
  });
});

describe('regenerating never overwrites the analyst silently', () => {
  it('updates the tool’s tables in place and keeps the analyst’s own cells and sheets', async () => {
    const wb = new FakeWorkbook(['Notes']);
    await generate(wb);
    wb.type('Pool', 'P3', 'my note beside the table');
    wb.type('Notes', 'A1', '=SUM(Pool[Relocations])');
    const outcome = await generate(
      wb,
      presetReport('latest', { totals: { relocations: 40_000 } }).spec,
    );
    expect(outcome.status).toBe('written');
    expect(wb.formula('Pool', 'P3')).toBe('my note beside the table');
    expect(wb.formula('Notes', 'A1')).toBe('=SUM(Pool[Relocations])');
    expect(wb.tables.has('Pool')).toBe(true);
    expect(wb.sheets.has('Pool (2)')).toBe(false);
  });

  it('asks before replacing a cell the analyst edited inside a tool table, writing nothing meanwhile', async () => {
    const wb = new FakeWorkbook();
    await generate(wb);
    const address = deductionCell(wb, 'FR');
    wb.type('Pool', address, 0.5);
    const before = JSON.stringify(wb.contents('Pool'));
    const syncsBefore = wb.syncs;

    const outcome = await generate(wb);
    expect(outcome.status).toBe('needs-decision');
    if (outcome.status !== 'needs-decision') return;
    expect(outcome.conflicts).toEqual([
      {
        sheet: 'Pool',
        address,
        where: 'Pool, column Deduction, France',
        yours: '0.5',
        tool: '0',
        // The tool's value and format, so the pane shows 50 % against 0 %, not raw contents.
        toolValue: 0,
        numberFormat: '0%',
      },
    ]);
    expect(JSON.stringify(wb.contents('Pool'))).toBe(before);
    expect(wb.syncs - syncsBefore).toBe(2); // read only

    const replaced = await generate(wb, undefined, { replaceEdits: true });
    expect(replaced).toMatchObject({ status: 'written', replacedEdits: 1 });
    expect(wb.formula('Pool', address)).toBe(0);
  });

  it('writes beside the edited sheets when the analyst keeps their edits', async () => {
    const wb = new FakeWorkbook();
    await generate(wb);
    const address = deductionCell(wb, 'FR');
    wb.type('Pool', address, 0.5);
    const outcome = await generate(wb, undefined, { mode: 'beside' });
    expect(outcome).toMatchObject({
      status: 'written',
      sheets: expect.arrayContaining(['Pool (2)']),
    });
    expect(wb.formula('Pool', address)).toBe(0.5);
    const header = wb.tableRows('Pool_2')[0]!;
    expect(rowOf(wb, 'Pool_2', 'DE')[header.indexOf(POOL.relocations)]).toBe(
      '=Pool_2[[#This Row],[Fair share]]*RelocationsTotal_2',
    );
    // The next generation updates the new copy in place and leaves the edited one alone.
    const next = await generate(wb);
    expect(next).toMatchObject({ status: 'written', sheets: expect.arrayContaining(['Pool (2)']) });
    expect(wb.formula('Pool', address)).toBe(0.5);
  });

  it('does not count an edit that equals the new content as a conflict', async () => {
    const wb = new FakeWorkbook();
    await generate(wb);
    const address = deductionCell(wb, 'FR');
    wb.type('Pool', address, 0.25);
    const spec = presetReport('latest', {
      deductions: [{ code: 'FR', share: 0.25, article: 62 }],
    }).spec;
    const outcome = await generate(wb, spec);
    expect(outcome.status).toBe('written');
    expect(wb.formula('Pool', address)).toBe(0.25);
    const header = wb.tableRows(POOL_TABLE)[0]!;
    expect(rowOf(wb, POOL_TABLE, 'FR')[header.indexOf(POOL.deductionBasis)]).toBe('Art. 62');
  });

  it('writes beside an analyst’s own sheet that has a report sheet’s name', async () => {
    const wb = new FakeWorkbook(['Pool']);
    wb.type('Pool', 'A1', 'the analyst’s own pool notes');
    const outcome = await generate(wb);
    expect(outcome).toMatchObject({ status: 'written', clashes: ['sheet "Pool"'] });
    expect(wb.formula('Pool', 'A1')).toBe('the analyst’s own pool notes');
    expect(wb.contents('Pool')).toEqual({ A1: 'the analyst’s own pool notes' });
    expect(wb.sheets.has('Pool (2)')).toBe(true);
    expect(wb.sheets.has('Methodology (2)')).toBe(true);
  });

  it('shrinks a table in place when a participant leaves, leaving no stale row behind', async () => {
    const wb = new FakeWorkbook();
    await generate(wb);
    const wasBottom = wb.tableOf(POOL_TABLE).bottom;
    const fewer = DEFAULT_PARTICIPANTS.filter((c) => c !== 'SE');
    const outcome = await generate(wb, presetReport('latest', { participants: fewer }).spec);
    expect(outcome.status).toBe('written');
    const t = wb.tableOf(POOL_TABLE);
    expect(t.bottom).toBe(wasBottom - 1);
    expect(wb.tableRows(POOL_TABLE).map((r) => r[0])).not.toContain('SE');
    // The old totals row (one row further down) is empty now.
    expect(wb.formula('Pool', `A${wasBottom + 1}`)).toBe('');
    // The summary beside it (a plain range, never a table) stays where it was.
    const summaryHeader = `${String.fromCharCode(64 + t.right + 2)}${t.top}`;
    expect(wb.formula('Pool', summaryHeader)).toBe('The three pools');
    expect(wb.tables.has('PoolSummary')).toBe(false);
  });
});
