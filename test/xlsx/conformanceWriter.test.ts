/**
 * What the conformance gate's fixes change for a user of the written files (issue 8): the writer
 * refuses what Excel would repair, and the fixed files read as intended.
 */
import ExcelJS from 'exceljs';
import { parsePoolArgs, UsageError } from '../../src/cli/args';
import {
  buildPoolReport,
  delegationCopy,
  HEADER_FOOTER_LIMIT,
  MARKING_LIMIT,
  type WorkbookSpec,
} from '../../src/report';
import { toXlsxBuffer } from '../../src/xlsx';
import { examplePledging } from '../helpers/pledging';
import { presetCompareWith, presetInput, presetReport } from '../helpers/reports';

async function read(spec: WorkbookSpec) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toXlsxBuffer(spec)) as unknown as ArrayBuffer);
  return wb;
}

const latest = () => presetReport('latest', {}, examplePledging()).spec;

describe('a marking too long for a printed page', () => {
  it('is refused, and the message names Excel’s limit and what to cut', () => {
    const marking = 'x'.repeat(MARKING_LIMIT + 5);
    expect(() => delegationCopy(latest(), { marking })).toThrow(
      `Excel allows ${HEADER_FOOTER_LIMIT} characters in a page header or footer, which leaves ${MARKING_LIMIT} for the marking`,
    );
    expect(() => delegationCopy(latest(), { marking })).toThrow('Shorten it by 5 characters.');
  });

  it('counts an & twice, as the page header writes it', () => {
    expect(() => delegationCopy(latest(), { marking: '&'.repeat(MARKING_LIMIT / 2 + 1) })).toThrow(
      /this one takes \d+/,
    );
  });

  it('is refused by the command line before anything is computed', () => {
    const argv = ['--share', '--marking', 'y'.repeat(300)];
    expect(() => parsePoolArgs(argv)).toThrow(UsageError);
    expect(() => parsePoolArgs(argv)).toThrow(/--marking: .*255 characters/);
  });

  it('at the limit, prints in full in the header and the footer of every sheet', async () => {
    const marking = `R&D ${'m'.repeat(MARKING_LIMIT)}`.slice(0, MARKING_LIMIT - 1);
    const wb = await read(delegationCopy(latest(), { marking }));
    for (const ws of wb.worksheets) {
      expect(ws.headerFooter.oddHeader).toBe(`&C&B${marking.replace('&', '&&')}`);
      expect(ws.headerFooter.oddHeader!.length).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
      expect(ws.headerFooter.oddFooter!.length).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
    }
  });
});

describe('a number a workbook cannot hold', () => {
  // The core refuses such results first (a pledge of 1e308); the writer is the last guard.
  const spec = (sheet: WorkbookSpec['sheets'][number]): WorkbookSpec => ({
    sheets: [sheet],
    names: [],
    properties: {
      title: 't',
      subject: 's',
      generatedAt: '2026-11-24T12:00:00.000Z',
      toolVersion: 'test',
    },
  });

  it('is refused with the table cell it was meant for, never written as <v>Infinity</v>', async () => {
    const table = {
      name: 'Balance',
      totalsRow: false,
      columns: [
        { header: 'Code', role: 'label' as const },
        { header: 'Balance (EUR)', role: 'computed' as const },
      ],
      rows: [['DE', { formula: '1E308*10', expected: Number.POSITIVE_INFINITY }]],
    };
    await expect(
      toXlsxBuffer(spec({ name: 'Balance', freezeRows: 1, blocks: [{ kind: 'table', table }] })),
    ).rejects.toThrow(
      'Balance!B2 (table Balance, column "Balance (EUR)") would hold Infinity: a workbook stores only finite numbers.',
    );
  });

  it('is refused in the analyst’s own sheets too', async () => {
    const grid = { kind: 'grid' as const, top: 3, left: 2, rows: [[1, Number.NaN]] };
    await expect(
      toXlsxBuffer(spec({ name: 'My notes', freezeRows: 0, blocks: [grid] })),
    ).rejects.toThrow('My notes!C3 would hold NaN');
  });
});

describe('a written workbook', () => {
  it('shows a column’s description when its header is selected, with no notes (VML)', async () => {
    const spec = latest();
    const wb = await read(spec);
    const ws = wb.getWorksheet('Indicators')!;
    const flag = ws.getRow(4).values as unknown[];
    const column = flag.indexOf('Flag');
    const validation = ws.getCell(4, column).dataValidation;
    expect(validation.prompt).toBe(
      'Eurostat flag: p provisional, e estimated, b break in series, d definition differs',
    );
    expect(validation.showInputMessage).toBe(true);
    expect(wb.worksheets.every((s) => s.getCell(4, column).note === undefined)).toBe(true);
  });

  it('opens its Read me sheet unfrozen, and freezes the header of the others', async () => {
    const wb = await read(delegationCopy(latest()));
    expect((wb.getWorksheet('Read me')!.views ?? []).filter((v) => v.state === 'frozen')).toEqual(
      [],
    );
    expect(wb.getWorksheet('Pool')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });

  it('shows whole persons without a trailing point and GDP to the tenth, in a one-state copy too', async () => {
    for (const spec of [latest(), delegationCopy(latest(), { state: 'DE' })]) {
      const ws = (await read(spec)).getWorksheet('Indicators')!;
      const formats = new Map<string, string>();
      ws.eachRow((row) => {
        const unit = row.getCell(6).value;
        if (typeof row.getCell(5).value === 'number')
          formats.set(String(unit), row.getCell(5).numFmt);
      });
      expect(formats.get('persons')).toBe('#,##0');
      expect(formats.get('million EUR')).toBe('#,##0.0');
    }
  });
});

describe('a scenario B with a long name (a saved scenario is named by the analyst)', () => {
  it('still writes the Compare sheet: a column’s note does not repeat the name', async () => {
    const name = `My scenario ${'with a long explanation '.repeat(12)}`;
    const b = presetCompareWith('2026-council');
    const spec = buildPoolReport({
      ...presetInput('2027-proposal'),
      compareWith: { ...b, scenarioName: name },
    }).spec;
    const wb = await read(spec);
    // The name is on the sheet, once, in the title and the scenarios table.
    expect(String(wb.getWorksheet('Compare')!.getCell('A1').value)).toContain(name);
  });
});
