/**
 * The formula gate (issue 15), beside the ECMA-376 conformance gate: every formula of every kind of
 * workbook the conformance gate builds, and every formula the pane writes through the strict fake,
 * parsed against the formula grammar and checked against what exists (test/helpers/formulaGate).
 * It takes the workbook kinds and the pane's scenarios from their lists: sheets added to the report
 * are covered without a change here.
 */
import { generateReport } from '../../src/excel';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeStore } from '../fakes/fakeServices';
import { writeAll } from '../helpers/conformance/gate';
import { readPackage, type WorkbookPackage } from '../helpers/conformance/packageParts';
import { everyWorkbookKind } from '../helpers/conformance/workbookKinds';
import { attr, descendants, textOf } from '../helpers/conformance/xmlTree';
import { EXCEL_SCENARIOS, scenarioSpec } from '../helpers/excelScenarios';
import { formulaProblems, type FormulaContext } from '../helpers/formulaGate/check';

const TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const FORMULA_ELEMENTS = ['f', 'definedName', 'formula1', 'formula2', 'totalsRowFormula'];

/** The tables, names and sheets a package holds, as its formulas may name them. */
function contextOf(pkg: WorkbookPackage): FormulaContext {
  const parts = [...pkg.parts.values()];
  const tables = new Map<string, Set<string>>();
  for (const p of parts.filter((x) => x.contentType === TABLE))
    tables.set(
      (attr(p.xml, 'displayName') ?? '').toUpperCase(),
      new Set(descendants(p.xml, 'tableColumn').map((c) => (attr(c, 'name') ?? '').toUpperCase())),
    );
  const workbook = parts.find((p) => p.xml.local === 'workbook')!;
  return {
    tables,
    names: new Set(
      descendants(workbook.xml, 'definedName').map((d) => (attr(d, 'name') ?? '').toUpperCase()),
    ),
    sheets: new Set(
      descendants(workbook.xml, 'sheet').map((s) => (attr(s, 'name') ?? '').toUpperCase()),
    ),
  };
}

describe('the formula gate: every formula in every workbook file the tool writes', () => {
  let checked = 0;
  const problems: string[] = [];
  beforeAll(async () => {
    for (const file of await writeAll(await everyWorkbookKind())) {
      const pkg = await readPackage(file.label, file.bytes);
      const context = contextOf(pkg);
      for (const part of pkg.parts.values())
        for (const name of FORMULA_ELEMENTS)
          for (const e of descendants(part.xml, name)) {
            const formula = textOf(e);
            if (formula === '') continue; // a shared formula's follower
            checked += 1;
            for (const p of formulaProblems(formula, context, 'file'))
              problems.push(`${file.label}: ${part.name} line ${e.line}: ${formula}: ${p}`);
          }
    }
  }, 240_000);

  it('checks them all', () => expect(checked).toBeGreaterThan(10_000));

  it('parses each against the grammar, and each reference, name, sheet and function exists', () => {
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('the formula gate: every formula the pane writes, when it writes it', () => {
  it.each(EXCEL_SCENARIOS)(
    '$name',
    async ({ steps }) => {
      const wb = new FakeWorkbook(['Sheet1'], { strict: 'record' });
      const problems: string[] = [];
      wb.formulaCheck = (formula, sheet, address) => {
        const tables = new Map(
          [...wb.tables.values()].map((t) => [
            t.name.toUpperCase(),
            new Set(wb.headersOf(t).map((h) => h.toUpperCase())),
          ]),
        );
        const own = [...wb.tables.values()].find((t) => {
          const cell = wb.cell(sheet, address);
          return cell && wb.tableAt(sheet, ...rowColumn(address)) === t;
        });
        const context: FormulaContext = {
          tables,
          names: new Set([...wb.names.keys()].map((n) => n.toUpperCase())),
          sheets: new Set([...wb.sheets.keys()].map((n) => n.toUpperCase())),
          ...(own ? { ownTable: own.name } : {}),
        };
        for (const p of formulaProblems(formula, context, 'office'))
          problems.push(`${sheet}!${address}: ${formula}: ${p}`);
      };
      for (const step of steps)
        await generateReport(scenarioSpec(step), { run: wb.run, store: fakeStore(wb) });
      expect(wb.formulaWrites.length).toBeGreaterThan(500);
      expect(problems.slice(0, 20)).toEqual([]);
    },
    60_000,
  );
});

function rowColumn(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), column];
}

describe('the formula gate finds', () => {
  const context: FormulaContext = {
    tables: new Map([['POOL', new Set(['CODE', 'RELOCATIONS', 'MANDATORY (ART. 63(3))'])]]),
    names: new Set(['RELOCATIONSTOTAL']),
    sheets: new Set(['POOL', 'FAIR SHARE']),
  };
  it.each([
    ['SUM(Pool[Relocations]', 'file', /does not parse/],
    ['SUM(Pool[Pledged])', 'file', /no column "Pledged"/],
    ['SUM(Pledges[Relocations])', 'file', /no table/],
    ['SUM(Pool[Mandatory (Art. 63(3))])', 'file', /own brackets/],
    ['IFS(1>0,1)', 'file', /_xlfn\.IFS in a file/],
    ['_xlfn.IFS(1>0,1)', 'office', /no _xlfn\. prefix in Office\.js/],
    ['PLEDGED(1)', 'file', /not a function Excel knows/],
    ["SUM('Pool (2)'!A1:A3)", 'file', /no sheet "Pool \(2\)"/],
    ['RelocationTotal*2', 'file', /no defined name/],
  ] as const)('%s (%s)', (formula, form, problem) => {
    expect(formulaProblems(formula, context, form).join('; ')).toMatch(problem);
  });

  it('nothing in a well-formed formula, names in any case', () => {
    expect(
      formulaProblems(
        'IF(COUNTIFS(pool[code],"DE")=1,SUM(POOL[[Mandatory (Art. 63(3))]])*relocationstotal,NA())+SUM(\'fair share\'!$B$2:$B$3)',
        context,
        'file',
      ),
    ).toEqual([]);
  });
});
