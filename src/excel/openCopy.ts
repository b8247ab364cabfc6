/** Base64 of bytes, in chunks (a whole workbook is too long for one String.fromCharCode call). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Opens a workbook file as a new workbook in Excel (ExcelApi 1.8): the analyst's own workbook is
 * not touched. False where the host cannot, so that the pane can say so.
 */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8')) return false;
  await Excel.createWorkbook(toBase64(bytes));
  return true;
}
