import {
  DEFAULT_EUR_PER_RELOCATION,
  resolvePoolTotals,
  type CategoryMap,
  type DeductionArticle,
  type DeductionRequest,
  type MigratoryCategory,
  type Scenario,
} from '../core';
import { DEFAULT_PRESET, findPreset, type IndicatorSeries, type SeriesResult } from '../data';
import type { EditConflict } from '../excel';
import type { PledgingRound } from '../report';

/** The scenario as the analyst edits it in the pane. */
export interface ScenarioDraft {
  readonly presetId: string;
  readonly participants: readonly string[];
  readonly relocations: number;
  readonly financialEur: number;
  readonly eurPerRelocation: number;
  /** On: one total follows the other at EUR per relocation (recital 15). Off: both are given. */
  readonly keepRatio: boolean;
  readonly categories: CategoryMap;
  readonly deductions: readonly DeductionRequest[];
}

/** A series that replaces the bundled one, and where it came from. */
export interface LoadedSeries {
  readonly series: IndicatorSeries;
  readonly origin: string;
}

export interface ImportReview {
  readonly indicator: string;
  readonly origin: string;
  readonly result: SeriesResult;
  /** Whether loading only the valid rows leaves nothing wrong, only visible gaps. */
  readonly safe: boolean;
}

export type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly label: string }
  | {
      readonly kind: 'done';
      readonly intent: 'success' | 'warning' | 'error' | 'info';
      readonly title: string;
      readonly body: string;
    };

export interface PaneState {
  readonly vintage: string;
  readonly replacements: readonly LoadedSeries[];
  readonly scenario: ScenarioDraft;
  readonly status: Status;
  readonly review?: ImportReview;
  readonly conflicts?: readonly EditConflict[];
  /** The pledging round loaded, and whether the tables include it (Pledges, Balance). */
  readonly pledging?: PledgingRound;
  readonly includePledges: boolean;
}

export function draftFromPreset(id: string): ScenarioDraft {
  const preset = findPreset(id);
  const totals = resolvePoolTotals(preset.scenario.totals);
  return {
    presetId: id,
    participants: preset.scenario.participants,
    relocations: totals.relocations,
    financialEur: totals.financialEur,
    eurPerRelocation: totals.eurPerRelocation,
    keepRatio: totals.derivation !== 'both-given',
    categories: preset.scenario.categories,
    deductions: preset.scenario.deductions,
  };
}

export function initialState(): PaneState {
  const preset = findPreset(DEFAULT_PRESET);
  return {
    vintage: preset.vintage,
    replacements: [],
    scenario: draftFromPreset(DEFAULT_PRESET),
    status: { kind: 'idle' },
    includePledges: false,
  };
}

/** The draft as the core takes it: with the ratio kept, only the relocation total is given. */
export function scenarioOf(draft: ScenarioDraft): Scenario {
  return {
    participants: draft.participants,
    totals: draft.keepRatio
      ? { relocations: draft.relocations, eurPerRelocation: draft.eurPerRelocation }
      : {
          relocations: draft.relocations,
          financialEur: draft.financialEur,
          eurPerRelocation: draft.eurPerRelocation,
        },
    deductions: draft.deductions,
    categories: draft.categories,
  };
}

export type Action =
  | { type: 'preset'; id: string }
  | { type: 'vintage'; id: string }
  | { type: 'scenario'; draft: ScenarioDraft }
  | { type: 'total'; field: 'relocations' | 'financialEur' | 'eurPerRelocation'; value: number }
  | { type: 'keepRatio'; on: boolean }
  | { type: 'participants'; codes: readonly string[] }
  | { type: 'category'; category: MigratoryCategory; codes: readonly string[] }
  | { type: 'deduction'; code: string; share: number; article: DeductionArticle }
  | { type: 'removeDeduction'; code: string }
  | { type: 'replace'; loaded: LoadedSeries }
  | { type: 'revert'; indicator: string }
  | { type: 'review'; review: ImportReview | undefined }
  | { type: 'status'; status: Status }
  | { type: 'conflicts'; conflicts: readonly EditConflict[] | undefined }
  | { type: 'pledging'; round: PledgingRound | undefined }
  | { type: 'includePledges'; on: boolean };

function withTotal(
  d: ScenarioDraft,
  field: 'relocations' | 'financialEur' | 'eurPerRelocation',
  value: number,
): ScenarioDraft {
  const next = { ...d, [field]: value };
  if (!d.keepRatio) return next;
  // Recital 15: one relocation is worth EUR per relocation; the other total follows.
  const e = next.eurPerRelocation > 0 ? next.eurPerRelocation : DEFAULT_EUR_PER_RELOCATION;
  return field === 'financialEur'
    ? { ...next, relocations: value / e }
    : { ...next, financialEur: next.relocations * e };
}

export function reducer(state: PaneState, action: Action): PaneState {
  const s = state.scenario;
  switch (action.type) {
    case 'preset': {
      const preset = findPreset(action.id);
      return {
        ...state,
        scenario: draftFromPreset(action.id),
        vintage: preset.vintage,
        replacements: [],
      };
    }
    case 'vintage':
      return { ...state, vintage: action.id };
    case 'scenario':
      return { ...state, scenario: action.draft };
    case 'total':
      return { ...state, scenario: withTotal(s, action.field, action.value) };
    case 'keepRatio':
      return {
        ...state,
        scenario: action.on
          ? withTotal({ ...s, keepRatio: true }, 'relocations', s.relocations)
          : { ...s, keepRatio: false },
      };
    case 'participants':
      return {
        ...state,
        scenario: {
          ...s,
          participants: action.codes,
          deductions: s.deductions.filter((d) => action.codes.includes(d.code)),
        },
      };
    case 'category': {
      const categories: Record<string, MigratoryCategory[]> = {};
      for (const [code, list] of Object.entries(s.categories)) {
        const kept = list.filter((c) => c !== action.category);
        if (kept.length > 0) categories[code] = [...kept];
      }
      for (const code of action.codes)
        categories[code] = [...(categories[code] ?? []), action.category];
      return { ...state, scenario: { ...s, categories } };
    }
    case 'deduction': {
      const others = s.deductions.filter((d) => d.code !== action.code);
      return {
        ...state,
        scenario: {
          ...s,
          deductions: [
            ...others,
            { code: action.code, share: action.share, article: action.article },
          ],
        },
      };
    }
    case 'removeDeduction':
      return {
        ...state,
        scenario: { ...s, deductions: s.deductions.filter((d) => d.code !== action.code) },
      };
    case 'replace':
      return {
        ...state,
        review: undefined,
        replacements: [
          ...state.replacements.filter(
            (r) => r.series.indicator !== action.loaded.series.indicator,
          ),
          action.loaded,
        ],
      };
    case 'revert':
      return {
        ...state,
        replacements: state.replacements.filter((r) => r.series.indicator !== action.indicator),
      };
    case 'review':
      return { ...state, review: action.review };
    case 'status':
      return { ...state, status: action.status };
    case 'conflicts':
      return { ...state, conflicts: action.conflicts };
    case 'pledging':
      return { ...state, pledging: action.round, includePledges: action.round !== undefined };
    case 'includePledges':
      return { ...state, includePledges: action.on && state.pledging !== undefined };
  }
}
