/**
 * The workbook conformance gate (issue 8): every kind of workbook the tool writes, written by the
 * real writer, unzipped, every part validated against the ECMA-376 transitional schemas and checked
 * for the rules Excel enforces that no schema states. LibreOffice opens files Excel repairs or
 * blanks; this is the closest check to "Excel opens it cleanly" that runs without Excel.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/pool';
import JSZip from 'jszip';
import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { PRESETS } from '../../src/data';
import {
  countByRule,
  describeFinding,
  runGate,
  writeAll,
  type GateResult,
  type WorkbookFile,
} from '../helpers/conformance/gate';
import type { RuleId } from '../helpers/conformance/rules';
import { structuredReferences } from '../helpers/conformance/structuredReferences';
import { EXAMPLE_PLEDGES } from '../helpers/pledging';
import { everyWorkbookKind, type WorkbookKind } from '../helpers/conformance/workbookKinds';

/** Files written by `npm run pool` itself (its `main`), read back from disk. */
async function cliFiles(): Promise<WorkbookFile[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pact-conformance-'));
  const runs: [string, string[]][] = [
    ['npm run pool', ['--out', join(dir, 'pool.xlsx')]],
    [
      'npm run pool --pledges --share --delegation PL',
      [
        '--pledges',
        EXAMPLE_PLEDGES,
        '--share',
        '--delegation',
        'PL',
        '--out',
        join(dir, 'copy.xlsx'),
      ],
    ],
  ];
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    for (const [, argv] of runs) expect(await main(argv, new Date('2026-11-24T12:00:00Z'))).toBe(0);
  } finally {
    quiet.mockRestore();
  }
  return [
    { label: runs[0]![0], bytes: readFileSync(join(dir, 'pool.xlsx')) },
    { label: runs[1]![0], bytes: readFileSync(join(dir, 'copy-PL.xlsx')) },
  ];
}

describe('every workbook the tool writes', () => {
  let kinds: WorkbookKind[];
  let gate: GateResult;
  beforeAll(async () => {
    kinds = await everyWorkbookKind();
    gate = await runGate([...(await writeAll(kinds)), ...(await cliFiles())]);
  }, 180_000);

  it('covers each preset with and without pledges, each copy for delegations and the own sheets', () => {
    const labels = kinds.map((k) => k.label);
    for (const p of PRESETS)
      for (const suffix of ['', '+pledges', '/copy', '+pledges/copy'])
        expect(labels).toContain(`${p.id}${suffix}`);
    for (const state of DEFAULT_PARTICIPANTS)
      expect(labels).toContain(`latest+pledges/copy-${state}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        'latest+pledges/copy+own-sheets',
        'latest+pledges/copy-DE+own-sheets',
        'latest+pledges/copy-longest-marking',
        '2026-council+implementation',
        '2026-council+implementation/copy-FR',
      ]),
    );
    expect(gate.workbooks).toBe(kinds.length + 2); // and two files the command line wrote
    // Every part of every workbook was parsed, and all but docProps/core.xml validated.
    expect(gate.documents).toBeGreaterThanOrEqual(gate.parts - gate.workbooks);
  });

  it('has every part valid against the ECMA-376 transitional schemas', () => {
    expect(gate.findings.filter((f) => f.rule === 'schema').map(describeFinding)).toEqual([]);
  });

  it('breaks none of the rules Excel enforces that no schema states', () => {
    expect(gate.findings.filter((f) => f.rule !== 'schema').map(describeFinding)).toEqual([]);
  });
});

/** A small workbook written by ExcelJS directly, with one fault the gate must find. */
async function excelJsFile(build: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  build(wb, ws);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The same file with one part's XML edited (for faults ExcelJS itself will not write). */
async function patched(bytes: Uint8Array, part: string, edit: (xml: string) => string) {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

const table = (ws: ExcelJS.Worksheet, columns: Partial<ExcelJS.TableColumnProperties>[] = []) =>
  ws.addTable({
    name: 'Pool',
    ref: 'A1',
    headerRow: true,
    totalsRow: columns.length > 0,
    columns: [
      { name: 'Code' },
      { name: 'Relocations', ...columns[0] },
    ] as ExcelJS.TableColumnProperties[],
    rows: [
      ['DE', 1],
      ['FR', 2],
    ],
  });

describe('the gate', () => {
  const faults: [RuleId | 'schema', () => Promise<Uint8Array>][] = [
    // ExcelJS issue #1369: a note (VML) on a sheet with a table; Excel blanks the sheet.
    [
      'schema',
      () => excelJsFile((_, ws) => (table(ws), (ws.getCell('B1').note = 'Relocations pledged'))),
    ],
    [
      'frozen-pane-split',
      () => excelJsFile((_, ws) => (ws.views = [{ state: 'frozen', ySplit: 0 }])),
    ],
    [
      'finite-number',
      () => excelJsFile((_, ws) => (ws.getCell('A1').value = Number.POSITIVE_INFINITY)),
    ],
    [
      'header-footer-255',
      () => excelJsFile((_, ws) => (ws.headerFooter.oddHeader = `&C${'x'.repeat(256)}`)),
    ],
    [
      'validation-overlap',
      () =>
        excelJsFile((_, ws) => {
          for (let r = 6; r <= 31; r += 1)
            ws.getCell(`C${r}`).dataValidation = {
              type: 'decimal',
              operator: 'greaterThanOrEqual',
              formulae: [0],
            };
        }),
    ],
    [
      'custom-total-formula',
      () =>
        excelJsFile((_, ws) =>
          table(ws, [
            { totalsRowFunction: 'custom', totalsRowFormula: 'SUBTOTAL(109,Pool[Relocations])' },
          ]),
        ),
    ],
    ['number-format-point', () => excelJsFile((_, ws) => (ws.getCell('A1').numFmt = '#,##0.##'))],
    [
      'table-header-text',
      () => excelJsFile((_, ws) => (table(ws), (ws.getCell('B1').value = 'Pledged'))),
    ],
    [
      'formula-literal-255',
      () =>
        excelJsFile(
          (_, ws) =>
            (ws.getCell('A1').value = { formula: `LEN("${'x'.repeat(256)}")`, result: 256 }),
        ),
    ],
    [
      'formula-8192',
      () =>
        excelJsFile(
          (_, ws) => (ws.getCell('A1').value = { formula: `1${'+1'.repeat(4100)}`, result: 4101 }),
        ),
    ],
    [
      'xlfn-prefix',
      () =>
        excelJsFile((_, ws) => (ws.getCell('A1').value = { formula: 'IFS(B1>0,1)', result: 1 })),
    ],
    [
      'unique-names',
      () => excelJsFile((wb, ws) => (table(ws), wb.definedNames.add('Data!$B$2', 'pool'))),
    ],
    ['cell-32767', () => excelJsFile((_, ws) => (ws.getCell('A1').value = 'x'.repeat(32_768)))],
    [
      'validation-text',
      () =>
        excelJsFile(
          (_, ws) =>
            (ws.getCell('A1').dataValidation = {
              type: 'list',
              formulae: ['"a,b"'],
              showInputMessage: true,
              promptTitle: 'x'.repeat(33),
            }),
        ),
    ],
    [
      'structured-reference',
      () =>
        excelJsFile(
          (_, ws) => (
            table(ws),
            (ws.getCell('D1').value = { formula: 'SUM(Pool[Pledged])', result: 0 })
          ),
        ),
    ],
    [
      'structured-reference-brackets',
      () =>
        excelJsFile(
          (_, ws) => (
            ws.addTable({
              name: 'Balance',
              ref: 'A1',
              headerRow: true,
              columns: [{ name: 'Code' }, { name: 'Mandatory offsets (Art. 63(3))' }],
              rows: [['DE', 1]],
            }),
            (ws.getCell('D1').value = {
              formula: 'SUM(Balance[Mandatory offsets (Art. 63(3))])',
              result: 1,
            })
          ),
        ),
    ],
    ['name-syntax', () => excelJsFile((wb) => wb.definedNames.add('Data!$A$1', 'AB12'))],
    [
      'table-overlap',
      () =>
        excelJsFile((_, ws) => {
          table(ws);
          ws.addTable({ name: 'Other', ref: 'B2', columns: [{ name: 'X' }], rows: [[1]] });
        }),
    ],
    [
      'sheet-name',
      async () =>
        patched(await excelJsFile(() => undefined), 'xl/workbook.xml', (x) =>
          x.replace('name="Data"', 'name="Pool: 2026"'),
        ),
    ],
    [
      'part-root',
      async () =>
        patched(await excelJsFile(() => undefined), '[Content_Types].xml', (x) =>
          x.replace('spreadsheetml.styles+xml', 'spreadsheetml.sharedStrings+xml'),
        ),
    ],
  ];
  // One schema fault in each kind of part besides worksheets: each kind is validated.
  const partFaults: [part: string, edit: (xml: string) => string][] = [
    ['[Content_Types].xml', (x) => x.replace('<Override ', '<Override Priority="1" ')],
    ['_rels/.rels', (x) => x.replace(/ Target="[^"]*"/, '')],
    ['xl/_rels/workbook.xml.rels', (x) => x.replace(/ Type="[^"]*"/, '')],
    [
      'xl/workbook.xml',
      (x) =>
        x.replace(
          /(<sheets>[\s\S]*<\/sheets>)(<definedNames>[\s\S]*<\/definedNames>)?/,
          '$2$1<sheets/>',
        ),
    ],
    [
      'xl/styles.xml',
      (x) => x.replace(/(<fonts[\s\S]*?<\/fonts>)(<fills[\s\S]*?<\/fills>)/, '$2$1'),
    ],
    ['xl/sharedStrings.xml', (x) => x.replace(/<si>/, '<si><b/>')],
    ['xl/tables/table1.xml', (x) => x.replace(/ ref="[^"]*"/, '')],
    ['xl/theme/theme1.xml', (x) => x.replace(/<a:clrScheme name="[^"]*"/, '<a:clrScheme')],
    [
      'docProps/app.xml',
      (x) =>
        x.replace('<Application>', '<Applications>').replace('</Application>', '</Applications>'),
    ],
  ];
  let result: GateResult;
  beforeAll(async () => {
    const clean = await excelJsFile((_, ws) => table(ws));
    const files: WorkbookFile[] = [{ label: 'clean', bytes: clean }];
    for (const [rule, make] of faults) files.push({ label: rule, bytes: await make() });
    for (const [part, edit] of partFaults)
      files.push({ label: `broken ${part}`, bytes: await patched(clean, part, edit) });
    result = await runGate(files);
  }, 60_000);

  it.each(partFaults.map(([part]) => part))('validates %s against its schema', (part) => {
    const found = result.findings.filter((f) => f.workbook === `broken ${part}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => `${f.rule} ${f.part}`)).toEqual(found.map(() => `schema ${part}`));
  });

  it('finds nothing in a clean file', () => {
    expect(result.findings.filter((f) => f.workbook === 'clean').map(describeFinding)).toEqual([]);
  });

  it.each(faults.map(([rule]) => rule))(
    'finds a file that breaks %s, and names the part and place',
    (rule) => {
      const found = result.findings.filter((f) => f.workbook === rule);
      expect(found.map((f) => f.rule)).toContain(rule);
      expect(countByRule(found)).toEqual({ [rule]: expect.any(Number) });
      for (const f of found) expect(describeFinding(f)).toMatch(/ xl\/[\w/]+\.xml line \d+/);
    },
  );

  it('names the element ExcelJS misplaces after the table parts, and passes its notes’ VML', () => {
    const found = result.findings.filter((f) => f.workbook === 'schema');
    expect(found).toHaveLength(1);
    expect(found[0]?.part).toBe('xl/worksheets/sheet1.xml');
    expect(found[0]?.message).toMatch(
      /Element '\{[^}]+\}legacyDrawing': This element is not expected.* at <legacyDrawing r:id="rId\d+"\/>/,
    );
  });
});

describe('structured references, as the gate reads them', () => {
  it.each([
    ['FairShare[[#This Row],[GDP (million EUR)]]*2', 'FairShare', ['GDP (million EUR)']],
    ["SUM(T[No. '#'[1']])", 'T', ['No. #[1]']],
    ['SUM(Pool[[Relocations]:[Offsets]])', 'Pool', ['Relocations', 'Offsets']],
    ['ROWS(Pool[#Data])', 'Pool', []],
  ])('%s refers to %s, columns %j', (formula, table, columns) => {
    expect(structuredReferences(formula)).toEqual([expect.objectContaining({ table, columns })]);
  });

  it('ignores text literals and sheet names in quotes', () => {
    expect(structuredReferences('IF(A1="Pool[x]",\'My [notes]\'!B2,0)')).toEqual([]);
  });
});
