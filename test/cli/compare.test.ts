import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadVintage, seriesOf } from '../../src/data';
import { runCli } from '../helpers/cli';

const run = (...argv: string[]) => runCli(argv);

interface Figures {
  fairShare: number;
  relocations: number;
  financialEur: number;
  effectiveFinancialEur: number;
}
interface CompareOutput {
  states: { code: string; relocations: number }[];
  compare: {
    a: { name: string; data: string; relocations: number; findings: string; caveats: string[] };
    b: { name: string; data: string; relocations: number; findings: string };
    states: {
      code: string;
      a: Figures | null;
      b: Figures | null;
      change: (Figures & { fairSharePoints: number }) | null;
    }[];
    totals: { a: Figures; b: Figures; change: Figures };
  };
}

describe('npm run pool -- --compare', () => {
  it('gives France’s 2026 relocations as the Council’s 3,361 of 21,000', async () => {
    const { code, out } = await run('--json', '--scenario', '2026-council');
    expect(code).toBe(0);
    const rows = (JSON.parse(out) as { states: { code: string; relocations: number }[] }).states;
    expect(Math.round(rows.find((r) => r.code === 'FR')!.relocations)).toBe(3_361);
  });

  it('prints the comparison with --json: each scenario, then per state A, B and B − A', async () => {
    const { code, out } = await run(
      '--json',
      '--scenario',
      '2027-proposal',
      '--compare',
      '2026-council',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as CompareOutput;
    expect(json.states).toHaveLength(26);
    const { a, b, states, totals } = json.compare;
    expect([a.name, a.data, a.relocations]).toEqual([
      '2027-proposal',
      'first-estimates-2026',
      30_000,
    ]);
    expect([b.name, b.data, b.relocations]).toEqual(['2026-council', '2026-reference', 21_000]);
    expect(a.findings).toMatch(/as a default for the Commission findings for 2027/);
    expect(a.caveats.join(' ')).toMatch(/GDP 2025 is not bundled/);
    const fr = states.find((s) => s.code === 'FR')!;
    expect(Math.round(fr.b!.relocations)).toBe(3_361);
    // Schema 3: the change from A to B, B − A.
    expect(fr.change!.relocations).toBeCloseTo(fr.b!.relocations - fr.a!.relocations, 9);
    expect(fr.change!.fairSharePoints).toBeCloseTo((fr.b!.fairShare - fr.a!.fairShare) * 100, 12);
    expect(totals.change.relocations).toBeCloseTo(-9_000, 6);
    expect(totals.change.financialEur).toBeCloseTo(-180_000_000, 1);
  });

  it('writes a Compare sheet and says what differs from the Commission’s inputs', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pact-cli-compare-')), 'c.xlsx');
    const r = await run('--scenario', '2027-proposal', '--compare', '2026-council', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Note: GDP 2025 is not bundled/);
    expect(r.out).toMatch(/Note: The Commission’s findings for 2027 .* stand in, as a default/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Compare');
    expect(
      Object.keys((wb.getWorksheet('Compare') as unknown as { tables: object }).tables).sort(),
    ).toEqual(['Compare', 'CompareB']);
  });

  it('leaves out the preset’s caveats once a series is replaced from a file: they describe its own data', async () => {
    // 2027-proposal's caveat says GDP 2024 stands in for 2025: not so once a GDP file is loaded.
    const gdp = seriesOf(loadVintage('first-estimates-2026'), 'gdp')!;
    const folder = mkdtempSync(join(tmpdir(), 'pact-cli-compare-'));
    const file = join(folder, 'gdp.csv');
    writeFileSync(
      file,
      ['geo,year,value', ...[...gdp.observations].map(([c, o]) => `${c},2025,${o.value}`)].join(
        '\n',
      ),
    );
    const own = await run('--json', '--scenario', '2027-proposal', '--compare', '2026-council');
    expect((JSON.parse(own.out) as CompareOutput).compare.a.caveats).not.toEqual([]);
    const r = await run(
      '--json',
      '--scenario',
      '2027-proposal',
      '--indicators',
      `gdp=${file}`,
      '--compare',
      '2026-council',
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as CompareOutput).compare.a.caveats).toEqual([]);
  });

  it('refuses a name that is not a preset, in one line with exit code 2', async () => {
    const r = await run('--compare', 'my-saved-scenario');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'pool: Unknown scenario "my-saved-scenario" for --compare: choose 2026-proposal, 2026-council, ' +
        '2027-proposal, latest (saved scenarios live in a workbook: the task pane compares those).\n',
    );
  });
});
