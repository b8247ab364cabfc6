import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MARKINGS } from '../../src/report';
import { runCli } from '../helpers/cli';
import { EXAMPLE_PLEDGES } from '../helpers/pledging';

const run = (...argv: string[]) => runCli(argv, { now: new Date('2026-11-24T12:00:00Z') });
const dir = mkdtempSync(join(tmpdir(), 'pact-cli-share-'));
/** The 2026 pool as adopted (Art. 57(1)), compared with the 2027 proposal (no Council act). */
const ADOPTED_AGAINST_PROPOSAL = ['--scenario', '2026-council', '--compare', '2027-proposal'];

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every text a reader of the copy sees, sheet by sheet. */
function textsOf(wb: ExcelJS.Workbook): string {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') out.push(c.value);
      }),
    ),
  );
  return out.join('\n');
}

describe('npm run pool -- --share makes the copy the task pane makes (issue 16)', () => {
  jest.setTimeout(120_000);

  it('the adopted 2026 pool compared with the 2027 proposal: Compare left out and said why, the marking public, scenarios in words', async () => {
    const out = join(dir, 'adopted.xlsx');
    const r = await run(
      '--share',
      ...ADOPTED_AGAINST_PROPOSAL,
      '--pledges',
      EXAMPLE_PLEDGES,
      '--out',
      out,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const wb = await open(out);
    const sheets = wb.worksheets.map((w) => w.name);
    // Art. 12(6): the 2027 proposal is not public; the comparison stays out unless asked for.
    expect(sheets).not.toContain('Compare');
    expect(sheets[0]).toBe('Read me');
    expect(r.out).toContain(`In the copy: Read me, ${sheets.slice(1).join(', ')}.`);
    expect(r.out).toContain(
      'Left out: Compare: it compares with 2027 Commission proposal at the minima, which has no Council act: a Commission proposal is not public until the Council adopts its implementing act (Art. 12(6)); add --share-compare to put it in.',
    );
    // Art. 57(1): the Council adopted the 2026 pool, the only scenario in the copy: public.
    expect(wb.getWorksheet('Read me')?.getCell('A1').value).toBe(MARKINGS.public);
    expect(r.out).toContain(`Marking: “${MARKINGS.public}” (follows the stage`);
    const texts = textsOf(wb);
    expect(texts).toContain('2026 pool as adopted by the Council');
    expect(texts).not.toMatch(/\b2026-council\b|\b2027-proposal\b|\b2026-reference\b/);
    expect(texts).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('--share-compare puts Compare in, and the marking follows its proposal: classified', async () => {
    const out = join(dir, 'with-compare.xlsx');
    const r = await run('--share', '--share-compare', ...ADOPTED_AGAINST_PROPOSAL, '--out', out);
    expect(r.code).toBe(0);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Compare');
    expect(r.out).not.toContain('Left out:');
    expect(wb.getWorksheet('Read me')?.getCell('A1').value).toBe(MARKINGS.classified);
    // The Compare sheet's columns name the scenarios as the pane does, not by their ids.
    expect(textsOf(wb)).not.toMatch(/\b2027-proposal\b/);
  });

  it('refuses --share-compare without --share and --compare, in one line with exit code 2', async () => {
    const r = await run('--share', '--share-compare');
    expect([r.code, r.err]).toEqual([
      2,
      'pool: --share-compare goes with --share and --compare.\n',
    ]);
  });
});
