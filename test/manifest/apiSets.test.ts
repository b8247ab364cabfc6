// The manifest's <Requirements> against what the code uses: every Office.js member that src/excel,
// src/taskpane and src/functions touch is resolved by the TypeScript compiler, and its requirement
// set read from @types/office-js (and custom-functions-runtime). A use of a newer set fails here
// until manifest.xml declares it or an isSetSupported check guards it (see apiSets.ts).
import { join } from 'node:path';
import {
  type ApiUse,
  apiSetUses,
  covers,
  declaredSets,
  hostWith,
  neededSets,
  readText,
  ROOT,
  sourceFiles,
} from './apiSets';

const SCANNED = ['src/excel', 'src/taskpane', 'src/functions'];

/** Sets the manifest needs for its own elements, not for an API member: name, version, reason. */
const MANIFEST_FEATURES: Readonly<Record<string, { version: string; reason: string }>> = {
  SharedRuntime: { version: '1.1', reason: '<Runtimes><Runtime lifetime="long">: one page' },
};

const manifestXml = () => readText(join(ROOT, 'manifest.xml'));

/** One line per member: where it is used, and the two ways to make the use safe. */
function fixMessages(uses: readonly ApiUse[]): string[] {
  const byMember = new Map<string, ApiUse[]>();
  for (const u of uses) {
    const key = `${u.member} (${u.set.name} ${u.set.version})`;
    byMember.set(key, [...(byMember.get(key) ?? []), u]);
  }
  return [...byMember].map(([key, all]) => {
    const { name, version } = all[0]!.set;
    return (
      `${all.map((u) => u.at).join(', ')}: ${key} is above what manifest.xml declares. Declare ` +
      `<Set Name="${name}" MinVersion="${version}" /> in its <Requirements> (and update the Excel ` +
      `versions in README.md, "Installing the add-in"), or run it only inside ` +
      `if (Office.context.requirements.isSetSupported('${name}', '${version}')) { … } and tell ` +
      `the analyst in the pane what this version of Excel cannot do.`
    );
  });
}

describe('the requirement sets of the code and the manifest', () => {
  let uses: ApiUse[];
  beforeAll(() => {
    uses = apiSetUses(sourceFiles(...SCANNED));
  }, 120_000);

  it('resolves the Office.js members the code uses (the analysis sees them)', () => {
    const members = new Set(uses.map((u) => u.member));
    // One member of each kind the analysis must see: a method, a property assigned, a property of an
    // object literal, an enum value given as a string, a global function, a class.
    for (const m of [
      'Excel.Table.resize',
      'Excel.Range.numberFormat',
      'Excel.DataValidationErrorAlert.showAlert',
      'Excel.DataValidationAlertStyle.stop',
      'Excel.createWorkbook',
      'CustomFunctions.Error',
    ]) {
      expect([m, members.has(m)]).toEqual([m, true]);
    }
    expect(uses.length).toBeGreaterThan(100);
  });

  it('runs no member of a set above the declared ones unless an isSetSupported check guards it', () => {
    const declared = declaredSets(manifestXml());
    const uncovered = uses.filter(
      (u) => !declared.some((d) => covers(d, u.set)) && !u.guards.some((g) => covers(g, u.set)),
    );
    expect(fixMessages(uncovered)).toEqual([]);
  });

  // A higher MinVersion than the code needs would turn away versions of Excel that run it.
  it('declares exactly the sets the code needs, plus those of the manifest’s own elements', () => {
    const declared = declaredSets(manifestXml());
    const fromCode = Object.fromEntries(neededSets(uses));
    const features = Object.fromEntries(
      Object.entries(MANIFEST_FEATURES).map(([name, f]) => [name, f.version]),
    );
    expect(Object.fromEntries(declared.map((d) => [d.name, d.version]))).toEqual({
      ...features,
      ...fromCode,
    });
  });

  it('guards Excel.createWorkbook (ExcelApi 1.8) so that the pane can say when Excel cannot', () => {
    const opens = uses.filter((u) => u.member === 'Excel.createWorkbook');
    expect(opens.map((u) => [u.at.replace(/:.*/, ''), u.guards])).toEqual([
      ['src/excel/openCopy.ts', [{ name: 'ExcelApi', version: '1.8' }]],
    ]);
  });

  it('names in the README every set the manifest declares, with its version', () => {
    const readme = readText(join(ROOT, 'README.md'));
    const start = readme.indexOf('\n## Installing the add-in');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const { name, version } of declaredSets(manifestXml())) {
      expect([name, section.includes(`${name} ${version}`)]).toEqual([name, true]);
    }
  });
});

describe('the analysis of requirement sets itself', () => {
  // In-memory sources inside src/ (so that the project's types apply), never written to disk.
  const file = join(ROOT, 'src/excel/__apiSetsFixture__.ts');
  const lines = [
    /* 1 */ 'export async function unguarded() {',
    /* 2 */ "  await Excel.createWorkbook('');",
    /* 3 */ '}',
    /* 4 */ 'export async function inBranch() {',
    /* 5 */ "  if (Office.context.requirements.isSetSupported('ExcelApi', '1.8')) {",
    /* 6 */ "    await Excel.createWorkbook('');",
    /* 7 */ '  }',
    /* 8 */ '}',
    /* 9 */ 'export async function afterEarlyReturn(): Promise<boolean> {',
    /* 10 */ "  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return false;",
    /* 11 */ "  await Excel.createWorkbook('');",
    /* 12 */ '  return true;',
    /* 13 */ '}',
    /* 14 */ 'export async function tooLowAGuard() {',
    /* 15 */ "  if (Office.context.requirements.isSetSupported('ExcelApi', '1.7'))",
    /* 16 */ "    await Excel.createWorkbook('');",
    /* 17 */ '}',
    /* 18 */ 'export function inAClosure() {',
    /* 19 */ "  if (Office.context.requirements.isSetSupported('ExcelApi', '1.8'))",
    /* 20 */ "    return () => Excel.createWorkbook('');",
    /* 21 */ '  return undefined;',
    /* 22 */ '}',
    /* 23 */ 'export function afterNegatedCheck(ws: Excel.Worksheet) {',
    /* 24 */ "  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.13')) return;",
    /* 25 */ "  ws.tables.getItem('T').resize('A1:B2');",
    /* 26 */ "  ws.getRange('A1').dataValidation.errorAlert = { showAlert: true, style: 'Stop' };",
    /* 27 */ '}',
    /* 28 */ 'export function inElse(ws: Excel.Worksheet) {',
    /* 29 */ "  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.13')) return false;",
    /* 30 */ "  else ws.tables.getItem('T').resize('A1:B2');",
    /* 31 */ '  return true;',
    /* 32 */ '}',
    /* 33 */ 'export function loads(context: Excel.RequestContext) {',
    /* 34 */ "  context.workbook.tables.load('items/name, items/worksheet/tabColor');",
    /* 35 */ '}',
  ];
  let uses: ApiUse[];
  beforeAll(() => {
    uses = apiSetUses([file], hostWith({ [file]: lines.join('\n') }));
  }, 120_000);

  const at = (member: string) =>
    uses
      .filter((u) => u.member === member)
      .map((u) => [Number(u.at.split(':')[1]), u.guards.some((g) => covers(g, u.set))]);

  it('tells guarded uses from unguarded ones', () => {
    expect(at('Excel.createWorkbook')).toEqual([
      [2, false], // no check
      [6, true], // inside if (isSetSupported('ExcelApi', '1.8'))
      [11, true], // after if (!isSetSupported('ExcelApi', '1.9')) return
      [16, false], // the check names 1.7: too low for a 1.8 member
      [20, false], // a closure may run anywhere: the check around its creation does not count
    ]);
    expect(at('Excel.Table.resize')).toEqual([
      [25, true],
      [30, true],
    ]);
  });

  it('reads the set of object-literal properties and of enum values given as strings', () => {
    expect(at('Excel.DataValidationErrorAlert.showAlert')).toEqual([[26, true]]);
    expect(at('Excel.DataValidationAlertStyle.stop')).toEqual([[26, true]]);
    expect(uses.find((u) => u.member === 'Excel.DataValidationAlertStyle.stop')?.set).toEqual({
      name: 'ExcelApi',
      version: '1.8',
    });
  });

  it('reads the properties that a load() names in a string, through collections', () => {
    expect(at('Excel.Worksheet.tabColor')).toEqual([[34, false]]);
    expect(uses.find((u) => u.member === 'Excel.Worksheet.tabColor')?.set).toEqual({
      name: 'ExcelApi',
      version: '1.7',
    });
    expect(at('Excel.Table.worksheet')).toEqual([[34, false]]);
  });

  it('needs the highest unguarded version of each set', () => {
    expect(Object.fromEntries(neededSets(uses))).toEqual({ ExcelApi: '1.8' });
  });
});
