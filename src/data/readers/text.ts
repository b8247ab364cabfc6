import { inEnglish, issueOf, phrase, type ReaderPhrase } from '../reasons';
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
    return issueOf(1, '(file)', phrase('file.utf16'));
  }
  // A file saved as "CSV (Comma delimited)" on Windows is in Windows-1252: read as UTF-8, its
  // accented letters become U+FFFD, and "Österreich" would reach a cell as "�sterreich".
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = (text.slice(0, bad).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    return issueOf(line, '(file)', phrase('file.notUtf8'));
  }
  return undefined;
}

/**
 * A file's text ready to read, its byte-order mark removed, or the one issue that stops it: not in
 * UTF-8 (encodingProblem), or empty (`empty` says what the file should hold).
 */
export function fileText(
  input: string,
  empty: 'csv' | 'tsv' | 'json',
  column = '(file)',
): { readonly text: string } | { readonly issue: ReadIssue } {
  const encoding = encodingProblem(input);
  if (encoding) return { issue: encoding };
  const text = stripBom(input);
  if (text.trim() === '') {
    return { issue: issueOf(1, column, emptyFile(empty)) };
  }
  return { text };
}

/** "The file is empty", with what a file of the kind should hold. */
export function emptyFile(kind: 'csv' | 'tsv' | 'json'): ReaderPhrase {
  return phrase('file.empty', { what: phrase(`file.what.${kind}`) });
}

/** The problem of a text too long for a cell, or undefined. */
export function textTooLong(text: string): ReaderPhrase | undefined {
  return text.length > EXCEL_CELL_CHARACTERS
    ? phrase('file.tooLong', { length: text.length, limit: EXCEL_CELL_CHARACTERS })
    : undefined;
}

/** The same in English (the pledges reader's own sentence). */
export function checkText(text: string): string | undefined {
  const why = textTooLong(text);
  return why && inEnglish(why);
}
