/**
 * Rule 8 of ../shared/excel-rules.md ("Resource limits and performance optimization: Excel
 * add-ins"): Excel on the web refuses a read of more than 5,000,000 cells and a response above
 * 5 MB. Before a generation, readSnapshot reads back the tool's own sheets to tell the analyst's
 * edits from the tool's output; a large generated sheet is read in bands of rows, each request
 * within READ_CELL_BUDGET, in a number of round trips that stays SNAPSHOT_ROUND_TRIPS while the
 * tool's area fits one budget, whatever the number of rows, and grows by one per budget beyond.
 */
import { generateReport, type GenerateOutcome } from '../../src/excel';
import { READ_CELL_BUDGET } from '../../src/excel/reads';
import { SNAPSHOT_ROUND_TRIPS } from '../../src/excel/snapshot';
import type { ColumnSpec, SheetSpec, WorkbookSpec } from '../../src/report';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeStore } from '../fakes/fakeServices';
import { presetReport } from '../helpers/reports';

const WIDTH = 10;

/** The preset report with a sheet of `rows` generated records (illustrative numbers) beside it. */
function withRecords(rows: number): WorkbookSpec {
  const base = presetReport('latest').spec;
  const columns: ColumnSpec[] = Array.from({ length: WIDTH }, (_, c) => ({
    header: c === 0 ? 'Record' : `Figure ${c}`,
    role: 'data',
  }));
  const records: SheetSpec = {
    name: 'Records',
    freezeRows: 2,
    blocks: [
      { kind: 'title', text: 'Generated records (illustrative numbers, for the read budget)' },
      {
        kind: 'table',
        table: {
          name: 'Records',
          columns,
          totalsRow: false,
          rows: Array.from({ length: rows }, (_, r) =>
            Array.from({ length: WIDTH }, (_, c) =>
              c === 0 ? r + 1 : 100_000 + r * WIDTH + c + 0.125,
            ),
          ),
        },
      },
    ],
  };
  return { ...base, sheets: [...base.sheets, records] };
}

/** Generates, then generates again unchanged: the second run's outcome and its read round trips. */
async function regenerate(rows: number, edit?: (wb: FakeWorkbook) => void) {
  const wb = new FakeWorkbook();
  const store = fakeStore(wb);
  const spec = withRecords(rows);
  await generateReport(spec, { run: wb.run, store });
  edit?.(wb);
  const outcome: GenerateOutcome = await generateReport(spec, { run: wb.run, store });
  return { wb, outcome };
}

describe('reading the tool’s sheets back before a generation, within Excel on the web’s limits', () => {
  it.each([100, 10_000])(
    'takes SNAPSHOT_ROUND_TRIPS (2) round trips to read a sheet of %i generated rows',
    async (rows) => {
      const { outcome } = await regenerate(rows);
      expect(outcome.status).toBe('written');
      // A regeneration: the reads, then the writes, which fit one round trip here.
      const writes = 1;
      expect(outcome.syncs - writes).toBe(SNAPSHOT_ROUND_TRIPS);
    },
  );

  it('reads 30,000 generated rows in bands, no request above the budget, and sees an edit in the last band', async () => {
    const rows = 30_000;
    const last = `J${2 + rows}`; // title row, header row, then the records
    const { wb, outcome } = await regenerate(rows, (w) => w.type('Records', last, 7));
    // The strict fake refuses a read over 5,000,000 cells or a response over 5 MB: none happened.
    expect(wb.violations).toEqual([]);
    expect(outcome.status).toBe('needs-decision');
    if (outcome.status !== 'needs-decision') return;
    expect(outcome.conflicts.map((c) => `${c.sheet}!${c.address} ${c.yours}`)).toEqual([
      `Records!${last} 7`,
    ]);
    // Formulas and values of ~300,000 cells: 600,000 cells read, in bands of at most the budget.
    const cellsRead = 2 * (rows + 2) * WIDTH;
    expect(outcome.syncs).toBeGreaterThan(SNAPSHOT_ROUND_TRIPS);
    expect(outcome.syncs).toBeLessThanOrEqual(2 + Math.ceil(cellsRead / READ_CELL_BUDGET));
  });
});
