/**
 * The copy the pane opens with `Excel.createWorkbook` is written in the browser, by the build of
 * ExcelJS its bundle takes (package.json "browser": dist/exceljs.min.js), not the Node one the
 * other tests load. The same gate, with that build.
 */
jest.mock('exceljs', () => jest.requireActual('exceljs/dist/exceljs.min.js'));

import { describeFinding, runGate, writeAll } from '../helpers/conformance/gate';
import { everyWorkbookKind } from '../helpers/conformance/workbookKinds';

it('copies for delegations written by the browser build of ExcelJS validate and break no rule', async () => {
  const pane = (await everyWorkbookKind()).filter((k) =>
    /^latest\+pledges\/copy(-DE|-FR)?(\+own-sheets)?$/.test(k.label),
  );
  expect(pane.map((k) => k.label)).toEqual(
    expect.arrayContaining(['latest+pledges/copy', 'latest+pledges/copy-DE+own-sheets']),
  );
  // The writer under test loads the browser build, not the Node one.
  expect(jest.requireMock('exceljs')).toBe(jest.requireActual('exceljs/dist/exceljs.min.js'));
  expect(jest.requireMock('exceljs')).not.toBe(jest.requireActual('exceljs'));
  const gate = await runGate(await writeAll(pane));
  expect(gate.findings.map(describeFinding)).toEqual([]);
}, 120_000);
