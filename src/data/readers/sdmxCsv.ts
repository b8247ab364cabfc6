import { codeFromName } from '../../core';
import { withNumberConvention } from '../numberConvention';
import type { DecimalMark } from '../numbers';
import { issueOf, phrase } from '../reasons';
import type { RawRow, ReadIssue, ReadResult } from '../types';
import { findColumn, parseCsvTable, refuseLineBreaks } from './csvTable';

/** Columns that describe the observation, not a dimension of the data. */
const NON_DIMENSIONS = new Set([
  'dataflow',
  'structure',
  'structure_id',
  'structure_name',
  'action',
  'last update',
  'geo',
  'time_period',
  'obs_value',
  'obs_flag',
  'conf_status',
  'freq',
]);

/**
 * SDMX-CSV as the Eurostat API and data browser write it (1.0 with `DATAFLOW`, 2.0 with
 * `STRUCTURE_ID`), with codes or with labels. Every other dimension must hold one value, or the file
 * mixes several series (say, both sexes) and the reader says which column to filter.
 */
export function readSdmxCsv(text: string, decimal?: DecimalMark): ReadResult {
  const parsed = parseCsvTable(text);
  const geo = findColumn(parsed.headers, 'geo');
  const time = findColumn(parsed.headers, 'TIME_PERIOD');
  const value = findColumn(parsed.headers, 'OBS_VALUE');
  const flag = findColumn(parsed.headers, 'OBS_FLAG');
  const table = refuseLineBreaks(parsed, [geo, time, value, flag]);
  const issues: ReadIssue[] = [...table.issues];
  if (table.unreadable) return { rows: [], issues, metadata: {} };
  if (!geo || !time || !value) {
    const column = [!geo && 'geo', !time && 'TIME_PERIOD', !value && 'OBS_VALUE']
      .filter(Boolean)
      .join(', ');
    issues.push(issueOf(table.headerLine, column, phrase('sdmx.notSdmx')));
    return { rows: [], issues, metadata: {} };
  }
  for (const column of table.headers.filter((h) => !NON_DIMENSIONS.has(h.toLowerCase()))) {
    const values = new Set(table.records.map((r) => r.cells[column]));
    if (values.size > 1) {
      const shown = [...values].slice(0, 4).map((v) => v ?? '');
      const list = { list: values.size > 4 ? [...shown, '...'] : shown };
      issues.push(
        issueOf(
          table.headerLine,
          column,
          phrase('sdmx.mixes', { n: values.size, column, values: list }),
        ),
      );
    }
  }
  const rows: RawRow[] = table.records.map(({ line, cells, quoted }) => {
    const g = cells[geo]?.trim() ?? '';
    // Files "with labels" name the state ("Germany"): take its code.
    const code = /^[A-Z]{2}(_[A-Z0-9_]+)?$/.test(g) ? g : (codeFromName(g) ?? g);
    const f = flag ? cells[flag]?.trim() : undefined;
    return {
      line,
      geo: code,
      period: cells[time]?.trim() ?? '',
      value: cells[value] ?? null,
      ...(quoted[value] && table.delimiter === ',' ? { thousands: true } : {}),
      ...(f ? { flag: f } : {}),
    };
  });
  const first = table.records[0]?.cells;
  const dataflow = first?.[findColumn(table.headers, 'DATAFLOW', 'STRUCTURE_ID') ?? ''];
  const updated = first?.[findColumn(table.headers, 'LAST UPDATE') ?? ''];
  const read = {
    rows,
    issues,
    refused: table.refused,
    headerLine: table.headerLine,
    metadata: {
      ...(dataflow ? { dataset: datasetFromDataflow(dataflow) } : {}),
      ...(updated ? { release: releaseFromLastUpdate(updated) } : {}),
    },
  };
  return withNumberConvention(read, table.delimiter, decimal);
}

/** "ESTAT:DEMO_PJAN(1.0)" → "Eurostat demo_pjan". */
export function datasetFromDataflow(dataflow: string): string {
  const m = dataflow.match(/^(\w+):(\w+)/);
  if (!m) return dataflow;
  return `${m[1] === 'ESTAT' ? 'Eurostat' : m[1]} ${m[2]?.toLowerCase()}`;
}

/** "14/08/26 23:00:00" (day/month/two-digit year) → "2026-08-14". */
export function releaseFromLastUpdate(text: string): string {
  const m = text.trim().match(/^(\d{2})\/(\d{2})\/(\d{2})/);
  return m ? `20${m[3]}-${m[2]}-${m[1]}` : text.trim();
}
