import { stateName } from '../core';
import { indicatorInfo } from '../data';
import {
  draftFromPreset,
  editedInPane,
  presetOf,
  type Action,
  type PaneState,
  type ScenarioDraft,
} from './state';

/** Something the analyst entered that an action would replace, in words. */
export interface Replaced {
  readonly words: string;
  /** Whether "keep what I entered" keeps it (the pool's totals and states come with the pool). */
  readonly keepable: boolean;
}

/** An action that may replace what the analyst entered: it is asked first (issue 16). */
export type ReplacingAction = Extract<Action, { type: 'preset' | 'scenario' | 'pledging' }>;

export function isReplacing(action: Action): action is ReplacingAction {
  return action.type === 'preset' || action.type === 'scenario' || action.type === 'pledging';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function names(codes: readonly string[]): string {
  const all = codes.map(stateName);
  return all.length <= 3
    ? all.join(', ')
    : `${all.slice(0, 3).join(', ')} and ${all.length - 3} more`;
}

/** What the analyst changed in a draft against the pool it started from. */
function entriesOf(draft: ScenarioDraft, next: ScenarioDraft): Replaced[] {
  const start = draftFromPreset(presetOf(draft).id);
  const out: Replaced[] = [];
  const deducted = draft.deductions.map((d) => d.code);
  if (!same(draft.deductions, start.deductions) && !same(draft.deductions, next.deductions))
    out.push({
      words:
        deducted.length > 0
          ? `the deductions you entered (${names(deducted)})`
          : 'the deductions you removed',
      keepable: true,
    });
  if (!same(draft.categories, start.categories) && !same(draft.categories, next.categories))
    out.push({ words: 'the Commission findings you changed', keepable: true });
  if (
    (draft.relocations !== start.relocations || draft.financialEur !== start.financialEur) &&
    (draft.relocations !== next.relocations || draft.financialEur !== next.financialEur)
  )
    out.push({ words: 'the pool totals you typed', keepable: false });
  if (!same(draft.participants, start.participants) && !same(draft.participants, next.participants))
    out.push({ words: 'the participating states you chose', keepable: false });
  return out;
}

/** The series loaded from files, tables or Eurostat, which a preset's bundled data would replace. */
function loadedSeries(state: PaneState): Replaced[] {
  return state.replacements.map((r) => ({
    words: `${indicatorInfo(r.series.indicator).label} loaded from ${r.origin}`,
    keepable: true,
  }));
}

/** Everything the action would replace of what the analyst entered; empty: nothing to ask. */
export function whatItReplaces(state: PaneState, action: ReplacingAction): Replaced[] {
  switch (action.type) {
    case 'preset':
      return [...loadedSeries(state), ...entriesOf(state.scenario, draftFromPreset(action.id))];
    case 'scenario':
      return entriesOf(state.scenario, action.draft);
    case 'pledging': {
      // A round loaded and not edited here is not the analyst's entry: Undo is enough.
      const typed = editedInPane(state.pledging) ? (state.pledging?.pledges ?? []) : [];
      const pledged = typed.filter(
        (p) => p.relocations + p.financialEur + p.alternativeEur + p.offsets > 0,
      );
      const out: Replaced[] = [];
      if (pledged.length > 0)
        out.push({
          words: `the pledges of ${names(pledged.map((p) => p.code))}`,
          keepable: true,
        });
      const deducted = state.scenario.deductions;
      const theirs =
        state.pledging?.deductions ?? draftFromPreset(presetOf(state.scenario).id).deductions;
      if (
        action.round &&
        deducted.length > 0 &&
        !same(deducted, theirs) &&
        !same(deducted, action.round.deductions)
      )
        out.push({
          words: `the deductions in the grid (${names(deducted.map((d) => d.code))})`,
          keepable: true,
        });
      return out;
    }
  }
}

/** The question's title: what is about to happen. */
export function replacingTitle(action: ReplacingAction): string {
  switch (action.type) {
    case 'preset':
      return `Switch to “${draftLabel(action.id)}”?`;
    case 'scenario':
      return 'Open the saved scenario?';
    case 'pledging':
      return 'Load this pledging round?';
  }
}

function draftLabel(id: string): string {
  return presetOf({ presetId: id }).label;
}
