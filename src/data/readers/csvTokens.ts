import { phrase, type ReaderPhrase } from '../reasons';

/**
 * The delimited-text tokenizer (RFC 4180 quoting): text into records of fields, each record with
 * the physical line it starts and ends on, and the first problem of quoting met inside it. What the
 * records mean against the header is csvTable.ts's.
 */

interface Token {
  readonly text: string;
  readonly quoted: boolean;
}

export interface RawRecord {
  readonly line: number;
  /** The physical line the record ends on (after quoted line breaks). */
  endLine?: number;
  readonly fields: Token[];
  /** A problem of quoting met inside the record. */
  problem?: ReaderPhrase;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** A line of empty cells (",,,", as Excel writes below a table) is not data. */
export function isBlank(record: RawRecord): boolean {
  return !record.problem && record.fields.every((f) => f.text.trim() === '');
}

/** The delimiter of the header line: the candidate found most often outside quotes. */
export function detectDelimiter(text: string): string {
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

function textAfterQuote(text: string): ReaderPhrase {
  return phrase('csv.textAfterQuote', { text: JSON.stringify(text.slice(0, 20)) });
}

/** Splits text into records of fields, each record with the physical line it starts on. */
export function tokenize(
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
        record.problem = phrase('csv.quoteInCell', { text: JSON.stringify(value.slice(0, 20)) });
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
