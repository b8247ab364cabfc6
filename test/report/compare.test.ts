import { findPreset } from '../../src/data';
import { compareScenarios, computeCompared, delegationCopy, isFormula } from '../../src/report';
import { generateReport } from '../../src/excel';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeStore } from '../fakes/fakeServices';
import { compareReport, presetCompareWith, presetReport } from '../helpers/reports';

describe('compareScenarios', () => {
  it('gives A, B and the change from A to B (B − A) per state, and the totals', () => {
    const c = compareScenarios(
      computeCompared(presetCompareWith('2027-proposal')),
      computeCompared(presetCompareWith('2026-council')),
    );
    expect(c.rows).toHaveLength(26);
    const de = c.rows.find((r) => r.code === 'DE')!;
    expect(de.name).toBe('Germany');
    expect(de.change!.relocations).toBeCloseTo(de.b!.relocations - de.a!.relocations, 9);
    expect(c.totals.a.relocations).toBeCloseTo(30_000, 6);
    expect(c.totals.b.relocations).toBeCloseTo(21_000, 6);
    // From 30,000 (2027 proposal) to 21,000 (2026 as adopted): the pool falls by 9,000.
    expect(c.totals.change.relocations).toBeCloseTo(-9_000, 6);
    expect(c.totals.change.financialEur).toBeCloseTo(-180_000_000, 1);
    expect(c.a.dataId).toBe('first-estimates-2026');
    expect(c.a.population).toMatch(/^Population on 1 January 2026/);
    expect(c.b.population).toMatch(
      /first release, rounded to the nearest 100, release 2025-07-11$/,
    );
    expect(c.a.underPressure).toEqual(['EL', 'ES', 'IT', 'CY']);
    expect(c.a.categoriesSource).toMatch(/default for the Commission findings for 2027/);
  });

  it('shows a deduction in the effective contribution only (Art. 61, 62)', () => {
    const c = compareScenarios(
      computeCompared(
        presetCompareWith('2026-council', {
          deductions: [{ code: 'AT', share: 0.5, article: 62 }],
        }),
      ),
      computeCompared(presetCompareWith('2026-council')),
    );
    const it = c.rows.find((r) => r.code === 'AT')!;
    expect(it.change!.relocations).toBe(0);
    // From A (half deducted) to B (no deduction): B holds the half A deducted.
    expect(it.change!.effectiveFinancialEur).toBeCloseTo(it.b!.financialEur / 2, 4);
    expect(
      c.rows.filter((r) => r.code !== 'AT').every((r) => r.change!.effectiveRelocations === 0),
    ).toBe(true);
  });

  it('keeps a state in one scenario only without a change, rather than as zero', () => {
    const fewer = findPreset('2026-council').scenario.participants.filter((c) => c !== 'HU');
    const c = compareScenarios(
      computeCompared(presetCompareWith('2026-council', { participants: fewer })),
      computeCompared(presetCompareWith('2026-council')),
    );
    const hu = c.rows.find((r) => r.code === 'HU')!;
    expect(hu.a).toBeUndefined();
    expect(hu.b!.fairShare).toBeGreaterThan(0);
    expect(hu.change).toBeUndefined();
    expect(c.rows.at(-1)!.code).toBe('HU');
  });
});

describe('the Compare sheet in the report', () => {
  const report = presetReport('2027-proposal');
  it('is added only when asked, after the Pool sheet', () => {
    expect(report.spec.sheets.map((s) => s.name)).not.toContain('Compare');
  });

  it('keeps sums over the pool as values in one delegation’s copy', () => {
    const r = compareReport('2027-proposal', '2026-council');
    expect(r.spec.sheets.map((s) => s.name).slice(2, 4)).toEqual(['Pool', 'Compare']);
    const copy = delegationCopy(r.spec, { state: 'FR' });
    const sheet = copy.sheets.find((s) => s.name === 'Compare')!;
    const tables = sheet.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    const scenarios = tables.find((t) => t.name === 'CompareScenarios')!;
    // Relocation totals and effective pools depend on every state: values in a one-state copy.
    expect(scenarios.rows.every((row) => !isFormula(row[1]) && !isFormula(row[2]))).toBe(true);
    const compare = tables.find((t) => t.name === 'Compare')!;
    expect(compare.rows.map((row) => row[0])).toEqual(['FR']);
  });
});

describe('the pane’s writer (Office.js) with a Compare sheet', () => {
  it('writes the Compare sheet, its three tables and the chart of the change with no extra code', async () => {
    const wb = new FakeWorkbook(['Sheet1']);
    const spec = compareReport('2027-proposal', '2026-council').spec;
    const outcome = await generateReport(spec, {
      run: wb.run,
      store: fakeStore(wb),
    });
    expect(outcome).toMatchObject({ status: 'written', syncs: 3 });
    expect([...wb.sheets.keys()]).toContain('Compare');
    expect([...wb.tables.keys()]).toEqual(expect.arrayContaining(['Compare', 'CompareB']));
    // The scenarios summary holds a different formula per row: a plain range, not a table.
    expect(wb.tables.has('CompareScenarios')).toBe(false);
    const fr = wb.tableRows('Compare').find((r) => r[0] === 'FR')!;
    expect(fr[1]).toBe('France');
    const chart = wb.sheets.get('Compare')!.charts[0]!;
    expect(chart.title).toMatch(
      /^Change in fair-share relocations from 2027-proposal to 2026-council/,
    );
    // The columns are named after both scenarios, not "A" and "B".
    expect(wb.tableRows('Compare')[0]!.slice(5, 7)).toEqual([
      'Relocations, 2027-proposal',
      'Relocations, 2026-council',
    ]);
    // The chart draws the Compare table's "Relocations change" column (H) against the states (B).
    expect(wb.tableRows('Compare')[0]![7]).toBe('Relocations change');
    expect((chart as unknown as { source: string }).source).toMatch(/^Compare!H\d+:H\d+$/);
    expect(chart.series[0]!.xValues).toMatch(/^Compare!B\d+:B\d+$/);
  });
});
