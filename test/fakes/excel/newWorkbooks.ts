/**
 * `Excel.createWorkbook(base64)` (ExcelApi 1.8) in the fake, with Excel's silent failure (rule 12 of
 * ../shared/excel-rules.md): on Excel on the web it has been seen to resolve with no error and open
 * no workbook (OfficeDev/office-js #3646: "the behavior is no error but fail silently with no file
 * created", reproduced by Microsoft). Office.js gives the add-in no way to see that nothing opened,
 * so neither does the fake's `createWorkbook`; only a test can, through `requested` and `opened`.
 *
 * Modes (the `createWorkbook` option of FakeWorkbook, or set `mode` later):
 * - `'opens'` (default): each call opens a workbook; its base64 is appended to `opened`.
 * - `'silent'`: each call resolves as if it had worked, and `opened` stays as it was.
 * - `'refused'`: each call rejects with Excel's "internal error" (seen in the same issue's console).
 *
 * Use: `Excel.createWorkbook = wb.createWorkbook`, then assert
 * `wb.newWorkbooks.requested.length === 1 && wb.newWorkbooks.opened.length === 0` (nothing opened).
 */
import { FakeExcelError } from './address';

export type CreateWorkbookMode = 'opens' | 'silent' | 'refused';

export class FakeNewWorkbooks {
  /** The base64 of every call, opened or not, in order. */
  readonly requested: string[] = [];
  /** The base64 of each workbook that really opened (a new window in Excel). */
  readonly opened: string[] = [];

  constructor(public mode: CreateWorkbookMode = 'opens') {}

  /** Excel.createWorkbook: resolves in 'opens' and 'silent' alike, as Excel does. */
  create = async (base64?: string): Promise<void> => {
    this.requested.push(base64 ?? '');
    if (this.mode === 'refused')
      throw new FakeExcelError(
        'GeneralException',
        'There was an internal error while processing the request.',
      );
    if (this.mode === 'opens') this.opened.push(base64 ?? '');
  };
}
