import gdpSource from '../../src/data/snapshot/sources/gdpCurrentPricesMeur';
import populationSource from '../../src/data/snapshot/sources/populationJan1Of2026DemoGind';
import { parseCsvTable } from '../../src/data/readers/csvTable';

/**
 * The two files, as Excel on a German (or Austrian, French, ...) Windows saves them with
 * "CSV (semicolon delimited)": built from the bundled Eurostat extracts, every participant's row,
 * nothing invented. The population (Eurostat demo_gind, 1 January 2026) in a number format with
 * thousands separators, `AT;2026;9.215.956`; GDP (nama_10_gdp, 2024, million EUR) with its decimals
 * as the extract has them, `AT;2024;494087,6`.
 */
function rows(source: string, year: string): { geo: string; value: string }[] {
  return (
    parseCsvTable(source)
      // The participants' rows: the bundled extract's aggregate (EU27_2020) is no state.
      .records.filter((r) => r.cells.year === year && /^[A-Z]{2}$/.test(r.cells.geo ?? ''))
      .map((r) => ({ geo: r.cells.geo as string, value: r.cells.value as string }))
  );
}

const grouped = new Intl.NumberFormat('de-DE', { useGrouping: true, maximumFractionDigits: 0 });

export const POPULATION_2026 = rows(populationSource, '2026');
export const GDP_2024 = rows(gdpSource, '2024');

/** `geo;year;value` then `AT;2026;9.215.956`, ... (CRLF, as Excel writes). */
export function germanPopulationCsv(): string {
  const lines = POPULATION_2026.map((r) => `${r.geo};2026;${grouped.format(Number(r.value))}`);
  return ['geo;year;value', ...lines].join('\r\n') + '\r\n';
}

/** `geo;year;value` then `AT;2024;494087,6`, ... */
export function germanGdpCsv(): string {
  const lines = GDP_2024.map((r) => `${r.geo};2024;${r.value.replace('.', ',')}`);
  return ['geo;year;value', ...lines].join('\r\n') + '\r\n';
}

/**
 * The GDP file with the lines of three states pasted in from an English workbook (`494087.6`):
 * a file that writes numbers both ways.
 */
export function mixedGdpCsv(): string {
  const pasted = new Set(['FR', 'IT', 'NL']);
  const lines = GDP_2024.map(
    (r) => `${r.geo};2024;${pasted.has(r.geo) ? r.value : r.value.replace('.', ',')}`,
  );
  return ['geo;year;value', ...lines].join('\r\n') + '\r\n';
}

/**
 * A pledges file as Excel on a German or French Windows saves it ("CSV (semicolon delimited)"):
 * amounts in EUR with thousands dots and a decimal comma. ILLUSTRATIVE figures (the rows say so):
 * Germany's and France's relocations are the shipped illustrative round's; the money is invented.
 */
export function germanPledgesCsv(extra: readonly string[] = []): string {
  return (
    [
      'code;relocations;financial_eur;alternative_eur;offsets;deduction_percent;deduction_article;source',
      'DE;4555;;;;;;ILLUSTRATIVE test row',
      'FR;;67.220.000;1.234,5;;;;ILLUSTRATIVE test row',
      'BE;120;250000,5;;10;12,5;62;ILLUSTRATIVE test row',
      ...extra,
    ].join('\r\n') + '\r\n'
  );
}
