import { presetReport } from '../helpers/reports';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Pledge } from '../../src/core';
import {
  BAL,
  delegationCopy,
  PLEDGE,
  type PledgingRound,
  type PoolReport,
  type WorkbookSpec,
} from '../../src/report';
import { ART63_REQUEST, POSITION_TEXT } from '../../src/report/roundWords';
import { toExcelJs, toXlsxBuffer } from '../../src/xlsx';
import { recalculate } from '../helpers/libreoffice';
import { examplePledging } from '../helpers/pledging';
import { closeTo, errorCells, formulaCells, readWorkbook, shown } from '../helpers/workbookReader';

const POISON = -424_242;

const council = (pledging: PledgingRound): PoolReport => presetReport('2026-council', {}, pledging);

/** Rows of a table in a read workbook, by the header texts of its first row. */
function tableRows(wb: ExcelJS.Workbook, sheet: string, firstHeader: string) {
  const ws = wb.getWorksheet(sheet)!;
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.getCell(1).value === firstHeader && row.getCell(2).value === 'State')
      header = n;
  });
  const names: string[] = [];
  ws.getRow(header).eachCell((c, i) => (names[i] = String(c.value)));
  const rows: { row: number; get: (column: string) => ReturnType<typeof shown> }[] = [];
  for (
    let r = header + 1;
    typeof ws.getCell(r, 1).value === 'string' && ws.getCell(r, 1).value !== 'Total';
    r += 1
  ) {
    rows.push({ row: r, get: (column) => shown(ws.getCell(r, names.indexOf(column))) });
  }
  return { ws, rows, column: (name: string) => names.indexOf(name) };
}

/** Types new pledges into a workbook's Pledges table, as a delegation would. */
function typePledges(
  wb: ExcelJS.Workbook,
  edits: Record<string, Partial<Record<string, number>>>,
): void {
  const t = tableRows(wb, 'Pledges', PLEDGE.code);
  for (const r of t.rows) {
    const code = String(t.ws.getCell(r.row, 1).value);
    for (const [column, value] of Object.entries(edits[code] ?? {}))
      t.ws.getCell(r.row, t.column(column)).value = value ?? null;
  }
}

describe('the pledging round and delegation copies, recalculated by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pact-pledging-'));
  const example = examplePledging();
  const report = council(example);
  const copies: Record<string, WorkbookSpec> = {
    workbook: report.spec,
    shared: delegationCopy(report.spec),
    france: delegationCopy(report.spec, {
      state: 'FR',
      marking: 'LIMITED: for the French delegation',
    }),
  };
  // A delegation edits pledges in the shared copy: France raises its relocations, the Netherlands
  // pledges money, and Belgium offers responsibility offsets.
  const edits = {
    FR: { [PLEDGE.relocations]: 6_000 },
    NL: { [PLEDGE.financial]: 100_000_000 },
    BE: { [PLEDGE.offsets]: 250 },
  };
  const editedPledges: Pledge[] = [
    ...example.pledges.filter((p) => p.code !== 'FR'),
    { code: 'FR', relocations: 6_000, financialEur: 0, alternativeEur: 0, offsets: 0 },
    { code: 'NL', relocations: 0, financialEur: 100_000_000, alternativeEur: 0, offsets: 0 },
    { code: 'BE', relocations: 0, financialEur: 0, alternativeEur: 0, offsets: 250 },
  ];
  // The core's workbook for the edited round: what the shared copy must show once recalculated.
  const expected = council({ ...example, pledges: editedPledges });
  const read: Record<string, ExcelJS.Workbook> = {};

  beforeAll(async () => {
    const inputs: string[] = [];
    for (const [name, spec] of Object.entries(copies)) {
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, await toXlsxBuffer(spec, { cachedResults: { poison: POISON } }));
      inputs.push(path);
    }
    for (const name of ['shared', 'france'] as const) {
      const wb = toExcelJs(copies[name]!, { cachedResults: { poison: POISON } });
      typePledges(wb, name === 'france' ? { FR: edits.FR } : edits);
      const path = join(dir, `${name}-edited.xlsx`);
      await wb.xlsx.writeFile(path);
      inputs.push(path);
    }
    const outputs = recalculate(inputs);
    const names = [...Object.keys(copies), 'shared-edited', 'france-edited'];
    for (let i = 0; i < names.length; i += 1) read[names[i]!] = await readWorkbook(outputs[i]!);
  }, 120_000);

  it.each(['workbook', 'shared', 'france'])(
    '%s: every formula cell equals the core, no error anywhere',
    (name) => {
      const checks = formulaCells(copies[name]!, read[name]!);
      expect(checks.filter((c) => !closeTo(c.actual ?? '', c.expected)).slice(0, 5)).toEqual([]);
      expect(checks.some((c) => c.actual === POISON)).toBe(false);
      expect(errorCells(read[name]!)).toEqual([]);
    },
  );

  it('shows the marking on every sheet of a copy, with a Read me sheet first', () => {
    const wb = read.france!;
    expect(wb.worksheets[0]?.name).toBe('Read me');
    for (const ws of wb.worksheets)
      expect(ws.getCell('A1').value).toBe('LIMITED: for the French delegation');
    // A copy made without the scenarios' stages takes the safe default: Art. 12(6), the proposal
    // "shall be classified 'RESTREINT UE/EU RESTRICTED'" until the Council's act.
    expect(String(read.shared!.getWorksheet('Pool')!.getCell('A1').value)).toMatch(
      /^RESTREINT UE\/EU RESTRICTED: holds a Commission proposal, not public until the Council adopts/,
    );
  });

  it('holds only France’s lines in France’s copy', () => {
    const pool = tableRows(read.france!, 'Pool', 'Code');
    expect(pool.rows.map((r) => pool.ws.getCell(r.row, 1).value)).toEqual(['FR']);
  });

  it('recalculates the balance of edited pledges in the shared copy exactly as the core', () => {
    const checks = formulaCells(delegationCopy(expected.spec), read['shared-edited']!);
    expect(checks.length).toBeGreaterThan(26 * 20);
    expect(checks.filter((c) => !closeTo(c.actual ?? '', c.expected)).slice(0, 5)).toEqual([]);
    // Art. 63(1): "equal to or above 50 % of the number indicated in the Commission proposal": 4,555 +
    // 6,000 = 10,555 reaches 50 % of the Council's 21,000 but not 50 % of the proposal's 30,000.
    const round = expected.assessment;
    expect([round.art63.request.pledges, round.art63.request.threshold]).toEqual([10_555, 15_000]);
    expect(round.art63.request.met).toBe(false);
    const ws = read['shared-edited']!.getWorksheet('Balance')!;
    const texts: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(shown(cell))));
    expect(texts).toContain(round.art63.request.met ? ART63_REQUEST.met : ART63_REQUEST.notMet);
  });

  it('recalculates France’s own line in France’s copy when France edits its pledge', () => {
    const balance = tableRows(read['france-edited']!, 'Balance', BAL.code);
    const fr = balance.rows[0]!;
    const want = expected.assessment.states.find((x) => x.code === 'FR')!;
    expect(fr.get(BAL.pledged)).toBeCloseTo(6_000 * 20_000, 3);
    expect(fr.get(BAL.balance)).toBeCloseTo(want.balanceEur!, 3);
    expect(fr.get(BAL.position)).toBe(POSITION_TEXT.surplus);
  });
});
