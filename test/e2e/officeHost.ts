/**
 * Stands in for office.js in the end-to-end test: the built task pane loads it from the Office CDN
 * address, which the test serves from this bundle. It provides Office, Excel (over the recording
 * fake workbook) and CustomFunctions, and exposes the fake as window.__fake for assertions.
 */
import { FakeWorkbook, fakeSettings } from '../fakes/fakeExcel';

const wb = new FakeWorkbook(['Sheet1']);
const registered = new Map<string, (...args: unknown[]) => unknown>();
/**
 * Workbooks the add-in opened with Excel.createWorkbook, as base64. A test makes Excel fail
 * silently (rule 12) with `__fake.wb.newWorkbooks.mode = 'silent'`.
 */
const created = wb.newWorkbooks.opened;

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const info = { host: 'Excel', platform: 'OfficeOnline' };
/** Requirement sets a test declares missing ("ExcelApi 1.8"): an older Excel. */
const unsupported = new Set<string>();
Object.assign(window, {
  __fake: { wb, registered, created, unsupported },
  Office: {
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      document: { settings: fakeSettings(wb) },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          !unsupported.has(`${name} ${version ?? ''}`.trim()),
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  },
  Excel: {
    run: wb.run,
    createWorkbook: wb.createWorkbook,
  },
  CustomFunctions: {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  },
});
