import type { Provenance, RawRow } from '../types';
import firstTimeAsylumApplicants from './sources/firstTimeAsylumApplicants';
import gdpCurrentPricesMeur from './sources/gdpCurrentPricesMeur';
import irregularArrivals2024 from './sources/irregularArrivals2024';
import irregularArrivalsNational2024And2025 from './sources/irregularArrivalsNational2024And2025';
import populationJan1DemoGind from './sources/populationJan1DemoGind';
import populationJan1DemoPjan from './sources/populationJan1DemoPjan';
import populationJan1FirstRelease from './sources/populationJan1FirstRelease';
import populationJan1Of2026DemoGind from './sources/populationJan1Of2026DemoGind';
import temporaryProtectionStock from './sources/temporaryProtectionStock';

/** One bundled release of one dataset: the verbatim extract and where it came from. */
export interface BundledDataset {
  readonly id: string;
  readonly indicator: string;
  readonly csv: string;
  readonly provenance: Provenance;
  /** Keeps the rows of one measure where the extract holds several. */
  readonly select?: (row: RawRow) => boolean;
}

export const DEMO_PJAN_2026_08_14: BundledDataset = {
  id: 'demo_pjan@2026-08-14',
  indicator: 'population',
  csv: populationJan1DemoPjan,
  provenance: {
    dataset: 'Eurostat demo_pjan (age TOTAL, sex T)',
    release: '2026-08-14',
    source:
      'Eurostat Statistics API, JSON-stat 2.0 response (updated 2026-08-14T23:00:00+0200), copy in the ' +
      'public GitHub repository gbalandin/Balandin-final-project, data/raw/demo_pjan.json @952db31a',
    note:
      "Portugal's 1 January 2024 figure in this response is the pre-revision 10,639,726; " +
      'demo_gind of 10 July 2026 has 11,204,347. Kept as published.',
  },
};

const DEMO_GIND_SOURCE =
  'Eurostat SDMX-CSV extract (LAST UPDATE 10/07/26), copy in the public GitHub repository ' +
  'MaksymZakharchenko/European-Refugee-Flow-Simulator, data/raw/population.csv @89f838c6';

export const DEMO_GIND_2026_07_10: BundledDataset = {
  id: 'demo_gind@2026-07-10',
  indicator: 'population',
  csv: populationJan1DemoGind,
  provenance: {
    dataset: 'Eurostat demo_gind (indic_de JAN: population on 1 January, the demo_pjan total)',
    release: '2026-07-10',
    source: DEMO_GIND_SOURCE,
    note: 'Flags p (provisional), e (estimated) and ep kept per state.',
  },
};

export const DEMO_GIND_2026_FIRST_ESTIMATES: BundledDataset = {
  id: 'demo_gind-2026@2026-07-10',
  indicator: 'population',
  csv: populationJan1Of2026DemoGind,
  provenance: {
    dataset: 'Eurostat demo_gind (indic_de JAN), first estimates for 1 January 2026',
    release: '2026-07-10',
    source: DEMO_GIND_SOURCE,
    note: 'First estimates: many states flagged p (provisional) or e (estimated).',
  },
};

/**
 * Population on 1 January as FIRST released (11 July 2024 and 11 July 2025), before later
 * revisions: the figures the Commission had at its autumn-2025 cut-off for the 2026 pool.
 */
export const DEMO_GIND_FIRST_RELEASE: BundledDataset = {
  id: 'demo_gind-first-release@2025-07-11',
  indicator: 'population',
  csv: populationJan1FirstRelease,
  provenance: {
    dataset:
      'Eurostat demo_gind (population on 1 January), first release, rounded to the nearest 100',
    release: '2025-07-11',
    source:
      "The table of Wikipedia 'List of European Union member states by population' (July 2024 and " +
      "July 2025 revisions, mirrors named per row), which cites Eurostat's news releases of 11 July " +
      "2024 ('EU population increases again in 2024') and 11 July 2025 ('EU population increases " +
      "for the 4th consecutive year')",
    note:
      'The 1 January 2024 rows are the first release of 11 July 2024. ' +
      'Values rounded to the nearest 100 by that table (no share moves by more than 0.00002 ' +
      'points); EU-27 only. Later releases revised FR, PT, ES, EL, BE, IT, RO, LV, CY and IE. The ' +
      'rounded 27 states sum to 450,380,800 for 2025 against the printed total 450,380,300.',
  },
};

export const NAMA_10_GDP: BundledDataset = {
  id: 'nama_10_gdp@after-2025-11-21',
  indicator: 'gdp',
  csv: gdpCurrentPricesMeur,
  provenance: {
    dataset: 'Eurostat nama_10_gdp (na_item B1GQ, unit CP_MEUR)',
    release: 'not stated; extract made after 21 November 2025',
    source:
      'Copy in the public GitHub repository shbutkhuzi/eurostat-vis, data/raw/nama_10_gdp.csv @9be36d29',
    note:
      'The unit column was missing in the source file; the magnitudes (e.g. PL 2024 = 848,490.9) show ' +
      'current prices in million euro. Liechtenstein has no 2024 figure.',
  },
};

export const MIGR_ASYTPSM_2026_07_01: BundledDataset = {
  id: 'migr_asytpsm@2026-07-01',
  indicator: 'temporaryProtection',
  csv: temporaryProtectionStock,
  provenance: {
    dataset: 'Eurostat migr_asytpsm (citizen EXT_EU27_2020, sex T, age TOTAL, end-of-month stock)',
    release: '2026-07-01',
    source:
      'Eurostat SDMX-CSV extract (LAST UPDATE 01/07/26), copy in the public GitHub repository ' +
      'MaksymZakharchenko/European-Refugee-Flow-Simulator, data/raw/temporary_protection.csv @89f838c6',
    note:
      'Breaks in series: Italy June 2025 (163,100 to 41,455), Germany method change July 2024. ' +
      'Flag d (definition differs) for ES, EL, CY, FR.',
  },
};

export const MIGR_ASYAPPCTZA_2024: BundledDataset = {
  id: 'migr_asyappctza-2024@2025-03-14',
  indicator: 'asylumFirstTime',
  csv: firstTimeAsylumApplicants,
  provenance: {
    dataset: 'Eurostat migr_asyappctza (first-time applicants, non-EU citizens)',
    release: 'data extracted 14 March 2025',
    source:
      "Eurostat Statistics Explained, 'Asylum applications - annual statistics' (Hungary: the same " +
      'release as reported in the press)',
    note:
      'Only DE, ES, IT, FR, EL and HU are bundled: the other participants are gaps until a live ' +
      'Eurostat request fills them. Eurostat rounds to 5.',
  },
};

export const IRREGULAR_ARRIVALS_2024: BundledDataset = {
  id: 'national-arrivals-2024',
  indicator: 'irregularArrivals',
  csv: irregularArrivals2024,
  provenance: {
    dataset: 'National ministries of the interior (no Eurostat dataset)',
    release: 'full-year 2024 figures, reported January 2025',
    source:
      'Spain: Ministry of the Interior annual balance to 31 Dec 2024 (sea and land); Italy: Ministry of ' +
      "the Interior 'cruscotto statistico giornaliero' (sea arrivals), as reported in the press",
    note:
      'Italy: another report gives 66,615 (66,317 kept). Greece, Cyprus and Malta have only part-year ' +
      'figures and are left as gaps, as are all other states. No search-and-rescue breakdown.',
  },
  // The extract holds several measures per state: keep the full-year national totals.
  select: (row) =>
    /^(ES|IT)$/.test(row.geo) &&
    /^persons; (irregular arrivals, sea \+ land, full year|sea arrivals \(sbarchi\), full year)$/.test(
      row.unit ?? '',
    ),
};

/**
 * National year-end figures for 2024 and 2025 as reported by news agencies quoting the ministries.
 * Kept where a row is a state's full-year count of irregular arrivals (Art. 9(2)); everything else
 * in the extract (sea-only Coast Guard counts, regions, asylum seekers, partial years) is left out.
 */
export const NATIONAL_ARRIVALS_2024_2025: BundledDataset = {
  id: 'national-arrivals-2024-2025@2026-02',
  indicator: 'irregularArrivals',
  csv: irregularArrivalsNational2024And2025,
  provenance: {
    dataset: 'National ministries and authorities (no Eurostat dataset)',
    release: 'year-end figures for 2024 and 2025, reported January to February 2026',
    source:
      'Spain: Ministry of the Interior balance to 31 Dec 2025 (sea and land, 2024 as revised in it); ' +
      'Italy: Ministry of the Interior year-end balance (sea arrivals), ANSA 31 Dec 2025; Greece: the ' +
      'Minister of Migration and Asylum, 24 Jan 2026 (islands and Evros land border); Malta (2024): ' +
      'Police Immigration Office in the AIDA/ECRE report; each row names its report',
    note:
      'States count arrivals differently (Spain sea and land, Italy sea only, Greece islands and ' +
      'land border, Malta sea): not one measure. Italy 2024 is a third value (66,617; others say ' +
      '66,317 and 66,615). Cyprus (asylum seekers arrived, 2024) and the Greek Coast Guard sea-only ' +
      'count do not fit the definition and are left out; every other state is a gap.',
  },
  // One full-year national total per state and year: the rows whose unit says so.
  select: (row) =>
    /^(ES|IT|EL|MT)$/.test(row.geo) &&
    /^persons; (irregular arrivals sea\+land, (full year|1 Jan-31 Dec 2025)|sea arrivals \(sbarchi\), full year|sea arrivals, full year 2024 as quoted|irregular arrivals \("flows"(, islands \+ Evros land border)?\), full year|irregular arrivals at Malta borders \(all by sea\), full year)/.test(
      row.unit ?? '',
    ),
};
