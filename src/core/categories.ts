import { MethodologyError } from './errors';
import { methodReason } from './reasons';
import { normalizeCode } from './states';

/**
 * The three findings of the Commission's implementing decision (Art. 11). They are decisions, not
 * the output of a formula: the tool takes them as inputs and never computes them.
 */
export type MigratoryCategory = 'under-pressure' | 'at-risk' | 'significant-situation';

export const CATEGORY_LABELS: Readonly<Record<MigratoryCategory, string>> = {
  'under-pressure': 'Under migratory pressure',
  'at-risk': 'At risk of migratory pressure',
  'significant-situation': 'Facing a significant migratory situation',
};

export type CategoryMap = Readonly<Record<string, readonly MigratoryCategory[]>>;

export interface CategoryDecision {
  readonly reference: string;
  readonly categories: CategoryMap;
  /** Set when these findings stand in, as a default, for a decision not adopted yet. */
  readonly standsInFor?: string;
}

/** Commission Implementing Decision (EU) 2025/2323, adopted with the first Annual Report (Art. 9, 11). */
export const DECISION_2025_2323: CategoryDecision = {
  reference: 'Commission Implementing Decision (EU) 2025/2323',
  categories: {
    EL: ['under-pressure'],
    CY: ['under-pressure'],
    ES: ['under-pressure'],
    IT: ['under-pressure'],
    BE: ['at-risk'],
    BG: ['at-risk', 'significant-situation'],
    DE: ['at-risk'],
    EE: ['at-risk', 'significant-situation'],
    IE: ['at-risk'],
    FR: ['at-risk'],
    HR: ['at-risk', 'significant-situation'],
    LV: ['at-risk'],
    LT: ['at-risk'],
    NL: ['at-risk'],
    PL: ['at-risk', 'significant-situation'],
    FI: ['at-risk'],
    CZ: ['significant-situation'],
    AT: ['significant-situation'],
  },
};

/**
 * A decision used as the default where the one that applies is not adopted yet (Art. 11: the
 * findings are the Commission's, never computed): the same findings, marked as such in their reference.
 */
export function standingIn(decision: CategoryDecision, missing: string): CategoryDecision {
  return {
    ...decision,
    reference: `${decision.reference}, as a default for ${missing}, not adopted yet: set them`,
    standsInFor: missing,
  };
}

const KNOWN = new Set<string>(Object.keys(CATEGORY_LABELS));

export function parseCategory(raw: string, state: string): MigratoryCategory {
  const key = raw.trim().toLowerCase();
  if (KNOWN.has(key)) return key as MigratoryCategory;
  const byLabel = (Object.keys(CATEGORY_LABELS) as MigratoryCategory[]).find(
    (c) => CATEGORY_LABELS[c].toLowerCase() === key,
  );
  if (byLabel) return byLabel;
  throw new MethodologyError(methodReason('categoryUnknown', { given: raw, state }), {
    state,
    field: { kind: 'category' },
  });
}

/** Validates a category map: known state codes (GR accepted for EL), known categories. */
export function resolveCategories(map: CategoryMap): CategoryMap {
  const out: Record<string, MigratoryCategory[]> = {};
  for (const [raw, list] of Object.entries(map)) {
    const code = normalizeCode(raw, 'codeOfCategory');
    out[code] = [...new Set(list.map((c) => parseCategory(c, code)))];
  }
  return out;
}

export function categoriesOf(map: CategoryMap, code: string): readonly MigratoryCategory[] {
  return map[code] ?? [];
}

export function describeCategories(list: readonly MigratoryCategory[]): string {
  return list.length === 0 ? '' : list.map((c) => CATEGORY_LABELS[c]).join('; ');
}
