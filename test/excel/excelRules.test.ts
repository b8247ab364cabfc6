/**
 * The pane's scenarios that exercise real Excel's rules (../shared/excel-rules.md), end to end
 * against the strict fake, which refuses what Excel refuses: first generation, an unchanged
 * regeneration, a participant joining, complete pressure series, a pledging round added, Compare
 * added and removed, an analyst's names clashing in another case.
 */
import { generateReport, type GenerateOutcome } from '../../src/excel';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeStore } from '../fakes/fakeServices';
import { EXCEL_SCENARIOS, scenarioSpec } from '../helpers/excelScenarios';

async function write(wb: FakeWorkbook, options: Parameters<typeof scenarioSpec>[0]) {
  return generateReport(scenarioSpec(options), { run: wb.run, store: fakeStore(wb) });
}

function overlapping(wb: FakeWorkbook): string[] {
  const tables = [...wb.tables.values()];
  return tables.flatMap((a, i) =>
    tables
      .slice(i + 1)
      .filter(
        (b) =>
          a.sheet === b.sheet &&
          a.top <= b.bottom + 1 &&
          b.top <= a.bottom + 1 &&
          a.left <= b.right &&
          b.left <= a.right,
      )
      .map((b) => `${a.name}/${b.name}`),
  );
}

describe.each(EXCEL_SCENARIOS)('the scenario "$name" in a strict Excel', ({ steps }) => {
  let wb: FakeWorkbook;
  let outcomes: GenerateOutcome[];
  beforeAll(async () => {
    wb = new FakeWorkbook(['Sheet1'], { strict: 'record' });
    outcomes = [];
    for (const step of steps) outcomes.push(await write(wb, step));
  }, 60_000);

  it('writes every step with no conflict: the tool’s own cells read back as written', () => {
    expect(outcomes.map((o) => (o.status === 'written' ? 'written' : o.conflicts))).toEqual(
      steps.map(() => 'written'),
    );
  });

  it('breaks none of Excel’s rules: every table exists before a formula names it, no resize into a table, no autofill', () => {
    expect(wb.violations).toEqual([]);
    expect(overlapping(wb)).toEqual([]);
  });

  it('writes dates and figures that must stay text as text', () => {
    expect(wb.conversions).toEqual([]);
  });
});

describe('complete pressure series', () => {
  it('grow the Pressure table and move its weights beside it, in a workbook that refuses overlaps', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    await write(wb, {});
    const before = { ...wb.tableOf('Pressure') };
    const outcome = await write(wb, { completePressure: true });
    expect(outcome.status).toBe('written');
    const after = wb.tableOf('Pressure');
    expect(after.right).toBeGreaterThan(before.right);
    expect(wb.tableOf('PressureWeights').left).toBeGreaterThan(after.right);
  });
});

describe('an analyst’s names that differ from the tool’s only in case', () => {
  it.each([
    ['a sheet POOL', (wb: FakeWorkbook) => void wb.addSheet('POOL'), 'sheet "Pool"'],
    [
      'a table pool',
      (wb: FakeWorkbook) => {
        wb.type('Sheet1', 'A1', 'Mine');
        wb.type('Sheet1', 'A2', 1);
        const t = wb.context().workbook.worksheets.getItem('Sheet1').tables.add('A1:A2', true);
        t.name = 'pool';
      },
      'table Pool',
    ],
    [
      'a name relocationstotal',
      (wb: FakeWorkbook) => wb.context().workbook.names.add('relocationstotal', '=Sheet1!$A$1'),
      'name RelocationsTotal',
    ],
  ])(
    'are clashes: with %s the report goes beside, yours is left alone',
    async (_, setup, clash) => {
      const wb = new FakeWorkbook(['Sheet1']);
      setup(wb);
      const outcome = await write(wb, {});
      expect(outcome).toMatchObject({
        status: 'written',
        clashes: expect.arrayContaining([clash]),
      });
      expect(wb.sheets.has('Pool (2)')).toBe(true);
      expect(wb.tables.has('Pool_2')).toBe(true);
    },
  );
});
