import type { ReadResult } from '../types';
import { readBulkTsv } from './bulkTsv';
import { readJsonStat } from './jsonStat';
import { readLongCsv, type LongCsvOptions } from './longCsv';
import { readSdmxCsv } from './sdmxCsv';
import { stripBom } from './text';

export { readBulkTsv, readJsonStat, readLongCsv, readSdmxCsv };
export { eurostatError } from './eurostatError';
export * from './table';
export * from './columns';
export type { LongCsvOptions } from './longCsv';

export type IndicatorFileFormat = 'json-stat' | 'sdmx-csv' | 'bulk-tsv' | 'long-csv';

/** Tells the format of an indicator file from its content. */
export function detectFormat(text: string): IndicatorFileFormat {
  const start = stripBom(text)
    .trimStart()
    .replace(/^sep=[^\r\n]\r?\n/, '');
  if (start.startsWith('{')) return 'json-stat';
  const header = (start.split(/\r?\n/)[0] ?? '').toUpperCase();
  if (header.includes('\\TIME_PERIOD')) return 'bulk-tsv';
  if (header.includes('OBS_VALUE')) return 'sdmx-csv';
  return 'long-csv';
}

/** Reads any supported indicator file: long CSV, SDMX-CSV, Eurostat bulk TSV or JSON-stat 2.0. */
export function readIndicatorFile(
  text: string,
  options: LongCsvOptions = {},
): ReadResult & { format: IndicatorFileFormat } {
  const format = detectFormat(text);
  const { decimal } = options;
  // Eurostat's TSV and JSON-stat are Eurostat's own: decimal points, always.
  const read = {
    'json-stat': readJsonStat,
    'sdmx-csv': (t: string) => readSdmxCsv(t, decimal),
    'bulk-tsv': readBulkTsv,
    'long-csv': (t: string) => readLongCsv(t, options),
  }[format];
  return { ...read(text), format };
}
