import { STATES } from '../core';
import { phrase, type ReaderPhrase } from './reasons';

/**
 * Requests to Eurostat's public Statistics API (JSON-stat 2.0). Filters pin every dimension but geo
 * and time to one category, so that the response is one series; geo is limited to the states the
 * tool knows, which keeps the extraction small (Eurostat refuses over-large ones with HTTP 413).
 */
export const EUROSTAT_API = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data';

export interface EurostatQuery {
  readonly indicator: string;
  readonly dataset: string;
  readonly filters: Readonly<Record<string, string>>;
  /** How the period is written for this dataset: a year, or a year and month. */
  readonly period: 'year' | 'month';
}

export const EUROSTAT_QUERIES: readonly EurostatQuery[] = [
  {
    indicator: 'population',
    dataset: 'demo_pjan',
    filters: { sex: 'T', age: 'TOTAL', unit: 'NR' },
    period: 'year',
  },
  {
    indicator: 'gdp',
    dataset: 'nama_10_gdp',
    filters: { unit: 'CP_MEUR', na_item: 'B1GQ' },
    period: 'year',
  },
  {
    indicator: 'asylumFirstTime',
    dataset: 'migr_asyappctza',
    filters: { citizen: 'EXT_EU27_2020', sex: 'T', age: 'TOTAL', applicant: 'FRST', unit: 'PER' },
    period: 'year',
  },
  {
    indicator: 'temporaryProtection',
    dataset: 'migr_asytpsm',
    filters: { citizen: 'EXT_EU27_2020', sex: 'T', age: 'TOTAL', unit: 'PER' },
    period: 'month',
  },
];

export function eurostatQuery(indicator: string): EurostatQuery {
  const q = EUROSTAT_QUERIES.find((x) => x.indicator === indicator);
  if (!q) throw new Error(`Eurostat has no query for the indicator "${indicator}" in this tool.`);
  return q;
}

/**
 * Checks a period as the analyst typed it: "2024", or "2025-12" for monthly data; the fix as facts
 * (the pane says it in its language).
 */
export function checkPeriod(query: EurostatQuery, period: string): ReaderPhrase | undefined {
  const ok =
    query.period === 'year' ? /^\d{4}$/.test(period) : /^\d{4}-(0[1-9]|1[0-2])$/.test(period);
  if (ok) return undefined;
  return phrase(query.period === 'year' ? 'eurostat.giveYear' : 'eurostat.giveMonth');
}

export function eurostatUrl(query: EurostatQuery, period: string): string {
  const params = new URLSearchParams({ format: 'JSON', lang: 'EN' });
  for (const [k, v] of Object.entries(query.filters)) params.append(k, v);
  params.append('time', period);
  for (const s of STATES) params.append('geo', s.code);
  return `${EUROSTAT_API}/${query.dataset}?${params.toString()}`;
}
