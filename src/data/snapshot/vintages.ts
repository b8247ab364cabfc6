import { DEFAULT_PARTICIPANTS } from '../../core';
import { errorsOf, toSeries } from '../validate';
import { formatIssue, type IndicatorSeries, type IndicatorSet } from '../types';
import { readLongCsv } from '../readers';
import {
  DEMO_GIND_2026_07_10,
  DEMO_GIND_2026_FIRST_ESTIMATES,
  DEMO_GIND_FIRST_RELEASE,
  DEMO_PJAN_2026_08_14,
  IRREGULAR_ARRIVALS_2024,
  MIGR_ASYAPPCTZA_2024,
  MIGR_ASYTPSM_2026_07_01,
  NAMA_10_GDP,
  NATIONAL_ARRIVALS_2024_2025,
  type BundledDataset,
} from './datasets';

/** A choice of data for one computation: which release and period of each indicator. */
export interface Vintage {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly parts: readonly { readonly dataset: BundledDataset; readonly period: string }[];
}

const PRESSURE_2024 = [
  { dataset: MIGR_ASYAPPCTZA_2024, period: '2024' },
  { dataset: IRREGULAR_ARRIVALS_2024, period: '2024' },
];

/** A population release with GDP 2024, temporary protection at the end of `tpMonth`, pressure 2024. */
function withGdp2024(population: BundledDataset, year: string, tpMonth: string): Vintage['parts'] {
  return [
    { dataset: population, period: year },
    { dataset: NAMA_10_GDP, period: '2024' },
    { dataset: MIGR_ASYTPSM_2026_07_01, period: tpMonth },
    ...PRESSURE_2024,
  ];
}

export const VINTAGES: readonly Vintage[] = [
  {
    id: '2026-reference',
    label: '2026 pool data (population 1 Jan 2025 first release, GDP 2024)',
    description:
      'The data the Commission had at its autumn-2025 cut-off for the 2026 pool: population on ' +
      '1 January 2025 as first released on 11 July 2025 (rounded to 100 by the public table that ' +
      'copies it), with GDP 2024. Closest to the published 2026 shares (within 0.005 percentage ' +
      'points; the GDP release the Commission used is not bundled). Temporary protection at the end ' +
      'of June 2025, the end of the first reporting year.',
    parts: withGdp2024(DEMO_GIND_FIRST_RELEASE, '2025', '2025-06'),
  },
  {
    id: 'latest',
    label: 'Latest (population 1 Jan 2025, GDP 2024)',
    description:
      'The latest complete figures bundled: population on 1 January 2025 (demo_gind, 10 July 2026) ' +
      'with GDP 2024, the latest year of the GDP extract. Temporary protection at the end of ' +
      'December 2025, the latest month reported by every state in the extract.',
    parts: withGdp2024(DEMO_GIND_2026_07_10, '2025', '2025-12'),
  },
  {
    id: 'first-estimates-2026',
    label: 'First estimates (population 1 Jan 2026, GDP 2024)',
    description:
      'The newest data bundled: population on 1 January 2026 as first released on 10 July 2026 ' +
      '(many figures provisional or estimated), the kind of release the Commission used for 2026; ' +
      'GDP 2024, the latest year bundled (a 2027 proposal will use GDP 2025). Temporary protection ' +
      'at the end of December 2025; irregular arrivals 2025 as the ministries reported them.',
    parts: [
      { dataset: DEMO_GIND_2026_FIRST_ESTIMATES, period: '2026' },
      { dataset: NAMA_10_GDP, period: '2024' },
      { dataset: MIGR_ASYTPSM_2026_07_01, period: '2025-12' },
      { dataset: MIGR_ASYAPPCTZA_2024, period: '2024' },
      { dataset: NATIONAL_ARRIVALS_2024_2025, period: '2025' },
    ],
  },
  {
    id: 'population-2024-pjan',
    label: 'Population 1 Jan 2024 (demo_pjan of 14 Aug 2026), GDP 2024',
    description:
      'Population on 1 January 2024 from the demo_pjan response of 14 August 2026 (Portugal before ' +
      'its revision) with GDP 2024. Not the data of the 2026 pool: it ' +
      'gives France 16.0256 % against the published 16.0021 %. Kept for comparison (until issue 10 ' +
      'it was called 2026-reference). Temporary protection at the end of June 2025.',
    parts: withGdp2024(DEMO_PJAN_2026_08_14, '2024', '2025-06'),
  },
];

export const DEFAULT_VINTAGE = 'latest';

export function vintageIds(): string[] {
  return VINTAGES.map((v) => v.id);
}

/**
 * Each vintage read once: the set is immutable (its series and observations are read-only), and
 * reading it is the costliest step of the pane's first view, asked again by Compare, the copy and
 * each generation.
 */
const loaded = new Map<string, IndicatorSet>();

/** Reads a bundled vintage with the same reader and validation as an analyst's file. */
export function loadVintage(id: string): IndicatorSet {
  let set = loaded.get(id);
  if (!set) {
    set = readVintage(id);
    loaded.set(id, set);
  }
  return set;
}

function readVintage(id: string): IndicatorSet {
  const vintage = VINTAGES.find((v) => v.id === id);
  if (!vintage) {
    throw new Error(`Unknown dataset "${id}": choose one of ${vintageIds().join(', ')}.`);
  }
  const series: IndicatorSeries[] = vintage.parts.map(({ dataset, period }) => {
    const result = toSeries(readLongCsv(dataset.csv), {
      indicator: dataset.indicator,
      period,
      provenance: dataset.provenance,
      ...(dataset.select ? { select: dataset.select } : {}),
    });
    const errors = errorsOf(result.issues);
    if (errors.length > 0 || !result.series) {
      // Bundled data is checked by the tests: this only fires if a bundled extract was damaged.
      throw new Error(`Bundled ${dataset.id} is damaged: ${errors.map(formatIssue).join('; ')}`);
    }
    return result.series;
  });
  return { id: vintage.id, label: vintage.label, description: vintage.description, series };
}

/** Participants the bundled fair-share data covers by default. */
export const SNAPSHOT_PARTICIPANTS = DEFAULT_PARTICIPANTS;
