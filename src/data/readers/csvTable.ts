import { clipText } from '../numbers';
import { issueOf, phrase, type ReaderPhrase } from '../reasons';
import type { ReadIssue } from '../types';
import { detectDelimiter, isBlank, tokenize, type RawRecord } from './csvTokens';
import { emptyFile, fileText, textTooLong } from './text';

export interface CsvRecord {
  /** The physical line of the record's first line in the file (1 is the first line). */
  readonly line: number;
  /** The physical line of its last line (later than `line` when a quoted cell holds line breaks). */
  readonly endLine: number;
  /** Cells keyed by header, as written (unquoted, not trimmed). */
  readonly cells: Readonly<Record<string, string>>;
  /** Which cells were quoted: a quoted cell in a comma-separated file may hold "83,456,045". */
  readonly quoted: Readonly<Record<string, boolean>>;
}

export interface CsvTable {
  /** Header names as written, trimmed. */
  readonly headers: readonly string[];
  /** The physical line of the header. */
  readonly headerLine: number;
  /** The records that have the header's shape; records with a problem are left out, with an issue. */
  readonly records: readonly CsvRecord[];
  readonly issues: readonly ReadIssue[];
  /** Data records left out for a problem of shape (each has an error issue on its line). */
  readonly refused: number;
  /** The delimiter used: given, or detected among comma, semicolon, tab and bar. */
  readonly delimiter: string;
  /** True when nothing can be read at all (empty, UTF-16, a quote never closed, repeated headers). */
  readonly unreadable: boolean;
}

const NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' } as const;

/** The delimiter named in words ("semicolon"), or as itself. */
function separator(sep: string) {
  const name = NAMES[sep as keyof typeof NAMES];
  return name ? phrase(`csv.separator.${name}`) : sep;
}

/**
 * Parses delimited text with a header row (RFC 4180 quoting). Lines are the file's physical lines,
 * so blank lines and quoted line breaks never shift them. A record whose shape does not match the
 * header is refused with an issue, never read in part.
 */
export function parseCsvTable(input: string, delimiter?: string): CsvTable {
  const issues: ReadIssue[] = [];
  const none = (issue: ReadIssue): CsvTable => ({
    headers: [],
    headerLine: 1,
    records: [],
    issues: [issue],
    refused: 0,
    delimiter: delimiter ?? ',',
    unreadable: true,
  });
  const read = fileText(input, 'csv');
  if ('issue' in read) return none(read.issue);
  const { text } = read;
  // Excel may open a CSV with a line "sep=;" that names the delimiter: honour it, skip the line.
  const declared = text.match(/^sep=([^\r\n])\r?\n/);
  const sep = delimiter ?? declared?.[1] ?? detectDelimiter(text);
  const { records: raw, unclosed } = tokenize(text, sep);
  const meaningful = raw.filter((r) => !isBlank(r) && !(declared && r.line === 1));
  if (unclosed !== undefined) {
    return none(issueOf(unclosed, '(row)', phrase('csv.unclosedQuote')));
  }
  const headerRecord = meaningful[0];
  if (!headerRecord) {
    return none(issueOf(1, '(file)', emptyFile('csv')));
  }
  const headers = headerRecord.fields.map((f) => f.text.trim());
  const headerLine = headerRecord.line;
  const headerIssues = checkHeaders(headers, headerLine, headerRecord.problem);
  if (headerIssues.length > 0) {
    return { ...none(headerIssues[0] as ReadIssue), issues: headerIssues, headerLine };
  }
  const records: CsvRecord[] = [];
  let refused = 0;
  for (const record of meaningful.slice(1)) {
    const problem = recordProblem(record, headers, sep);
    if (problem) {
      issues.push(issueOf(record.line, problem.column, problem.reason));
      refused += 1;
      continue;
    }
    const cells: Record<string, string> = {};
    const quoted: Record<string, boolean> = {};
    headers.forEach((h, i) => {
      if (h === '') return;
      cells[h] = record.fields[i]?.text ?? '';
      quoted[h] = record.fields[i]?.quoted ?? false;
    });
    records.push({ line: record.line, endLine: record.endLine ?? record.line, cells, quoted });
  }
  return {
    headers: headers.filter((h) => h !== ''),
    headerLine,
    records,
    issues,
    refused,
    delimiter: sep,
    unreadable: false,
  };
}

function checkHeaders(headers: string[], line: number, problem?: ReaderPhrase): ReadIssue[] {
  const issues: ReadIssue[] = [];
  if (problem) issues.push(issueOf(line, '(header)', problem));
  const first = new Map<string, number>();
  headers.forEach((h, i) => {
    const tooLong = textTooLong(h);
    if (tooLong) issues.push(issueOf(line, `column ${i + 1}`, tooLong));
    if (h === '') return;
    const key = h.toLowerCase();
    const earlier = first.get(key);
    if (earlier !== undefined) {
      const values = { header: h, first: earlier + 1, second: i + 1 };
      issues.push(issueOf(line, h, phrase('csv.columnTwice', values)));
    } else first.set(key, i);
  });
  return issues;
}

function recordProblem(
  record: RawRecord,
  headers: readonly string[],
  sep: string,
): { column: string; reason: ReaderPhrase } | undefined {
  if (record.problem) {
    const { line, endLine: end } = record;
    const reason =
      end !== undefined && end > line
        ? phrase('csv.joined', { problem: record.problem, line, end })
        : record.problem;
    return { column: '(row)', reason };
  }
  const n = record.fields.length;
  if (n > headers.length && record.fields.slice(headers.length).some((f) => f.text.trim())) {
    const counts = { n, header: headers.length };
    return {
      column: '(row)',
      reason:
        sep === ','
          ? phrase('csv.moreFieldsComma', counts)
          : phrase('csv.moreFields', { ...counts, separator: separator(sep) }),
    };
  }
  if (n < headers.length) {
    const missing = headers.slice(n).filter((h) => h !== '');
    return {
      column: missing[0] ?? '(row)',
      reason: phrase(n === 1 ? 'csv.fewerFields.one' : 'csv.fewerFields', {
        n,
        header: headers.length,
        missing: missing.length > 0 ? { list: missing } : phrase('csv.unnamedColumn'),
        separator: separator(sep),
      }),
    };
  }
  for (let i = 0; i < headers.length; i += 1) {
    const text = record.fields[i]?.text ?? '';
    const column = headers[i] || `column ${i + 1}`;
    const tooLong = textTooLong(text);
    if (tooLong) return { column, reason: tooLong };
    if (headers[i] === '' && text.trim() !== '') {
      return { column, reason: phrase('csv.noHeader', { text: clipText(text) }) };
    }
  }
  return undefined;
}

/**
 * Refuses records where a cell of the given columns holds a line break: a code or a number never
 * does, so a quote opened too early has joined lines into one record (`FR,2024,"2` ... `IT,2024,3"`).
 * The issue names every line joined.
 */
export function refuseLineBreaks(
  table: CsvTable,
  columns: readonly (string | undefined)[],
): CsvTable {
  const issues: ReadIssue[] = [...table.issues];
  let refused = table.refused;
  const records = table.records.filter((record) => {
    const column = columns.find((c) => c !== undefined && /[\r\n]/.test(record.cells[c] ?? ''));
    if (column === undefined) return true;
    const values = { line: record.line, end: record.endLine, column };
    issues.push(issueOf(record.line, column, phrase('csv.lineBreak', values)));
    refused += 1;
    return false;
  });
  issues.sort((a, b) => a.line - b.line);
  return { ...table, records, issues, refused };
}

/** Finds a column by any of its accepted names, ignoring case. */
export function findColumn(headers: readonly string[], ...names: string[]): string | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  return headers.find((h) => wanted.includes(h.toLowerCase()));
}

/** An Eurostat flag written inside a source note ("...; OBS_FLAG=p"). */
export function flagInSource(source: string | undefined): string | undefined {
  return source?.match(/OBS_FLAG=([a-z]+)/)?.[1];
}
