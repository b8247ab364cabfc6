import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { userFolder } from '../../src/cli/pool';
import { writeAll } from '../../src/cli/writeFiles';
import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { loadVintage, seriesOf } from '../../src/data';
import { runCli } from '../helpers/cli';

const run = (folder: string, ...argv: string[]) => runCli(argv, { folder });

const fresh = () => mkdtempSync(join(tmpdir(), 'pact-cli-bad-'));
const oneLine = (text: string) => {
  expect(text.endsWith('\n')).toBe(true);
  expect(text.trimEnd().split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /); // never a stack trace
};

describe('command-line figures are read strictly and used exactly (issue 9)', () => {
  const here = fresh();
  it.each([
    [['--relocations', '1e308'], /--relocations: "1e308" is beyond/],
    [
      ['--relocations', '2.5'],
      /--relocations must be a whole number of persons \(Art\. 12\(2\)\), got "2\.5": write 2 or 3\./,
    ],
    [['--relocations', '0x10'], /"0x10" is written in hexadecimal/],
    [['--relocations', '5 5'], /"5 5" has a space inside/],
    [['--financial', 'Infinity'], /"Infinity" is not a figure/],
    [['--eur-per-relocation', '1e-320'], /too small/],
  ])('%j: exit 2 and one line naming the fix', async (argv, message) => {
    const r = await run(here, '--json', ...argv);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('--financial 1e-300: less than one relocation is refused by the core, in one line', async () => {
    const r = await run(here, '--json', '--financial', '1e-300');
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toBe(
      'pool: The totals give 5.00e-305 relocations at EUR 20,000 each, less than one: give a larger financial total, or the relocation total.\n',
    );
    expect(r.out).toBe('');
  });

  it('--relocations 9e307: the financial total would overflow, refused in one line (exit 1)', async () => {
    const r = await run(here, '--json', '--relocations', '9e307');
    expect(r.code).toBe(1);
    oneLine(r.err);
    expect(r.err).toMatch(/financial total/);
    expect(r.out).toBe('');
  });

  it('a pledges file with a misspelt header: its problem named, not "1 row", exit 1', async () => {
    writeFileSync(join(here, 'typo.csv'), 'code,relocatons\nDE,100\n');
    const r = await run(here, '--pledges', 'typo.csv', '--out', 'typo.xlsx');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^pool: 1 problem in \S*typo\.csv; nothing was written:\n/);
    expect(r.err).toMatch(/Unknown column "relocatons" \(column 2\): did you mean "relocations"\?/);
    expect(existsSync(join(here, 'typo.xlsx'))).toBe(false);
  });

  it('accepts _ between digits, and prints the totals exactly as used', async () => {
    const r = await run(here, '--financial', '123_456_789', '--out', 'exact.xlsx');
    expect(r.code).toBe(0);
    // EUR 123,456,789 / EUR 20,000 = 6,172.83945 relocations: not rounded to 6,173.
    expect(r.out).toMatch(/6,172\.83945 relocations, EUR 123,456,789 /);
  });
});

describe('writing: one line naming the path and the fix, and nothing half-done', () => {
  it('--out /nonexistent/dir/x.xlsx', async () => {
    const r = await run(fresh(), '--out', '/nonexistent/dir/x.xlsx');
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toBe(
      'pool: cannot write /nonexistent/dir/x.xlsx: the folder /nonexistent/dir does not exist: create it first, or choose another --out.\n',
    );
  });

  it('a folder in the way, a dangling link, a file where a folder belongs', async () => {
    const d = fresh();
    mkdirSync(join(d, 'taken.xlsx'));
    symlinkSync(join(d, 'nowhere'), join(d, 'link.xlsx'));
    writeFileSync(join(d, 'notes.txt'), 'a file');
    for (const [out, message] of [
      ['taken.xlsx', /taken\.xlsx: it is a folder: choose a file name ending in \.xlsx/],
      ['link.xlsx', /link\.xlsx: it is a symbolic link \(a link is never replaced\): remove it/],
      ['notes.txt/x.xlsx', /notes\.txt is a file, not a folder: choose another --out/],
    ] as const) {
      const r = await run(d, '--out', out, '--force');
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toMatch(message);
    }
    expect(readdirSync(d).sort()).toEqual(['link.xlsx', 'notes.txt', 'taken.xlsx']);
  });

  it('--share --delegation each --force with one target blocked writes none of the 26 copies', async () => {
    const d = fresh();
    mkdirSync(join(d, 'copy-FR.xlsx'));
    const r = await run(d, '--share', '--delegation', 'each', '--force', '--out', 'copy.xlsx');
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(/copy-FR\.xlsx: it is a folder/);
    expect(readdirSync(d)).toEqual(['copy-FR.xlsx']);
  });

  it('a write that fails midway leaves no file, not even a temporary one', async () => {
    const d = fresh();
    const files = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((name, i) => ({
      path: join(d, name),
      contents: () =>
        i === 2
          ? Promise.reject(Object.assign(new Error('no space left'), { code: 'ENOSPC' }))
          : Promise.resolve(new Uint8Array([1, 2, 3])),
    }));
    await expect(writeAll(files, false)).rejects.toThrow(/no space left/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('a target that appears after the check is not replaced without --force', async () => {
    const d = fresh();
    writeFileSync(join(d, 'b.xlsx'), 'the analyst’s own');
    const files = ['a.xlsx', 'b.xlsx'].map((name) => ({
      path: join(d, name),
      contents: () => Promise.resolve(new Uint8Array([1])),
    }));
    await expect(writeAll(files, false)).rejects.toThrow(
      `cannot write ${join(d, 'b.xlsx')}: the file appeared meanwhile (EEXIST); 1 of 2 written (${join(d, 'a.xlsx')}), the others not.`,
    );
    expect(readFileSync(join(d, 'b.xlsx'), 'utf8')).toBe('the analyst’s own');
    expect(readdirSync(d).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });
});

describe('paths are taken from where the user stands (INIT_CWD), not the package root', () => {
  it('npm sets INIT_CWD to the folder `npm run pool` was typed in', () => {
    const saved = process.env.INIT_CWD;
    try {
      process.env.INIT_CWD = '/home/analyst/round-2026';
      expect(userFolder()).toBe('/home/analyst/round-2026');
      delete process.env.INIT_CWD;
      expect(userFolder()).toBe(process.cwd());
    } finally {
      if (saved === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved;
    }
  });

  it('--pledges and --out are relative to that folder', async () => {
    const d = fresh();
    const sub = join(d, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'mine.csv'), 'code,relocations\nFR,100\n');
    const r = await run(sub, '--pledges', 'mine.csv', '--out', 'pool.xlsx');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Wrote the workbook: ${join(sub, 'pool.xlsx')}:`);
    expect(existsSync(join(sub, 'pool.xlsx'))).toBe(true);
    const missing = await run(d, '--pledges', 'mine.csv', '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(
      `pool: cannot read the pledges file ${join(d, 'mine.csv')}: no such file or folder (ENOENT): ` +
        'check the name (relative names start from the folder you run npm in).\n',
    );
  });
});

it('--version prints the package version', async () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  const r = await run(fresh(), '--version');
  expect(r).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
});

describe('--indicators FILE replaces the series the file holds, validated as in the task pane', () => {
  // The bundled latest population (Eurostat), written as a long CSV an analyst might keep.
  const population = seriesOf(loadVintage('latest'), 'population')!;
  const rows = DEFAULT_PARTICIPANTS.map(
    (code) => `${code},${population.period},${population.observations.get(code)!.value}`,
  );
  const csv = (lines: readonly string[]) => ['geo,year,value', ...lines].join('\n');

  it('carries the file into every table, and computes with it', async () => {
    const d = fresh();
    // Germany's population doubled: a figure that cannot be the bundled one, so its effect shows.
    const de = population.observations.get('DE')!.value;
    writeFileSync(
      join(d, 'pop.csv'),
      csv(rows.map((r) => (r.startsWith('DE,') ? `DE,${population.period},${de * 2}` : r))),
    );
    type Out = { states: { code: string; fairShare: number }[]; sources: { dataset: string }[] };
    const base = (JSON.parse((await run(d, '--json')).out) as Out).states;
    const r = await run(d, '--json', '--indicators', 'population=pop.csv');
    expect(r.err).toBe('');
    const json = (JSON.parse(r.out) as Out).states;
    const share = (rs: typeof json, c: string) => rs.find((x) => x.code === c)!.fairShare;
    expect(share(json, 'DE')).toBeGreaterThan(share(base, 'DE'));

    const w = await run(d, '--indicators', 'population=pop.csv', '--out', 'pool.xlsx');
    expect(w.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, 'pool.xlsx'));
    const texts: string[] = [];
    wb.getWorksheet('Indicators')!.eachRow((row) =>
      row.eachCell((c) => texts.push(String(c.value))),
    );
    expect(texts).toContain('File pop.csv');
    expect(texts).toContain(String(de * 2));
  });

  it('refuses a file with bad rows whole, listing line and column, exit 1, nothing written', async () => {
    const d = fresh();
    writeFileSync(
      join(d, 'pop.csv'),
      csv(rows.map((r) => (r.startsWith('FR,') ? `FR,${population.period},1e999` : r))),
    );
    const r = await run(d, '--indicators', 'population=pop.csv', '--out', 'pool.xlsx');
    expect(r.code).toBe(1);
    const lineOfFr = rows.findIndex((x) => x.startsWith('FR,')) + 2;
    expect(r.err).toMatch(
      new RegExp(
        `^pool: ${join(d, 'pop.csv')}: Population on 1 January \\(long-csv\\): 1 problem; the file is refused whole and nothing was written:\\n  ${join(d, 'pop.csv')}:${lineOfFr}: column value: `,
      ),
    );
    expect(existsSync(join(d, 'pool.xlsx'))).toBe(false);
  });

  it('refuses a population that misses a participant (Annex I needs them all)', async () => {
    const d = fresh();
    writeFileSync(join(d, 'pop.csv'), csv(rows.filter((r) => !r.startsWith('MT,'))));
    const r = await run(d, '--json', '--indicators', 'population=pop.csv');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /has no value for Malta \(MT\): the fair share \(Annex I\) needs every participant/,
    );
  });

  it.each([
    [['pop.csv'], /the file does not say which indicator it holds: write --indicators ID=/],
    [['populaton=pop.csv'], /unknown indicator "populaton": choose population, gdp/],
    [['population:1999=pop.csv'], /the file has no 1999: it holds /],
  ])('--indicators %j: exit 2 naming the fix', async ([spec], message) => {
    const d = fresh();
    writeFileSync(join(d, 'pop.csv'), csv(rows));
    const r = await run(d, '--json', '--indicators', spec!);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(message);
  });

  it('a file of two periods asks which one', async () => {
    const d = fresh();
    writeFileSync(join(d, 'pop.csv'), csv([...rows, rows[0]!.replace(population.period, '1999')]));
    const r = await run(d, '--json', '--indicators', 'population=pop.csv');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(
        `holds 2 periods \\(1999, ${population.period}\\): choose one, e\\.g\\. --indicators population:${population.period}=`,
      ),
    );
  });

  it('a JSON-stat file names its indicator itself (Eurostat demo_pjan: population)', async () => {
    const file = join(__dirname, '../fixtures/eurostat/demo_pjan_jsonstat_real.json');
    const d = fresh();
    const ask = await run(d, '--json', '--indicators', file);
    expect(ask.code).toBe(2);
    expect(ask.err).toMatch(/choose one, e\.g\. --indicators population:2024=/);
    const r = await run(d, '--indicators', `population:2024=${file}`, '--out', 'pool.xlsx');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/with 1 replaced series/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, 'pool.xlsx'));
    const texts: string[] = [];
    wb.getWorksheet('Indicators')!.eachRow((row) =>
      row.eachCell((c) => texts.push(String(c.value))),
    );
    // The file's own dataset and release (its "updated"), not the bundled data's.
    expect(texts).toContain('Eurostat demo_pjan');
    expect(texts).toContain('2026-08-14');
  });

  it('notes the rows it skipped (an EU aggregate), on stdout, or on stderr beside --json', async () => {
    // The bundled temporary-protection series with Eurostat's EU total row, as extracts have it.
    const tp = seriesOf(loadVintage('latest'), 'temporaryProtection')!;
    const lines = [...tp.observations.values()].map((o) => `${o.code},${tp.period},${o.value}`);
    const d = fresh();
    writeFileSync(join(d, 'tp.csv'), csv([...lines, `EU27_2020,${tp.period},1`]));
    const spec = 'temporaryProtection=tp.csv';
    const w = await run(d, '--indicators', spec, '--out', 'pool.xlsx');
    expect(w.code).toBe(0);
    expect(w.out).toContain(`Note: ${join(d, 'tp.csv')}: 1 row skipped or left as gaps:`);
    expect(w.out).toMatch(/EU27_2020 is not a state/);
    const j = await run(d, '--json', '--indicators', spec);
    expect(j.code).toBe(0);
    expect(() => JSON.parse(j.out) as unknown).not.toThrow();
    expect(j.err).toMatch(/^Note: .*tp\.csv: 1 row skipped/);
  });

  it('two files for one indicator are refused', async () => {
    const d = fresh();
    writeFileSync(join(d, 'pop.csv'), csv(rows));
    const r = await run(
      d,
      '--json',
      '--indicators',
      'population=pop.csv',
      '--indicators',
      'population=pop.csv',
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/two files for population/);
  });
});
