import {
  DEFAULT_EUR_PER_RELOCATION,
  type Art63CapReading,
  type SystemicShortcomingFinding,
  emptyPledge,
  resolvePoolTotals,
  type CategoryMap,
  type DeductionArticle,
  type DeductionRequest,
  type MigratoryCategory,
  type Scenario,
} from '../core';
import {
  DEFAULT_PRESET,
  findPreset,
  type ColumnFindings,
  type IndicatorSeries,
  type Preset,
  type SeriesResult,
} from '../data';
import type { EditConflict } from '../excel';
import type { PledgingRound } from '../report';
import type { LoadedOrigin, SourceOrigin } from './origin';

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

export function draftFromPreset(id: string): ScenarioDraft {
  const preset = findPreset(id);
  // The pane edits one number until it takes both (issue 14): the one the fair shares rest on, the
  // Council's where the preset has one (Art. 57(3)), else the proposal's (Art. 12(2)).
  const council = preset.scenario.council;
  const totals = resolvePoolTotals(council ?? preset.scenario.totals);
  const proposal = council ? resolvePoolTotals(preset.scenario.totals) : undefined;
  return {
    ...(proposal
      ? { proposal: { relocations: proposal.relocations, financialEur: proposal.financialEur } }
      : {}),
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

/** The preset a draft started from; a draft saved without one, the default preset. */
export function presetOf(draft: Pick<ScenarioDraft, 'presetId'>): Preset {
  return findPreset(draft.presetId || DEFAULT_PRESET);
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
  const typed = draft.keepRatio
    ? { relocations: draft.relocations, eurPerRelocation: draft.eurPerRelocation }
    : {
        relocations: draft.relocations,
        financialEur: draft.financialEur,
        eurPerRelocation: draft.eurPerRelocation,
      };
  return {
    participants: draft.participants,
    // Both numbers (Art. 12(2), 57(1)): with a Council act the typed numbers are its reference
    // numbers and the proposal's stand beside them; without one the typed numbers are the proposal's.
    ...(draft.proposal
      ? {
          totals: { ...draft.proposal, eurPerRelocation: draft.eurPerRelocation },
          council: typed,
        }
      : { totals: typed }),
    deductions: draft.deductions,
    categories: draft.categories,
    ...(draft.reconvenedForum ? { reconvenedForum: true } : {}),
    ...(draft.art63Cap ? { readings: { art63Cap: draft.art63Cap } } : {}),
    ...(draft.systemicShortcomings?.length
      ? { systemicShortcomings: draft.systemicShortcomings }
      : {}),
  };
}

export type Action =
  /** `keep`: the analyst's loaded series, deductions and findings stay (asked first, see replacing.ts). */
  | { type: 'preset'; id: string; keep?: boolean }
  | { type: 'vintage'; id: string }
  /** A saved scenario opened, with its data vintage; `keep` as for a preset. */
  | { type: 'scenario'; draft: ScenarioDraft; vintage?: string; keep?: boolean }
  | { type: 'total'; field: 'relocations' | 'financialEur' | 'eurPerRelocation'; value: number }
  | { type: 'keepRatio'; on: boolean }
  /** A Council act adopted (Art. 57(1)): the proposal's numbers kept beside the typed ones, or dropped. */
  | { type: 'councilAct'; on: boolean }
  | { type: 'proposal'; field: keyof ProposalNumbers; value: number }
  | { type: 'participants'; codes: readonly string[] }
  | { type: 'category'; category: MigratoryCategory; codes: readonly string[] }
  | { type: 'deduction'; code: string; share: number; article: DeductionArticle }
  | { type: 'removeDeduction'; code: string }
  | { type: 'replace'; loaded: LoadedSeries }
  | { type: 'revert'; indicator: string }
  | { type: 'review'; review: ImportReview | undefined }
  | { type: 'status'; status: Status }
  | { type: 'conflicts'; conflicts: readonly EditConflict[] | undefined }
  /** A round loaded; `keep`: pledges and deductions typed for states the round leaves empty stay. */
  | { type: 'pledging'; round: PledgingRound | undefined; keep?: boolean; announce?: Status }
  | { type: 'includePledges'; on: boolean }
  | { type: 'pledgeAmount'; code: string; field: PledgeAmountField; value: number }
  /** A block pasted into the grid: its valid cells, one step to undo. */
  | {
      type: 'gridPaste';
      amounts: readonly { code: string; field: PledgeAmountField; value: number }[];
      deductions: readonly DeductionRequest[];
    }
  /** The analyst moved to another cell: for undo, the next edit is a step of its own. */
  | { type: 'checkpoint' }
  | { type: 'pledgeDescription'; code: string; text: string }
  | { type: 'benefitting'; code: string; on: boolean }
  | { type: 'compareWith'; target: CompareTarget | undefined }
  | { type: 'finding'; code: string; category: MigratoryCategory; on: boolean }
  | { type: 'reconvenedForum'; on: boolean }
  | { type: 'art63Cap'; reading: Art63CapReading }
  | { type: 'systemicShortcoming'; code: string; on: boolean; reference?: string };

/** The amounts of a pledge the grid edits (Art. 56(2), Art. 63). */
export type PledgeAmountField = 'relocations' | 'financialEur' | 'alternativeEur' | 'offsets';

/** Where pledges typed in the pane come from, for the Methodology sheet. */
export const PANE_SOURCE = 'pledges entered in the task pane';

/** Whether the analyst typed pledges in the pane (a round of their own, or one edited here). */
export function editedInPane(round: PledgingRound | undefined): boolean {
  return (
    round !== undefined &&
    (round.source === PANE_SOURCE || round.source.endsWith(', edited in the task pane'))
  );
}

function editedRound(round: PledgingRound | undefined): PledgingRound {
  if (!round)
    return {
      pledges: [],
      deductions: [],
      descriptions: {},
      notes: {},
      benefitting: {},
      source: PANE_SOURCE,
    };
  return editedInPane(round)
    ? round
    : { ...round, source: `${round.source}, edited in the task pane` };
}

function withPledge(
  round: PledgingRound | undefined,
  code: string,
  field: PledgeAmountField,
  value: number,
): PledgingRound {
  const r = editedRound(round);
  const old = r.pledges.find((p) => p.code === code) ?? emptyPledge(code);
  return {
    ...r,
    pledges: [...r.pledges.filter((p) => p.code !== code), { ...old, [field]: value }],
  };
}

/**
 * The round as the report takes it. The deductions are the scenario's: one list, edited in the
 * per-state grid whether or not there are pledges (Art. 61, 62).
 */
export function roundOf(state: ReportState): PledgingRound | undefined {
  if (!state.includePledges || !state.pledging) return undefined;
  return { ...state.pledging, deductions: state.scenario.deductions };
}

function withoutProposal(d: ScenarioDraft): ScenarioDraft {
  const { proposal: _dropped, ...rest } = d;
  return rest;
}

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

/** A new draft with the analyst's deductions and findings kept, for the states that still take part. */
function keptEntries(mine: ScenarioDraft, next: ScenarioDraft): ScenarioDraft {
  const inIt = (code: string) => next.participants.includes(code);
  return {
    ...next,
    deductions: mine.deductions.filter((d) => inIt(d.code)),
    categories: Object.fromEntries(Object.entries(mine.categories).filter(([c]) => inIt(c))),
  };
}

/** A loaded round with what the analyst had for the states it leaves empty. */
function keptPledges(state: PaneState, round: PledgingRound): PledgingRound {
  const has = new Set(round.pledges.map((p) => p.code));
  const deducted = new Set(round.deductions.map((d) => d.code));
  const mine = state.pledging?.pledges.filter((p) => !has.has(p.code)) ?? [];
  return {
    ...round,
    pledges: [...round.pledges, ...mine],
    deductions: [
      ...round.deductions,
      ...state.scenario.deductions.filter((d) => !deducted.has(d.code)),
    ],
    descriptions: { ...state.pledging?.descriptions, ...round.descriptions },
  };
}

export function reducer(state: PaneState, action: Action): PaneState {
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
    case 'total':
      return { ...state, scenario: withTotal(s, action.field, action.value) };
    case 'keepRatio':
      return {
        ...state,
        scenario: action.on
          ? withTotal({ ...s, keepRatio: true }, 'relocations', s.relocations)
          : { ...s, keepRatio: false },
      };
    case 'councilAct':
      return {
        ...state,
        scenario: action.on
          ? {
              ...s,
              proposal: s.proposal ?? { relocations: s.relocations, financialEur: s.financialEur },
            }
          : withoutProposal(s),
      };
    case 'proposal':
      return s.proposal
        ? {
            ...state,
            scenario: { ...s, proposal: { ...s.proposal, [action.field]: action.value } },
          }
        : state;
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
    case 'pledging': {
      // A loaded round brings its deductions into the one per-state list the grid edits.
      const round = action.round && action.keep ? keptPledges(state, action.round) : action.round;
      return {
        ...state,
        pledging: round,
        includePledges: round !== undefined,
        ...(action.announce ? { status: action.announce } : {}),
        ...(round
          ? {
              scenario: {
                ...s,
                deductions: round.deductions.filter((d) => s.participants.includes(d.code)),
              },
            }
          : {}),
      };
    }
    case 'includePledges':
      return { ...state, includePledges: action.on && state.pledging !== undefined };
    case 'pledgeAmount':
      return {
        ...state,
        includePledges: true,
        pledging: withPledge(state.pledging, action.code, action.field, action.value),
      };
    case 'gridPaste': {
      let pledging = state.pledging;
      for (const a of action.amounts) pledging = withPledge(pledging, a.code, a.field, a.value);
      const pasted = new Set(action.deductions.map((x) => x.code));
      return {
        ...state,
        ...(action.amounts.length > 0 ? { includePledges: true, pledging } : {}),
        scenario: {
          ...s,
          deductions: [
            ...s.deductions.filter((x) => !pasted.has(x.code)),
            ...action.deductions.filter((x) => x.share > 0),
          ],
        },
      };
    }
    case 'checkpoint':
      return state;
    case 'pledgeDescription': {
      const r = editedRound(state.pledging);
      const descriptions: Record<string, string> = { ...r.descriptions };
      if (action.text.trim() === '') delete descriptions[action.code];
      else descriptions[action.code] = action.text;
      return { ...state, includePledges: true, pledging: { ...r, descriptions } };
    }
    case 'finding': {
      // One state's finding (Art. 11), set or cleared, the others untouched.
      const categories: Record<string, readonly MigratoryCategory[]> = { ...s.categories };
      const kept = (categories[action.code] ?? []).filter((c) => c !== action.category);
      const next = action.on ? [...kept, action.category] : kept;
      if (next.length > 0) categories[action.code] = next;
      else delete categories[action.code];
      return { ...state, scenario: { ...s, categories } };
    }
    case 'compareWith':
      return { ...state, compareWith: action.target };
    case 'reconvenedForum':
      return { ...state, scenario: { ...s, reconvenedForum: action.on } };
    case 'art63Cap':
      return { ...state, scenario: { ...s, art63Cap: action.reading } };
    case 'systemicShortcoming': {
      // A finding made by the Commission in an Art. 11 decision (Art. 60(3)), with its reference.
      const others = (s.systemicShortcomings ?? []).filter((f) => f.code !== action.code);
      const reference = action.reference?.trim() || null;
      return {
        ...state,
        scenario: {
          ...s,
          systemicShortcomings: action.on
            ? [...others, { code: action.code, decision: { article: '11', reference } }]
            : others,
        },
      };
    }
    case 'benefitting': {
      const r = editedRound(state.pledging);
      return {
        ...state,
        includePledges: true,
        pledging: { ...r, benefitting: { ...r.benefitting, [action.code]: action.on } },
      };
    }
  }
}
