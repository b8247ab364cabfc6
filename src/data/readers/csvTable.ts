import { clipText } from '../numbers';
import type { ReadIssue } from '../types';
import { checkText, fileText } from './text';

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

interface Token {
  readonly text: string;
  readonly quoted: boolean;
}

interface RawRecord {
  readonly line: number;
  /** The physical line the record ends on (after quoted line breaks). */
  endLine?: number;
  readonly fields: Token[];
  /** A problem of quoting met inside the record. */
  problem?: string;
}

/** What a delimited file must hold, said when it holds nothing. */
const EMPTY = 'it needs a header line and one line per row.';

const DELIMITERS = [',', ';', '\t', '|'];
const NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

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
  const read = fileText(input, EMPTY);
  if ('issue' in read) return none(read.issue);
  const { text } = read;
  // Excel may open a CSV with a line "sep=;" that names the delimiter: honour it, skip the line.
  const declared = text.match(/^sep=([^\r\n])\r?\n/);
  const sep = delimiter ?? declared?.[1] ?? detectDelimiter(text);
  const { records: raw, unclosed } = tokenize(text, sep);
  const meaningful = raw.filter((r) => !isBlank(r) && !(declared && r.line === 1));
  if (unclosed !== undefined) {
    return none({
      line: unclosed,
      column: '(row)',
      message:
        'A quote opened on this line is never closed, so the rest of the file cannot be read: ' +
        'close the quote (a quote inside a quoted cell is written twice, "").',
      severity: 'error',
    });
  }
  const headerRecord = meaningful[0];
  if (!headerRecord) {
    return none({
      line: 1,
      column: '(file)',
      message: `The file is empty: ${EMPTY}`,
      severity: 'error',
    });
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
      issues.push({ line: record.line, severity: 'error', ...problem });
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

function checkHeaders(headers: string[], line: number, problem?: string): ReadIssue[] {
  const issues: ReadIssue[] = [];
  if (problem) issues.push({ line, column: '(header)', message: problem, severity: 'error' });
  const first = new Map<string, number>();
  headers.forEach((h, i) => {
    const tooLong = checkText(h);
    if (tooLong)
      issues.push({ line, column: `column ${i + 1}`, message: tooLong, severity: 'error' });
    if (h === '') return;
    const key = h.toLowerCase();
    const earlier = first.get(key);
    if (earlier !== undefined) {
      issues.push({
        line,
        column: h,
        message: `The column "${h}" appears twice (columns ${earlier + 1} and ${i + 1}): keep one, or rename the other.`,
        severity: 'error',
      });
    } else first.set(key, i);
  });
  return issues;
}

function recordProblem(
  record: RawRecord,
  headers: readonly string[],
  sep: string,
): { column: string; message: string } | undefined {
  if (record.problem) {
    const span =
      record.endLine !== undefined && record.endLine > record.line
        ? ` Lines ${record.line} to ${record.endLine} were read as this one row, because of a quote: check them all.`
        : '';
    return { column: '(row)', message: record.problem + span };
  }
  const n = record.fields.length;
  if (n > headers.length && record.fields.slice(headers.length).some((f) => f.text.trim())) {
    return {
      column: '(row)',
      message:
        `The line has ${n} fields where the header has ${headers.length}: nothing of it was read. ` +
        (sep === ','
          ? 'A number with thousands separators must be quoted ("83,456,045") or written without them (83456045); a text with a comma must be quoted.'
          : `A text holding the ${NAMES[sep] ?? sep} must be quoted.`),
    };
  }
  if (n < headers.length) {
    const missing = headers.slice(n).filter((h) => h !== '');
    return {
      column: missing[0] ?? '(row)',
      message:
        `The line has ${n} field${n === 1 ? '' : 's'} where the header has ${headers.length} ` +
        `(missing: ${missing.join(', ') || 'an unnamed column'}): nothing of it was read. ` +
        `Separate the cells with a ${NAMES[sep] ?? sep}, and write an empty cell as nothing between two of them.`,
    };
  }
  for (let i = 0; i < headers.length; i += 1) {
    const text = record.fields[i]?.text ?? '';
    const column = headers[i] || `column ${i + 1}`;
    const tooLong = checkText(text);
    if (tooLong) return { column, message: tooLong };
    if (headers[i] === '' && text.trim() !== '') {
      return {
        column,
        message: `"${clipText(text)}" is under a column with no header: give the column a name or clear the cell.`,
      };
    }
  }
  return undefined;
}

/** A line of empty cells (",,,", as Excel writes below a table) is not data. */
function isBlank(record: RawRecord): boolean {
  return !record.problem && record.fields.every((f) => f.text.trim() === '');
}

/** The delimiter of the header line: the candidate found most often outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let count = 0;
  for (const d of DELIMITERS) {
    const c = unquoted.split(d).length - 1;
    if (c > count) [best, count] = [d, c];
  }
  return best;
}

function textAfterQuote(text: string): string {
  return `Text after a closing quote (${JSON.stringify(text.slice(0, 20))}): a quote inside a quoted cell is written twice, "".`;
}

/** Splits text into records of fields, each record with the physical line it starts on. */
function tokenize(
  text: string,
  sep: string,
): { records: RawRecord[]; unclosed: number | undefined } {
  const records: RawRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  let record: RawRecord = { line: 1, fields: [] };
  let atFieldStart = true;
  while (i <= n) {
    if (atFieldStart && text[i] === '"') {
      // A quoted field: "" is a quote; line breaks inside belong to the field.
      const openLine = line;
      let value = '';
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return { records, unclosed: openLine };
        const chunk = text.slice(i, quote);
        line += chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
        value += chunk;
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // After the closing quote: spaces, then a delimiter or the end of the line.
      let after = '';
      while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') {
        after += text[i];
        i += 1;
      }
      if (after.trim() !== '' && !record.problem) {
        record.problem = textAfterQuote(after);
      }
      record.fields.push({ text: value, quoted: true });
      atFieldStart = false;
      continue;
    }
    // An unquoted field runs to the delimiter or the end of the line.
    const start = i;
    while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') i += 1;
    const value = text.slice(start, i);
    if (atFieldStart) {
      if (value.includes('"') && !record.problem) {
        record.problem = `A quote inside an unquoted cell (${JSON.stringify(value.slice(0, 20))}): quote the whole cell and write the quote twice, "".`;
      }
      record.fields.push({ text: value, quoted: false });
    } else if (value.trim() !== '' && !record.problem) {
      record.problem = textAfterQuote(value);
    }
    if (i >= n) {
      record.endLine = line;
      records.push(record);
      break;
    }
    const ch = text[i];
    if (ch === sep) {
      i += 1;
      atFieldStart = true;
      continue;
    }
    // End of line: \r\n, \n or \r.
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    record.endLine = line;
    records.push(record);
    line += 1;
    record = { line, fields: [] };
    atFieldStart = true;
    if (i >= n) break;
  }
  return { records, unclosed: undefined };
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
    issues.push({
      line: record.line,
      column,
      message:
        `Lines ${record.line} to ${record.endLine} were read as one row: a quote opened in ${column} ` +
        'joins them. Check the quotes on these lines (a quote inside a quoted cell is written twice, "").',
      severity: 'error',
    });
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
