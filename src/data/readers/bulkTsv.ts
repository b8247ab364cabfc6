import { clipText, parseStrictNumber } from '../numbers';
import { issueOf, phrase, type ReaderPhrase } from '../reasons';
import type { RawRow, ReadIssue, ReadResult } from '../types';
import { fileText, textTooLong } from './text';

/**
 * Eurostat's bulk download TSV: the first column joins the dimension codes with commas and ends in
 * `geo\TIME_PERIOD`; each further column is a period; a cell is `value[ flags]` (the flags after a
 * space), `:` when missing. Every observation is a row: a line of the wrong shape refuses all its
 * observations, a malformed cell its own, each with an issue naming the line and the period.
 */
export function readBulkTsv(input: string): ReadResult {
  const fail = (issue: ReadIssue): ReadResult => ({ rows: [], issues: [issue], metadata: {} });
  const read = fileText(input, 'tsv');
  if ('issue' in read) return fail(read.issue);
  const { text } = read;
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((c) => c.trim());
  const key = (header[0] ?? '').split(/[,\\]/).map((d) => d.trim());
  const geoIndex = key.indexOf('geo');
  if (geoIndex < 0 || !/\\TIME_PERIOD$/i.test(header[0] ?? '')) {
    const column = (header[0] ?? '').slice(0, 60) || '(first column)';
    return fail(issueOf(1, column, phrase('tsv.notTsv')));
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
    const refuseLine = (column: string, reason: ReaderPhrase) => {
      issues.push(issueOf(line, column, reason));
      periods.forEach(refuse);
    };
    if (cells.length !== header.length) {
      refuseLine(
        cells.length < header.length ? (periods[cells.length - 1] ?? '(row)') : '(row)',
        phrase('tsv.cells', { n: cells.length, header: header.length }),
      );
      return;
    }
    if (codes.length !== dims.length || codes.some((c) => c === '')) {
      refuseLine(
        header[0] as string,
        phrase('tsv.codes', {
          n: codes.length,
          codes: clipText(cells[0] ?? ''),
          dims: dims.length,
          names: { list: dims },
        }),
      );
      return;
    }
    codes.forEach((c, d) => seen[d]?.add(c));
    cells.slice(1).forEach((cell, p) => {
      const period = periods[p] as string;
      const parsed = readCell(cell);
      if ('problem' in parsed) {
        issues.push(issueOf(line, period, parsed.problem));
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
      const list = { list: [...values].slice(0, 4) };
      issues.push(
        issueOf(1, d, phrase('tsv.mixes', { n: values.size, dimension: d, values: list })),
      );
    }
  });
  const mixed = issues.some((i) => i.line === 1);
  return { rows: mixed ? [] : rows, issues, refused, refusedByPeriod, metadata: {} };
}

/** One cell: `value[ flags]` with a space before the flags, `:` (with flags or not) when missing. */
function readCell(
  cell: string,
): { value: number | null; flag?: string } | { problem: ReaderPhrase } {
  const tooLong = textTooLong(cell);
  if (tooLong) return { problem: tooLong };
  const text = cell.trim();
  if (text === '') {
    return { problem: phrase('tsv.emptyCell') };
  }
  const m = text.match(/^(\S+?)(?: +([a-z]+))?$/);
  const [, value, flag] = m ?? [];
  if (value === undefined) {
    return { problem: phrase('tsv.notACell', { text: clipText(text) }) };
  }
  if (value === ':') return { value: null, ...(flag ? { flag } : {}) };
  const joined = value.match(/^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)([a-z]+)$/);
  if (joined) {
    const [, figure = '', flagged = ''] = joined;
    return { problem: phrase('tsv.joined', { text: value, value: figure, flag: flagged }) };
  }
  const parsed = parseStrictNumber(value);
  if (!parsed.ok) return { problem: parsed.why };
  return { value: parsed.value, ...(flag ? { flag } : {}) };
}
