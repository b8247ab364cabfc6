import Papa from 'papaparse';
import type { ReadIssue } from '../types';

export interface CsvTable {
  /** Header names as written, trimmed. */
  readonly headers: readonly string[];
  /** Records keyed by header; `line` is the file line (1 is the header). */
  readonly records: readonly {
    readonly line: number;
    readonly cells: Readonly<Record<string, string>>;
  }[];
  readonly issues: readonly ReadIssue[];
}

/** Parses delimited text (comma, semicolon or tab, detected) with a header row. */
export function parseCsvTable(text: string, delimiter?: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter: delimiter ?? '',
    transformHeader: (h) => h.trim(),
  });
  const issues: ReadIssue[] = parsed.errors
    // A single-column file is not an error of ours: the required-column check says what is missing.
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      line: (e.row ?? 0) + 2,
      column: '(row)',
      message: `${e.message}: check the quotes and the number of fields on this line.`,
      severity: 'error' as const,
    }));
  const headers = (parsed.meta.fields ?? []).filter((h) => h !== '');
  // Lines are counted by the parser's cursor so quoted line breaks do not shift them.
  const records = parsed.data.map((cells, i) => ({ line: i + 2, cells }));
  return { headers, records, issues };
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
