import { DECISION_2025_2323, DEFAULT_PARTICIPANTS, type Scenario } from '../core';

/** A named scenario: the data vintage and the analyst's choices, ready to compute. */
export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly vintage: string;
  readonly scenario: Scenario;
  readonly categoriesSource: string;
}

const base = {
  participants: DEFAULT_PARTICIPANTS,
  deductions: [],
  categories: DECISION_2025_2323.categories,
} as const;

export const PRESETS: readonly Preset[] = [
  {
    id: '2026-proposal',
    label: '2026 pool at the Art. 12(2) minima',
    description:
      'The 2026 pool computed as a Commission proposal at the Art. 12(2) minima: 30,000 relocations ' +
      'and EUR 600 million, on the 2026 reference data.',
    vintage: '2026-reference',
    scenario: { ...base, totals: { relocations: 30_000, financialEur: 600_000_000 } },
    categoriesSource: DECISION_2025_2323.reference,
  },
  {
    id: '2026-council',
    label: '2026 pool as adopted by the Council',
    description:
      'The 2026 pool as adopted: 21,000 relocations and EUR 420 million (Council Implementing ' +
      'Decision (EU) 2025/2642 of 19 December 2025), reflecting the Pact applying only from 12 June ' +
      '2026; same data as 2026-proposal.',
    vintage: '2026-reference',
    scenario: { ...base, totals: { relocations: 21_000, financialEur: 420_000_000 } },
    categoriesSource: DECISION_2025_2323.reference,
  },
  {
    id: 'latest',
    label: 'Next pool on the latest data',
    description:
      'The Art. 12(2) minima (30,000 relocations; the financial total follows at EUR 20,000 each) on the ' +
      'latest bundled data. Commission findings: the 2025 decision, the latest the tool bundles; ' +
      'replace them with the current decision.',
    vintage: 'latest',
    scenario: { ...base, totals: { relocations: 30_000 } },
    categoriesSource: DECISION_2025_2323.reference,
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
