import { unitOf, type ImplementationRecord, type MeasureType } from '../core';
import { IMPLEMENTATION_CSV_HEADER, readImplementationGrid, type ReadIssue } from '../data';
import { readGridValue } from './gridPaste';
import { ENGLISH, type Words } from '../report/words';
import { sentenceInWords } from '../report/words/issueWords';
import { formatNumber } from './locale';
import { reasonNumbers } from './reasonNumbers';
import type { FormatNumber } from '../data/reasons/say';

/** The columns of the records grid, in order: the amount is persons or euros by the type. */
export const RECORD_COLUMNS = ['date', 'contributing', 'benefitting', 'type', 'amount'] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** A row of the grid as typed or pasted: text, read only when it can mean one thing. */
export type RecordRow = Readonly<Record<RecordColumn, string>> & { readonly note?: string };

export const EMPTY_ROW: RecordRow = {
  date: '',
  contributing: '',
  benefitting: '',
  type: '',
  amount: '',
};

const isEmpty = (r: RecordRow) => RECORD_COLUMNS.every((c) => r[c].trim() === '');

/** A record as a row of the grid, its amount in the analyst's separators. */
export function rowOfRecord(r: ImplementationRecord, locale: string): RecordRow {
  return {
    date: r.date,
    contributing: r.contributing,
    benefitting: r.benefitting,
    type: r.type,
    amount: formatNumber(r.amount, locale, unitOf(r.type) === 'persons' ? 0 : 2),
    ...(r.note ? { note: r.note } : {}),
  };
}

/** What the grid reads: the records of its complete rows, and why each refused cell is refused. */
export interface ReadGrid {
  readonly records: readonly ImplementationRecord[];
  /** For each record, the grid row it comes from. */
  readonly rowOf: readonly number[];
  /** Refused cells by `row:column`, with the reader's words (line and column are the cell's). */
  readonly refused: Readonly<Record<string, string>>;
}

const READER_COLUMN: Readonly<Record<string, RecordColumn>> = {
  date: 'date',
  contributing: 'contributing',
  benefitting: 'benefitting',
  type: 'type',
  persons: 'amount',
  eur: 'amount',
};

/**
 * The grid's rows read as the CSV reader reads a file (the same checks, the same words: a date
 * yyyy-mm-dd, known states, a type, an amount above zero), each row on its own so that a refused
 * cell is marked in its place while the other rows count. The amount is read with the separators
 * of the analyst's Excel; persons for relocations and offsets are whole (Art. 56(2)(a), 63).
 */
export function readRecordRows(
  rows: readonly RecordRow[],
  participants: readonly string[],
  locale: string,
  w: Words = ENGLISH,
): ReadGrid {
  const records: ImplementationRecord[] = [];
  const rowOf: number[] = [];
  const refused: Record<string, string> = {};
  const headers = IMPLEMENTATION_CSV_HEADER.split(',');
  rows.forEach((row, i) => {
    if (isEmpty(row)) return;
    const type = row.type.trim().toLowerCase();
    const persons = type === 'relocation' || type === 'offset';
    let amount: number | string = row.amount;
    if (row.amount.trim() !== '' && (persons || type === 'financial' || type === 'alternative')) {
      const read = readGridValue(row.amount, locale, { whole: persons });
      if (!read.ok) refused[`${i}:amount`] = sentenceInWords(w, read.why);
      else amount = read.value;
    }
    const unit = type === '' ? 'eur' : unitOf(type as MeasureType);
    const cells = [
      row.date.trim(),
      row.contributing,
      row.benefitting,
      row.type,
      unit === 'persons' ? amount : '',
      unit === 'persons' ? '' : amount,
      row.note ?? '',
    ];
    const sheet = readImplementationGrid({ headers, rows: [cells] }, participants);
    for (const issue of sheet.issues) {
      const column = READER_COLUMN[issue.column.toLowerCase()] ?? 'date';
      refused[`${i}:${column}`] ??= withoutPlace(w, issue, reasonNumbers(locale));
    }
    const record = sheet.records[0];
    if (record && !RECORD_COLUMNS.some((c) => refused[`${i}:${c}`])) {
      const { line: _line, ...rest } = record;
      records.push(rest);
      rowOf.push(i);
    }
  });
  return { records, rowOf, refused };
}

/** The reader's problem without its "column x:" prefix, in the pane's words: the cell is the place. */
function withoutPlace(w: Words, issue: ReadIssue, formatNumber: FormatNumber): string {
  const reason = issue.reason;
  const inner = reason?.code === 'records.atColumn' ? reason.values?.problem : reason;
  if (inner && typeof inner === 'object' && 'code' in inner) {
    return sentenceInWords(w, inner, formatNumber);
  }
  const m = issue.message.replace(/^column [^:]+: /, '');
  return m.charAt(0).toUpperCase() + m.slice(1);
}

/** The rows with a pasted block written in, down and across; rows added at the end as needed. */
export function pasteIntoRows(
  rows: readonly RecordRow[],
  cells: readonly { readonly row: number; readonly col: number; readonly raw: string }[],
): { readonly rows: RecordRow[]; readonly outside: number } {
  const out = [...rows];
  let outside = 0;
  for (const { row, col, raw } of cells) {
    const column = RECORD_COLUMNS[col];
    if (!column) {
      if (raw.trim() !== '') outside += 1;
      continue;
    }
    while (out.length <= row) out.push(EMPTY_ROW);
    out[row] = { ...out[row]!, [column]: raw.trim() };
  }
  return { rows: out, outside };
}
