import { withNumberConvention } from '../numberConvention';
import type { DecimalMark } from '../numbers';
import { inEnglish, issueOf, phrase, type ReaderPhrase } from '../reasons';
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

const NEEDED: readonly [ColumnRole, ReaderPhrase][] = [
  ['geo', phrase('long.role.geo')],
  ['period', phrase('long.role.period')],
  ['value', phrase('long.role.value')],
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
      const values = { column: lookup.unknown, role, found: { list: parsed.headers } };
      issues.push(issueOf(parsed.headerLine, lookup.unknown, phrase('long.noColumn', values)));
      continue;
    }
    if (lookup.header) found[role] = lookup.header;
    else if (role !== 'flag' && !parsed.unreadable) {
      const close = nearHeader(parsed.headers, role);
      if (close && options.nearHeaders === 'accept') {
        found[role] = close.header;
        const values = { header: close.header, name: close.name };
        issues.push(
          issueOf(parsed.headerLine, close.header, phrase('long.nearHeader', values), 'warning'),
        );
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
  missing: readonly [ColumnRole, ReaderPhrase][],
  near: readonly NearHeader[],
  headers: readonly string[],
  line: number,
): ReadIssue {
  const names = { list: missing.map(([, name]) => name) };
  const close = near
    .filter((n) => missing.some(([role]) => role === n.role))
    .map((n) => phrase('long.oneLetter', { header: n.header, name: n.name }));
  const reason = phrase(missing.length > 1 ? 'long.missing' : 'long.missing.one', {
    names,
    found: headers.length > 0 ? { list: headers } : phrase('long.noHeader'),
    then:
      close.length > 0
        ? phrase('long.confirm', { near: { list: close, joiner: '; ' } })
        : phrase('long.map'),
  });
  // The place names the columns as the file would (in English): geo (the Eurostat country code).
  return issueOf(line, missing.map(([, name]) => inEnglish(name)).join(', '), reason);
}
