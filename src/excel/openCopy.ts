/** Base64 of bytes, in chunks (a whole workbook is too long for one String.fromCharCode call). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * What became of a request to open a copy as a new workbook, as far as the add-in can know it:
 * - `asked`: Excel took the request. Not proof that a workbook opened: `Excel.createWorkbook` has
 *   been seen on the web to resolve with no error and no workbook (excel-rules.md rule 12,
 *   OfficeDev/office-js #3646, "no error but fail silently with no file created", reproduced by
 *   Microsoft), and nothing in Office.js shows the add-in the new window. So the pane offers the
 *   copy as a file whatever the outcome, and never says "opened".
 * - `refused`: the request failed with an error (the same issue's console shows "There was an
 *   internal error while processing the request").
 * - `unsupported`: the host lacks ExcelApi 1.8, where `createWorkbook` appeared.
 */
export type CopyOpening =
  | { readonly kind: 'asked' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'unsupported' };

/** What opening a new workbook needs from the host (Office.js in Excel; the fake in tests). */
export interface NewWorkbookHost {
  readonly supported: () => boolean;
  readonly createWorkbook: (base64: string) => Promise<void>;
}

const officeHost: NewWorkbookHost = {
  supported: () => Office.context.requirements.isSetSupported('ExcelApi', '1.8'),
  // Checked here too, where the call is, so that the guard stands beside the ExcelApi 1.8 member.
  createWorkbook: (base64) =>
    Office.context.requirements.isSetSupported('ExcelApi', '1.8')
      ? Excel.createWorkbook(base64)
      : Promise.reject(
          new Error('This version of Excel cannot open a new workbook (ExcelApi 1.8).'),
        ),
};

/** Asks Excel to open a workbook file as a new workbook: the analyst's own workbook is not touched. */
export async function openAsNewWorkbook(
  bytes: Uint8Array,
  host: NewWorkbookHost = officeHost,
): Promise<CopyOpening> {
  if (!host.supported()) return { kind: 'unsupported' };
  try {
    await host.createWorkbook(toBase64(bytes));
    return { kind: 'asked' };
  } catch (e) {
    return { kind: 'refused', message: e instanceof Error ? e.message : String(e) };
  }
}
