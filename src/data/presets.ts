import { DECISION_2025_2323, DEFAULT_PARTICIPANTS, standingIn, type Scenario } from '../core';
import { PUBLISHED_2026, type PublishedFigure } from './snapshot/published';

export { PUBLISHED_2026, type PublishedFigure };

/** A named scenario: the data vintage and the analyst's choices, ready to compute. */
export interface Preset {
  readonly id: string;
  /** Its name in English, as the workbook and the English pane say it (words/en/scenario.ts). */
  readonly label: string;
  readonly description: string;
  readonly vintage: string;
  readonly scenario: Scenario;
  readonly categoriesSource: string;
  /** What differs from the inputs the Commission itself uses: said beside every result. */
  readonly caveats: readonly string[];
  /** Figures the institutions published for this pool, shown beside the tool's. */
  readonly published?: readonly PublishedFigure[];
}

const base = {
  participants: DEFAULT_PARTICIPANTS,
  deductions: [],
  categories: DECISION_2025_2323.categories,
} as const;

/** Art. 11: the findings for 2027 are the Commission's to adopt; until then the 2025 ones stand in. */
export const FINDINGS_2027_DEFAULT = standingIn(
  DECISION_2025_2323,
  'the Commission findings for 2027',
);

/**
 * Art. 12(5), 57(2): the states under pressure from search-and-rescue arrivals, as the Commission's
 * Q&A on the first cycle names them; no indicative percentage is in any stored source, so none.
 */
const SAR_2026 = {
  share: null,
  states: ['ES', 'IT'],
  source:
    'States: Commission Q&A on the first annual cycle (Spain and Italy under migratory pressure ' +
    '"because of a disproportionate number of arrivals following search and rescue at sea"); ' +
    'percentage: none in the stored sources',
} as const;

/** Art. 12(2): the Commission proposal for 2026 identified the minima (as Spain's statement records). */
const COMMISSION_2026 = { relocations: 30_000, financialEur: 600_000_000 } as const;

const CAVEATS_2026 = [
  'Population as first released on 11 July 2025, rounded to 100 by the public table that copies ' +
    'it; GDP 2024 from an extract made after 21 November 2025, a little later than the ' +
    'Commission’s cut-off: the published shares differ by up to 0.005 percentage points.',
];

export const PRESETS: readonly Preset[] = [
  {
    id: '2026-proposal',
    label: '2026 Commission proposal',
    description:
      'The 2026 pool as the Commission proposal identified it (Art. 12(2)): 30,000 relocations ' +
      'and EUR 600 million, on the data the Commission had for 2026; no Council act yet, so the ' +
      'fair shares rest on the proposal (its indicative contributions).',
    vintage: '2026-reference',
    scenario: { ...base, totals: COMMISSION_2026, council: null, sar: SAR_2026 },
    categoriesSource: DECISION_2025_2323.reference,
    caveats: CAVEATS_2026,
    published: PUBLISHED_2026,
  },
  {
    id: '2026-council',
    label: '2026 pool as adopted by the Council',
    description:
      'The 2026 pool as adopted: Commission proposal 30,000 relocations and EUR 600 million ' +
      '(Art. 12(2)); Council reference numbers 21,000 relocations and EUR 420 million (Art. 57(1), ' +
      'Council Implementing Decision (EU) 2025/2642 of 19 December 2025), reflecting the Pact ' +
      'applying only from 12 June 2026; the same data as the 2026 Commission proposal.',
    vintage: '2026-reference',
    scenario: {
      ...base,
      totals: COMMISSION_2026,
      council: { relocations: 21_000, financialEur: 420_000_000 },
      sar: SAR_2026,
    },
    categoriesSource: DECISION_2025_2323.reference,
    caveats: CAVEATS_2026,
    published: PUBLISHED_2026,
  },
  {
    id: '2027-proposal',
    label: '2027 Commission proposal at the minima',
    description:
      'The 2027 pool as a Commission proposal at the Art. 12(2) minima: 30,000 relocations and ' +
      'EUR 600 million, on the newest data bundled (population on 1 January 2026, first estimates; ' +
      'GDP 2024).',
    vintage: 'first-estimates-2026',
    scenario: {
      ...base,
      categories: FINDINGS_2027_DEFAULT.categories,
      totals: { relocations: 30_000, financialEur: 600_000_000 },
      council: null,
    },
    categoriesSource: FINDINGS_2027_DEFAULT.reference,
    caveats: [
      'GDP 2025 is not bundled: GDP 2024 stands in. Load a GDP 2025 file, or request nama_10_gdp ' +
        '2025 from Eurostat, to replace it.',
      'Population on 1 January 2026 is the first estimate of 10 July 2026 (many states provisional ' +
        'or estimated), as the Commission’s own input would be; later releases revise it.',
      'The Commission’s findings for 2027 (Art. 11) are not adopted yet: those of Implementing ' +
        'Decision (EU) 2025/2323 stand in, as a default: set them on the Scenario tab once adopted.',
    ],
  },
  {
    id: 'latest',
    label: 'Next pool on the latest data',
    description:
      'The Art. 12(2) minima (30,000 relocations; the financial total follows at EUR 20,000 each) on the ' +
      'latest bundled data. Commission findings: the 2025 decision, the latest the tool bundles; ' +
      'replace them with the current decision.',
    vintage: 'latest',
    scenario: { ...base, totals: { relocations: 30_000 }, council: null },
    categoriesSource: DECISION_2025_2323.reference,
    caveats: [],
  },
];

export const DEFAULT_PRESET = 'latest';

export function findPreset(id: string): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) {
    throw new Error(
      `Unknown scenario "${id}": choose one of ${PRESETS.map((p) => p.id).join(', ')}.`,
    );
  }
  return preset;
}

/**
 * A preset's caveats and published figures describe its own data: they go with a result only
 * while that data is in use, never with another vintage or with a series replaced from a file
 * (the task pane and the command line apply the same rule).
 */
export function presetNotes(
  preset: Preset,
  vintage: string,
  replacedSeries: number,
): { readonly caveats: readonly string[]; readonly published?: readonly PublishedFigure[] } {
  if (vintage !== preset.vintage || replacedSeries > 0) return { caveats: [] };
  return { caveats: preset.caveats, ...(preset.published ? { published: preset.published } : {}) };
}
