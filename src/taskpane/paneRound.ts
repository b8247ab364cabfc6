import { emptyPledge, type DeductionRequest } from '../core';
import type { PledgingRound } from '../report';
import type { PaneState, ReportState, Status } from './state';

/** The amounts of a pledge the grid edits (Art. 56(2), Art. 63). */
export type PledgeAmountField = 'relocations' | 'financialEur' | 'alternativeEur' | 'offsets';

/** The analyst's edits of the pledging round: loaded, typed, pasted, described. */
export type RoundAction =
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
  | { type: 'pledgeDescription'; code: string; text: string }
  | { type: 'benefitting'; code: string; on: boolean };

// Every kind of RoundAction once: the compiler refuses a kind left out (the reducer would miss it).
const roundActions: Record<RoundAction['type'], true> = {
  pledging: true,
  includePledges: true,
  pledgeAmount: true,
  gridPaste: true,
  pledgeDescription: true,
  benefitting: true,
};
export const ROUND_ACTIONS: ReadonlySet<string> = new Set(Object.keys(roundActions));

/** Where pledges typed in the pane come from, for the Methodology sheet. */
export const PANE_SOURCE = 'pledges entered in the task pane';

/** Whether the analyst typed pledges in the pane (a round of their own, or one edited here). */
export function editedInPane(round: PledgingRound | undefined): boolean {
  return (
    round !== undefined &&
    (round.source === PANE_SOURCE || round.source.endsWith(', edited in the task pane'))
  );
}

/** A round typed in the pane, before its first pledge: nothing pledged yet. */
export const NO_PLEDGES: PledgingRound = {
  pledges: [],
  deductions: [],
  descriptions: {},
  notes: {},
  benefitting: {},
  source: PANE_SOURCE,
};

function editedRound(round: PledgingRound | undefined): PledgingRound {
  if (!round) return NO_PLEDGES;
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

/**
 * The round as the report takes it. The deductions are the scenario's: one list, edited in the
 * per-state grid whether or not there are pledges (Art. 61, 62).
 */
export function roundOf(state: ReportState): PledgingRound | undefined {
  if (!state.includePledges || !state.pledging) return undefined;
  return { ...state.pledging, deductions: state.scenario.deductions };
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

/** The pane after one edit of the round. */
export function editRound(state: PaneState, action: RoundAction): PaneState {
  const s = state.scenario;
  switch (action.type) {
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
    case 'pledgeDescription': {
      const r = editedRound(state.pledging);
      const descriptions: Record<string, string> = { ...r.descriptions };
      if (action.text.trim() === '') delete descriptions[action.code];
      else descriptions[action.code] = action.text;
      return { ...state, includePledges: true, pledging: { ...r, descriptions } };
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
