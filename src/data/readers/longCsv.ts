import { withNumberConvention } from '../numberConvention';
import type { DecimalMark } from '../numbers';
import type { RawRow, ReadIssue, ReadResult } from '../types';
import {
  columnFor,
  nearHeader,
  type ColumnFindings,
  type ColumnMap,
  type ColumnRole,
  type NearHeader,
} from './columns';
import { findColumn, flagInSource, parseCsvTable, refuseLineBreaks } from './csvTable';

export interface LongCsvOptions {
  /** How the numbers are written, where the analyst chose (numberConvention.ts). */
  readonly decimal?: DecimalMark;
  /** Columns the analyst mapped (the pane's column step, --map). */
  readonly columns?: ColumnMap;
  /**
   * A header one edit from a needed name ("yaer"): `ask` leaves it unused and says so in
   * ReadResult.columns (the pane asks); `accept` uses it with a note (the command line).
   */
  readonly nearHeaders?: 'ask' | 'accept';
}

const NEEDED: readonly [ColumnRole, string][] = [
  ['geo', 'geo (the Eurostat country code)'],
  ['period', 'year'],
  ['value', 'value'],
];

/**
 * Eurostat long CSV: one observation per line, columns `geo,year,value` and optionally `unit`,
 * `source`, `flag`. Also accepts `time`/`TIME_PERIOD` for the year and `OBS_VALUE` for the value,
 * and any columns the analyst maps.
 */
export function readLongCsv(text: string, options: LongCsvOptions = {}): ReadResult {
  const parsed = parseCsvTable(text);
  const map = options.columns ?? {};
  const issues: ReadIssue[] = [];
  const found: Partial<Record<ColumnRole, string>> = {};
  const near: NearHeader[] = [];
  for (const role of ['geo', 'period', 'value', 'flag'] as const) {
    const lookup = columnFor(parsed.headers, role, map);
    if ('unknown' in lookup) {
      issues.push({
        line: parsed.headerLine,
        column: lookup.unknown,
        message: `The file has no column "${lookup.unknown}" to read as ${role} (found: ${parsed.headers.join(', ')}).`,
        severity: 'error',
      });
      continue;
    }
    if (lookup.header) found[role] = lookup.header;
    else if (role !== 'flag' && !parsed.unreadable) {
      const close = nearHeader(parsed.headers, role);
      if (close && options.nearHeaders === 'accept') {
        found[role] = close.header;
        issues.push({
          line: parsed.headerLine,
          column: close.header,
          message: `The column "${close.header}" was read as ${close.name}, one letter from it: rename it "${close.name}" if that is right.`,
          severity: 'warning',
        });
      } else if (close) near.push(close);
    }
  }
  const { geo, period, value, flag } = found;
  const unit = findColumn(parsed.headers, 'unit');
  const source = findColumn(parsed.headers, 'source');
  // Only the source note may span lines.
  const table = refuseLineBreaks(parsed, [geo, period, value, unit, flag]);
  issues.unshift(...table.issues);
  if (table.unreadable) return { rows: [], issues, metadata: {} };
  const missing = NEEDED.filter(([role]) => !found[role] && map[role] === undefined);
  if (
    missing.length > 0 ||
    issues.some((i) => i.severity === 'error' && i.line === table.headerLine)
  ) {
    if (missing.length > 0)
      issues.push(missingColumns(missing, near, table.headers, table.headerLine));
    const columns: ColumnFindings = {
      headers: table.headers,
      missing: missing.map(([role]) => role),
      near,
    };
    return { rows: [], issues, metadata: {}, headerLine: table.headerLine, columns };
  }
  const rows: RawRow[] = table.records.map(({ line, cells, quoted }) => {
    const sourceText = source ? cells[source]?.trim() : undefined;
    const flagText = (flag ? cells[flag]?.trim() : undefined) || flagInSource(sourceText);
    return {
      line,
      geo: cells[geo as string]?.trim() ?? '',
      period: cells[period as string]?.trim() ?? '',
      value: cells[value as string] ?? null,
      ...(quoted[value as string] && table.delimiter === ',' ? { thousands: true } : {}),
      ...(flagText ? { flag: flagText } : {}),
      ...(unit && cells[unit] ? { unit: cells[unit].trim() } : {}),
      ...(sourceText ? { source: sourceText } : {}),
    };
  });
  const read = { rows, issues, refused: table.refused, headerLine: table.headerLine, metadata: {} };
  return withNumberConvention(read, table.delimiter, options.decimal);
}

function missingColumns(
  missing: readonly [ColumnRole, string][],
  near: readonly NearHeader[],
  headers: readonly string[],
  line: number,
): ReadIssue {
  const names = missing.map(([, name]) => name).join(', ');
  const close = near
    .filter((n) => missing.some(([role]) => role === n.role))
    .map((n) => `"${n.header}" is one letter from "${n.name}"`);
  return {
    line,
    column: names,
    message:
      `The header lacks the column${missing.length > 1 ? 's' : ''} ${names}: a long CSV has ` +
      `geo,year,value (found: ${headers.join(', ') || 'no header'}).` +
      (close.length > 0
        ? ` ${close.join('; ')}: confirm it, or map the columns.`
        : ' Map the columns, or rename them.'),
    severity: 'error',
  };
}
