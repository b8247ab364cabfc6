import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE_PLEDGES } from '../helpers/pledging';
import { runCli } from '../helpers/cli';

const run = (...argv: string[]) => runCli(argv, { now: new Date('2026-11-24T12:00:00Z') });

const dir = mkdtempSync(join(tmpdir(), 'pact-cli-'));

describe('npm run pool', () => {
  it('prints the pool as JSON with code, name, fairShare, relocations and financialEur', async () => {
    const { code, out } = await run('--json', '--scenario', '2026-proposal');
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      schema: number;
      states: {
        code: string;
        name: string;
        fairShare: number;
        relocations: number;
        financialEur: number;
      }[];
    };
    expect(json.schema).toBe(3);
    const rows = json.states;
    expect(rows).toHaveLength(26);
    const de = rows.find((r) => r.code === 'DE')!;
    expect(de.name).toBe('Germany');
    expect(de.relocations).toBeCloseTo(de.fairShare * 30_000, 9);
    expect(de.financialEur).toBeCloseTo(de.fairShare * 600_000_000, 4);
    expect(rows.reduce((a, r) => a + r.fairShare, 0)).toBeCloseTo(1, 12);
  });

  it('expresses the Council’s 2026 totals', async () => {
    const rows = (
      JSON.parse((await run('--json', '--scenario', '2026-council')).out) as {
        states: { code: string; relocations: number; financialEur: number }[];
      }
    ).states;
    expect(rows.reduce((a, r) => a + r.relocations, 0)).toBeCloseTo(21_000, 6);
    expect(rows.reduce((a, r) => a + r.financialEur, 0)).toBeCloseTo(420_000_000, 1);
    // On the data of 11 July 2025: France 3,361 as published; Germany 4,554 (published 4,555).
    expect(Math.round(rows.find((r) => r.code === 'FR')!.relocations)).toBe(3_361);
    expect(Math.round(rows.find((r) => r.code === 'DE')!.relocations)).toBe(4_554);
  });

  it('keeps the ratio when one total is given, and takes both when both are', async () => {
    const one = (
      JSON.parse((await run('--json', '--relocations', '45000')).out) as {
        states: { financialEur: number }[];
      }
    ).states;
    expect(one.reduce((a, r) => a + r.financialEur, 0)).toBeCloseTo(900_000_000, 1);
    const both = (
      JSON.parse(
        (await run('--json', '--relocations', '45000', '--financial', '500000000')).out,
      ) as {
        states: { financialEur: number }[];
      }
    ).states;
    expect(both.reduce((a, r) => a + r.financialEur, 0)).toBeCloseTo(500_000_000, 1);
  });

  it('writes a workbook with the five sheets, and never overwrites one without --force', async () => {
    const out = join(dir, 'pool.xlsx');
    const first = await run('--out', out);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /^Wrote .*pool\.xlsx: 26 states, 30,000 relocations, EUR 600,000,000/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Indicators',
      'Fair share',
      'Pool',
      'Pressure',
      'Methodology',
    ]);

    writeFileSync(out, 'the analyst’s own file');
    const second = await run('--out', out);
    expect(second.code).toBe(2);
    expect(second.err).toBe(
      `pool: ${out} exists: choose another --out, or add --force to replace it.\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('the analyst’s own file');
    expect((await run('--out', out, '--force')).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });

  it.each([
    [['--bogus'], "pool: Unknown option '--bogus' (see --help).\n"],
    [
      ['--scenario', 'x'],
      'pool: Unknown scenario "x": choose 2026-proposal, 2026-council, 2027-proposal, latest.\n',
    ],
    [
      ['--relocations', 'abc'],
      'pool: --relocations: "abc" is not a number: write digits only, with a dot for decimals.\n',
    ],
    [['--financial=-1'], 'pool: --financial must be a number above zero, got "-1".\n'],
    [['--relocations', '0'], 'pool: --relocations must be a number above zero, got "0".\n'],
    [['--out', 'x.csv'], 'pool: --out must name an .xlsx file, got "x.csv".\n'],
    [
      ['--data', 'old'],
      'pool: Unknown data "old": choose 2026-reference, latest, first-estimates-2026, population-2024-pjan.\n',
    ],
  ])('refuses %j with a one-line message and exit code 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message);
    expect(r.out).toBe('');
  });

  it('adds the pledging round and prints its consequences', async () => {
    const out = join(dir, 'pledges.xlsx');
    const r = await run('--scenario', '2026-council', '--pledges', EXAMPLE_PLEDGES, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pledges: the file pledges-2026-illustrative\.csv/);
    expect(r.out).toMatch(
      /Art\. 63\(1\): 7,916 relocation pledges, below 15,000 \(50 % of the Commission proposal's 30,000\)/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Indicators',
      'Fair share',
      'Pool',
      'Pressure',
      'Pledges',
      'Balance',
      'Methodology',
    ]);
    const json = JSON.parse(
      (await run('--json', '--scenario', '2026-council', '--pledges', EXAMPLE_PLEDGES)).out,
    ) as {
      states: { code: string; deduction: number; position: string; notObligedBecause: string }[];
    };
    // Art. 60(3): a fully deducted or benefitting state is "not obliged", never "meets" or "surplus".
    expect(json.states.find((x) => x.code === 'AT')).toMatchObject({
      deduction: 1,
      position: 'not-obliged',
      notObligedBecause: 'full-deduction-62',
    });
    expect(json.states.find((x) => x.code === 'EL')).toMatchObject({
      position: 'not-obliged',
      notObligedBecause: 'benefitting-58-1',
    });
  });

  it('refuses a pledges file with bad rows, listing each, and writes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'code,relocations\nFR,abc\nUK,3\n');
    const out = join(dir, 'never.xlsx');
    const r = await run('--pledges', bad, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `pool: 2 problems in ${bad}; nothing was written:\n` +
        `  ${bad}:2: FR, column relocations: "abc" is not a number: write digits only, with a dot for decimals.\n` +
        `  ${bad}:3: UK, column code: "UK" is not a state code: use a Eurostat code such as DE, or EL for Greece.\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('writes a copy for delegations, and one per delegation', async () => {
    const out = join(dir, 'shared.xlsx');
    expect(
      (
        await run(
          '--share',
          '--pledges',
          EXAMPLE_PLEDGES,
          '--marking',
          'RESTREINT UE',
          '--out',
          out,
        )
      ).code,
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]?.name).toBe('Read me');
    expect(wb.getWorksheet('Pool')?.getCell('A1').value).toBe('RESTREINT UE');
    const each = await run('--share', '--delegation', 'each', '--out', join(dir, 'copy.xlsx'));
    expect(each.out).toMatch(/^Wrote 26 copies for delegations: .*copy-BE\.xlsx/);
    expect(existsSync(join(dir, 'copy-SE.xlsx'))).toBe(true);
    expect((await run('--share', '--delegation', 'DK')).err).toBe(
      'pool: --delegation DK is not a participating state.\n',
    );
    expect((await run('--delegation', 'FR')).err).toBe(
      'pool: --delegation and --marking go with --share.\n',
    );
  });

  it('runs as the README says, through npm', () => {
    const out = join(dir, 'npm.xlsx');
    const r = spawnSync(
      'npm',
      ['run', '--silent', 'pool', '--', '--out', out, '--scenario', '2026-council'],
      {
        cwd: join(__dirname, '../..'),
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stdout).toMatch(/21,000 relocations, EUR 420,000,000 \(scenario 2026-council/);
  }, 30_000);
});
