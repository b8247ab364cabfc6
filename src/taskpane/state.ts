import type {
  Art63CapReading,
  CategoryMap,
  DeductionRequest,
  SystemicShortcomingFinding,
} from '../core';
import {
  DEFAULT_PRESET,
  findPreset,
  type ColumnFindings,
  type IndicatorSeries,
  type SeriesResult,
} from '../data';
import type { EditConflict } from '../excel';
import type { PledgingRound } from '../report';
import type { LoadedOrigin, SourceOrigin } from './origin';
import { editRound, ROUND_ACTIONS, type RoundAction } from './paneRound';
import { draftFromPreset, keptEntries } from './scenarioDraft';
import { DRAFT_ACTIONS, editDraft, type DraftAction } from './scenarioEdits';

// The pane's state is edited in three parts, each its own module: the scenario draft
// (scenarioEdits.ts), the pledging round (paneRound.ts), and what is left here (the pool and its
// data, what the pane says).
export { draftFromPreset, presetOf, scenarioOf } from './scenarioDraft';
export { editedInPane, PANE_SOURCE, roundOf, type PledgeAmountField } from './paneRound';

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
  /** Art. 63(3) applies only following a High-Level Forum reconvened under Art. 13(4). */
  readonly reconvenedForum?: boolean;
  /** Art. 63(7): what counts towards the cap at the fair share (the tool's reading). */
  readonly art63Cap?: Art63CapReading;
  /** Findings of systemic shortcomings in benefitting states (Art. 60(3), fourth subparagraph). */
  readonly systemicShortcomings?: readonly SystemicShortcomingFinding[];
  /**
   * The Commission proposal's numbers (Art. 12(2)) where a Council act set the draft's numbers as
   * its reference numbers (Art. 57(1)). Absent: no Council act yet, the draft's numbers are the
   * proposal's. Art. 63(1) measures pledges against the proposal's number, the fair share and
   * Art. 63(3)(b) use the Council's.
   */
  readonly proposal?: ProposalNumbers;
}

/** The relocations and euros of a Commission proposal (Art. 12(2)). */
export interface ProposalNumbers {
  readonly relocations: number;
  readonly financialEur: number;
}

/** A series that replaces the bundled one, and where it came from. */
export interface LoadedSeries {
  readonly series: IndicatorSeries;
  readonly origin: LoadedOrigin;
}

export interface ImportReview {
  readonly indicator: string;
  readonly origin: SourceOrigin;
  readonly result: SeriesResult;
  /** Whether loading only the valid rows leaves nothing wrong, only visible gaps. */
  readonly safe: boolean;
  /** A file whose needed columns were not all found: its headers, for the column step. */
  readonly columns?: ColumnFindings;
}

export type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly label: string }
  | {
      readonly kind: 'done';
      readonly intent: 'success' | 'warning' | 'error' | 'info';
      readonly title: string;
      readonly body: string;
      /** A step of the pane's own, said by the status bar in the pane's language (history.ts). */
      readonly fact?: 'undone' | 'redone';
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
  /** The scenario the results are compared with (issue 10): a preset or a saved scenario. */
  readonly compareWith?: CompareTarget;
}

/** What a write from the pane computes its tables from (all but the comparison): nothing else. */
export type ReportState = Pick<
  PaneState,
  'vintage' | 'replacements' | 'scenario' | 'pledging' | 'includePledges'
>;

/** Scenario B of a comparison, as the pane computes it: its own data vintage and draft. */
export interface CompareTarget {
  readonly id: string;
  readonly label: string;
  readonly vintage: string;
  readonly draft: ScenarioDraft;
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

export type Action =
  /** `keep`: the analyst's loaded series, deductions and findings stay (asked first, see replacing.ts). */
  | { type: 'preset'; id: string; keep?: boolean }
  | { type: 'vintage'; id: string }
  /** A saved scenario opened, with its data vintage; `keep` as for a preset. */
  | { type: 'scenario'; draft: ScenarioDraft; vintage?: string; keep?: boolean }
  | { type: 'participants'; codes: readonly string[] }
  | { type: 'replace'; loaded: LoadedSeries }
  | { type: 'revert'; indicator: string }
  | { type: 'review'; review: ImportReview | undefined }
  | { type: 'status'; status: Status }
  | { type: 'conflicts'; conflicts: readonly EditConflict[] | undefined }
  /** The analyst moved to another cell: for undo, the next edit is a step of its own. */
  | { type: 'checkpoint' }
  | { type: 'compareWith'; target: CompareTarget | undefined }
  | DraftAction
  | RoundAction;

const isDraftAction = (a: Action): a is DraftAction => DRAFT_ACTIONS.has(a.type);
const isRoundAction = (a: Action): a is RoundAction => ROUND_ACTIONS.has(a.type);

export function reducer(state: PaneState, action: Action): PaneState {
  if (isDraftAction(action)) {
    const scenario = editDraft(state.scenario, action);
    return scenario === state.scenario ? state : { ...state, scenario };
  }
  if (isRoundAction(action)) return editRound(state, action);
  const s = state.scenario;
  switch (action.type) {
    case 'preset': {
      const preset = findPreset(action.id);
      const next = draftFromPreset(action.id);
      return {
        ...state,
        scenario: action.keep ? keptEntries(s, next) : next,
        vintage: preset.vintage,
        replacements: action.keep ? state.replacements : [],
        // A file's review was read for the pool's states and data: it goes with them (issue 16).
        review: undefined,
      };
    }
    case 'vintage':
      return { ...state, vintage: action.id, review: undefined };
    case 'scenario':
      return {
        ...state,
        review: undefined,
        scenario: action.keep ? keptEntries(s, action.draft) : action.draft,
        ...(action.vintage ? { vintage: action.vintage } : {}),
      };
    case 'participants':
      return {
        ...state,
        scenario: {
          ...s,
          participants: action.codes,
          deductions: s.deductions.filter((d) => action.codes.includes(d.code)),
        },
        // A state that leaves takes its pledges with it (a pledge needs a participant, Art. 56).
        ...(state.pledging
          ? {
              pledging: {
                ...state.pledging,
                pledges: state.pledging.pledges.filter((p) => action.codes.includes(p.code)),
              },
            }
          : {}),
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
    case 'checkpoint':
      return state;
    case 'compareWith':
      return { ...state, compareWith: action.target };
  }
}
