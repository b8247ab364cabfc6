import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { EXAMPLE_IMPLEMENTATION, EXAMPLE_NEEDS } from '../helpers/implementation';
import { EXAMPLE_PLEDGES } from '../helpers/pledging';

const run = (...argv: string[]) => runCli(argv, { now: new Date('2026-11-24T12:00:00Z') });
const dir = mkdtempSync(join(tmpdir(), 'pact-cli-implementation-'));
const withExample = [
  '--scenario',
  '2026-council',
  '--pledges',
  EXAMPLE_PLEDGES,
  '--implementation',
  EXAMPLE_IMPLEMENTATION,
  '--needs',
  EXAMPLE_NEEDS,
];

interface StateJson {
  code: string;
  relocationsImplemented: number;
  relocationsRemaining: number;
  financialTransferredEur: number;
  yearEndOffsets: number;
}

describe('npm run pool --implementation', () => {
  it('adds an implementation part to --json, per state with the relocations implemented and remaining, the money transferred and the Art. 63(5) offsets', async () => {
    const { code, out } = await run(...withExample, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { implementation: { year: number; states: StateJson[] } };
    expect(json.implementation.year).toBe(2026);
    const de = json.implementation.states.find((s) => s.code === 'DE')!;
    // 400 + 50 + 300 + 100 relocated (with the 2027 record: relocations continue, Art. 67(12)),
    // 1,200 offsets instead (Art. 63(1)): 4,555 − 2,050 = 2,505 relocations remain.
    expect(de).toMatchObject({
      relocationsImplemented: 850,
      relocationsRemaining: 2505,
      financialTransferredEur: 5_000_000,
      yearEndOffsets: 2505,
    });
    expect(json.implementation.states.find((s) => s.code === 'FR')!.yearEndOffsets).toBe(0);
  });

  it('takes the scenario’s findings of systemic shortcomings (Art. 60(3)) and SAR percentage (Art. 12(5)) into the checks and the distribution', async () => {
    const { code, out } = await run(
      ...withExample,
      '--systemic-shortcomings',
      'CY',
      '--sar-percent',
      '25',
      '--json',
    );
    expect(code).toBe(0);
    const impl = (
      JSON.parse(out) as {
        implementation: {
          sarShare: number;
          records: { benefitting: string | null; findings: { code: string }[] }[];
          distribution: { code: string; type: string; eligible: boolean; proposal: number }[];
          benefitting: { code: string; yearEndOffsetsItMayRequest: number }[];
        };
      }
    ).implementation;
    expect(impl.sarShare).toBe(0.25);
    const towardsCyprus = impl.records.filter((r) => r.benefitting === 'CY');
    expect(towardsCyprus).toHaveLength(3);
    for (const r of towardsCyprus)
      expect(r.findings.map((f) => f.code)).toContain('towards-systemic-shortcomings');
    expect(impl.distribution.find((d) => d.code === 'CY' && d.type === 'relocation')).toMatchObject(
      {
        eligible: false,
        proposal: 0,
      },
    );
    expect(impl.benefitting.find((b) => b.code === 'CY')!.yearEndOffsetsItMayRequest).toBe(0);
  });

  it('writes the Implementation sheet after Balance', async () => {
    const path = join(dir, 'implementation.xlsx');
    const { code } = await run(...withExample, '--out', path);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.indexOf('Implementation')).toBe(names.indexOf('Balance') + 1);
  });

  it('refuses a records file with a problem, naming its line and column, and writes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'date,contributing,benefitting,type,persons,eur,note\n2026-13-01,DE,IT,relocation,5,,\n',
    );
    const { code, err } = await run(
      '--pledges',
      EXAMPLE_PLEDGES,
      '--implementation',
      bad,
      '--out',
      join(dir, 'never.xlsx'),
    );
    expect(code).toBe(1);
    expect(err).toContain(`${bad}:2: column date: 2026-13-01 is not a day of the calendar`);
  });

  it('asks for the pledges the records are checked against', async () => {
    const { code, err } = await run('--implementation', EXAMPLE_IMPLEMENTATION);
    expect(code).toBe(2);
    expect(err).toMatch(/--implementation needs --pledges/);
  });
});
