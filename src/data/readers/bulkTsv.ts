import { clipText, parseStrictNumber } from '../numbers';
import type { RawRow, ReadIssue, ReadResult } from '../types';
import { checkText, fileText } from './text';

/**
 * Eurostat's bulk download TSV: the first column joins the dimension codes with commas and ends in
 * `geo\TIME_PERIOD`; each further column is a period; a cell is `value[ flags]` (the flags after a
 * space), `:` when missing. Every observation is a row: a line of the wrong shape refuses all its
 * observations, a malformed cell its own, each with an issue naming the line and the period.
 */
export function readBulkTsv(input: string): ReadResult {
  const fail = (issue: ReadIssue): ReadResult => ({ rows: [], issues: [issue], metadata: {} });
  const read = fileText(input, 'a Eurostat TSV has a header line and one line per series.');
  if ('issue' in read) return fail(read.issue);
  const { text } = read;
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((c) => c.trim());
  const key = (header[0] ?? '').split(/[,\\]/).map((d) => d.trim());
  const geoIndex = key.indexOf('geo');
  if (geoIndex < 0 || !/\\TIME_PERIOD$/i.test(header[0] ?? '')) {
    return fail({
      line: 1,
      column: (header[0] ?? '').slice(0, 60) || '(first column)',
      message:
        'Not a Eurostat bulk TSV: the first header cell must end in geo\\TIME_PERIOD, and the ' +
        'columns be separated by tabs.',
      severity: 'error',
    });
  }
  const dims = key.slice(0, -1); // without TIME_PERIOD
  const periods = header.slice(1);
  const rows: RawRow[] = [];
  const issues: ReadIssue[] = [];
  let refused = 0;
  const refusedByPeriod = new Map<string, number>();
  const refuse = (period: string) => {
    refused += 1;
    refusedByPeriod.set(period, (refusedByPeriod.get(period) ?? 0) + 1);
  };
  const seen = dims.map(() => new Set<string>());
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    const codes = (cells[0] ?? '').split(',').map((c) => c.trim());
    const refuseLine = (column: string, message: string) => {
      issues.push({ line, column, message, severity: 'error' });
      periods.forEach(refuse);
    };
    if (cells.length !== header.length) {
      refuseLine(
        cells.length < header.length ? (periods[cells.length - 1] ?? '(row)') : '(row)',
        `The line has ${cells.length} tab-separated cells where the header has ${header.length}: ` +
          'nothing of it was read. Separate the cells with tabs (not commas or spaces) and write ' +
          '":" for a missing value.',
      );
      return;
    }
    if (codes.length !== dims.length || codes.some((c) => c === '')) {
      refuseLine(
        header[0] as string,
        `The line names ${codes.length} codes (${clipText(cells[0] ?? '')}) where the header has ` +
          `${dims.length} (${dims.join(', ')}): give one code per dimension, separated by commas.`,
      );
      return;
    }
    codes.forEach((c, d) => seen[d]?.add(c));
    cells.slice(1).forEach((cell, p) => {
      const period = periods[p] as string;
      const parsed = readCell(cell);
      if ('problem' in parsed) {
        issues.push({ line, column: period, message: parsed.problem, severity: 'error' });
        refuse(period);
        return;
      }
      rows.push({
        line,
        geo: codes[geoIndex] as string,
        period,
        value: parsed.value,
        ...(parsed.flag ? { flag: parsed.flag } : {}),
      });
    });
  });
  dims.forEach((d, idx) => {
    const values = seen[idx] as Set<string>;
    if (d !== 'geo' && values.size > 1) {
      issues.push({
        line: 1,
        column: d,
        message: `The file mixes ${values.size} values of ${d} (${[...values].slice(0, 4).join(', ')}): keep one.`,
        severity: 'error',
      });
    }
  });
  const mixed = issues.some((i) => i.line === 1);
  return { rows: mixed ? [] : rows, issues, refused, refusedByPeriod, metadata: {} };
}

/** One cell: `value[ flags]` with a space before the flags, `:` (with flags or not) when missing. */
function readCell(cell: string): { value: number | null; flag?: string } | { problem: string } {
  const tooLong = checkText(cell);
  if (tooLong) return { problem: tooLong };
  const text = cell.trim();
  if (text === '') {
    return { problem: 'The cell is empty: write ":" for a missing value.' };
  }
  const m = text.match(/^(\S+?)(?: +([a-z]+))?$/);
  const [, value, flag] = m ?? [];
  if (value === undefined) {
    return {
      problem: `"${clipText(text)}" is not a Eurostat cell: write the value, then a space and the flags ("5 p"), or ":" when missing.`,
    };
  }
  if (value === ':') return { value: null, ...(flag ? { flag } : {}) };
  const joined = value.match(/^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)([a-z]+)$/);
  if (joined) {
    return {
      problem: `"${value}" joins value and flag: Eurostat writes a space between them ("${joined[1]} ${joined[2]}").`,
    };
  }
  const parsed = parseStrictNumber(value);
  if (!parsed.ok) return { problem: parsed.reason };
  return { value: parsed.value, ...(flag ? { flag } : {}) };
}
