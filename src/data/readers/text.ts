import type { ReadIssue } from '../types';

/** Excel holds at most 32,767 characters in a cell: a longer text would be cut in the workbook. */
export const EXCEL_CELL_CHARACTERS = 32_767;

/** A file saved with a UTF-8 byte-order mark reads the same as one without. */
export function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

/**
 * The problem of a file not in UTF-8, or undefined. A UTF-16 file read as UTF-8 shows its byte-order mark as "��" (or U+FFFE) and a NUL byte beside
 * every letter: say so, with the fix, instead of reporting garbled headers.
 */
function encodingProblem(text: string): ReadIssue | undefined {
  if (/^(\uFFFD\uFFFD|\uFFFE)/.test(text) || text.slice(0, 4096).includes('\u0000')) {
    return {
      line: 1,
      column: '(file)',
      message:
        'The file is UTF-16: save it as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)").',
      severity: 'error',
    };
  }
  // A file saved as "CSV (Comma delimited)" on Windows is in Windows-1252: read as UTF-8, its
  // accented letters become U+FFFD, and "Österreich" would reach a cell as "�sterreich".
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    return {
      line: (text.slice(0, bad).match(/\r\n|\r|\n/g)?.length ?? 0) + 1,
      column: '(file)',
      message:
        'The file is not UTF-8: this line has characters that cannot be read (shown as �). Save it ' +
        'as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)").',
      severity: 'error',
    };
  }
  return undefined;
}

/**
 * A file's text ready to read, its byte-order mark removed, or the one issue that stops it: not in
 * UTF-8 (encodingProblem), or empty (`empty` says what the file should hold).
 */
export function fileText(
  input: string,
  empty: string,
  column = '(file)',
): { readonly text: string } | { readonly issue: ReadIssue } {
  const encoding = encodingProblem(input);
  if (encoding) return { issue: encoding };
  const text = stripBom(input);
  if (text.trim() === '') {
    return {
      issue: { line: 1, column, message: `The file is empty: ${empty}`, severity: 'error' },
    };
  }
  return { text };
}

/** The problem of a text too long for a cell, or undefined. */
export function checkText(text: string): string | undefined {
  return text.length > EXCEL_CELL_CHARACTERS
    ? `The text has ${text.length.toLocaleString('en-GB')} characters, more than the ${EXCEL_CELL_CHARACTERS.toLocaleString('en-GB')} Excel holds in a cell: shorten it.`
    : undefined;
}
