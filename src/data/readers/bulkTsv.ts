import type { RawRow, ReadIssue, ReadResult } from '../types';

/**
 * Eurostat's bulk download TSV: the first column joins the dimension codes with commas and ends in
 * `geo\TIME_PERIOD`; each further column is a period; a cell is `value[ flags]`, `:` when missing.
 */
export function readBulkTsv(text: string): ReadResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((c) => c.trim());
  const key = (header[0] ?? '').split(/[,\\]/).map((d) => d.trim());
  const geoIndex = key.indexOf('geo');
  if (geoIndex < 0 || !/\\TIME_PERIOD$/i.test(header[0] ?? '')) {
    return {
      rows: [],
      issues: [
        {
          line: 1,
          column: header[0] || '(first column)',
          message: 'Not a Eurostat bulk TSV: the first header cell must end in geo\\TIME_PERIOD.',
          severity: 'error',
        },
      ],
      metadata: {},
    };
  }
  const dims = key.slice(0, -1); // without TIME_PERIOD
  const periods = header.slice(1);
  const rows: RawRow[] = [];
  const issues: ReadIssue[] = [];
  const seen = dims.map(() => new Set<string>());
  lines.slice(1).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    const codes = (cells[0] ?? '').split(',').map((c) => c.trim());
    codes.forEach((c, d) => seen[d]?.add(c));
    cells.slice(1).forEach((cell, p) => {
      const m = cell.trim().match(/^(:|[-+0-9.eE]+)\s*([a-z]*)$/);
      rows.push({
        line: i + 2,
        geo: codes[geoIndex] ?? '',
        period: periods[p] ?? '',
        value: !m ? cell.trim() : m[1] === ':' ? null : (m[1] as string),
        ...(m?.[2] ? { flag: m[2] } : {}),
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
  return { rows: issues.length ? [] : rows, issues, metadata: {} };
}
