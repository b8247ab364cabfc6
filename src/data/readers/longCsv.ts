import { withNumberConvention } from '../numberConvention';
import type { DecimalMark } from '../numbers';
import type { RawRow, ReadIssue, ReadResult } from '../types';
import { findColumn, flagInSource, parseCsvTable, refuseLineBreaks } from './csvTable';

/**
 * Eurostat long CSV: one observation per line, columns `geo,year,value` and optionally `unit`,
 * `source`, `flag`. Also accepts `time`/`TIME_PERIOD` for the year and `OBS_VALUE` for the value.
 */
export function readLongCsv(text: string, decimal?: DecimalMark): ReadResult {
  const parsed = parseCsvTable(text);
  const geo = findColumn(parsed.headers, 'geo', 'country', 'code');
  const period = findColumn(parsed.headers, 'year', 'time', 'time_period', 'period');
  const value = findColumn(parsed.headers, 'value', 'obs_value');
  const unit = findColumn(parsed.headers, 'unit');
  const source = findColumn(parsed.headers, 'source');
  const flag = findColumn(parsed.headers, 'flag', 'obs_flag', 'status');
  // Only the source note may span lines.
  const table = refuseLineBreaks(parsed, [geo, period, value, unit, flag]);
  const issues: ReadIssue[] = [...table.issues];
  if (table.unreadable) return { rows: [], issues, metadata: {} };
  const missing = [
    [geo, 'geo (the Eurostat country code)'],
    [period, 'year'],
    [value, 'value'],
  ].filter(([found]) => !found);
  if (missing.length > 0) {
    issues.push({
      line: table.headerLine,
      column: missing.map(([, name]) => name).join(', '),
      message:
        `The header lacks the column${missing.length > 1 ? 's' : ''} ` +
        `${missing.map(([, name]) => name).join(', ')}: a long CSV has geo,year,value ` +
        `(found: ${table.headers.join(', ') || 'no header'}).`,
      severity: 'error',
    });
    return { rows: [], issues, metadata: {} };
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
  return withNumberConvention(read, table.delimiter, decimal);
}
