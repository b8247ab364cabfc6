/**
 * Figures the institutions published for a pool, to set beside what the tool computes. They are
 * never used to adjust a computation: a difference stays visible.
 */
export interface PublishedFigure {
  readonly code: string;
  /** The fair share as printed, as a fraction (21.6890 % is 0.21689). */
  readonly fairShare: number;
  readonly fairShareSource: string;
  /** The indicative relocations as reported, and the relocation total they are a share of. */
  readonly relocations: number;
  readonly relocationsTotal: number;
  readonly relocationsSource: string;
}

const DECISION_2025_2642 = 'Council Implementing Decision (EU) 2025/2642';
const PLEDGES_2026 =
  'Relocations reported for the 2026 pool of 21,000, as quoted in the project data notes ' +
  '(data/README.md); the report itself is not bundled';

/** The 2026 pool: the states whose fair share the Council decision prints (Art. 57(1)). */
export const PUBLISHED_2026: readonly PublishedFigure[] = [
  {
    code: 'DE',
    fairShare: 0.21689,
    fairShareSource: DECISION_2025_2642,
    relocations: 4_555,
    relocationsTotal: 21_000,
    relocationsSource: PLEDGES_2026,
  },
  {
    code: 'FR',
    fairShare: 0.160021,
    fairShareSource: DECISION_2025_2642,
    relocations: 3_361,
    relocationsTotal: 21_000,
    relocationsSource: PLEDGES_2026,
  },
];
