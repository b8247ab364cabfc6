import { findPreset } from '../data';
import { ENGLISH, type Words } from '../report/words';
import { indicatorName } from '../report/words/indicatorWords';
import { originInWords } from './origin';
import { poolName } from './shell/poolWords';
import type { Status } from './state';
import {
  draftFromPreset,
  editedInPane,
  presetOf,
  type Action,
  type PaneState,
  type ScenarioDraft,
} from './state';

/**
 * Something the analyst entered that an action would replace: said in the pane's words when the
 * question shows (its words come with the dialog, not in the first paint).
 */
export interface Replaced {
  readonly say: (w: Words) => string;
  /** Whether "keep what I entered" keeps it (the pool's totals and states come with the pool). */
  readonly keepable: boolean;
}

/** One of them in a given language. */
interface Said {
  readonly words: string;
  readonly keepable: boolean;
}

/** An action that may replace what the analyst entered: it is asked first (issue 16). */
export type ReplacingAction = Extract<Action, { type: 'preset' | 'scenario' | 'pledging' }>;

export function isReplacing(action: Action): action is ReplacingAction {
  return action.type === 'preset' || action.type === 'scenario' || action.type === 'pledging';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function names(codes: readonly string[], w: Words): string {
  const all = codes.map((c) => w.state(c));
  return all.length <= 3
    ? all.join(', ')
    : w.t('replace.andMore', { states: all.slice(0, 3).join(', '), n: String(all.length - 3) });
}

/** What the analyst changed in a draft against the pool it started from. */
function entriesOf(draft: ScenarioDraft, next: ScenarioDraft, w: Words): Said[] {
  const start = draftFromPreset(presetOf(draft).id);
  const out: Said[] = [];
  const deducted = draft.deductions.map((d) => d.code);
  if (!same(draft.deductions, start.deductions) && !same(draft.deductions, next.deductions))
    out.push({
      words:
        deducted.length > 0
          ? w.t('replace.deductions', { states: names(deducted, w) })
          : w.t('replace.deductionsRemoved'),
      keepable: true,
    });
  if (!same(draft.categories, start.categories) && !same(draft.categories, next.categories))
    out.push({ words: w.t('replace.findings'), keepable: true });
  if (
    (draft.relocations !== start.relocations || draft.financialEur !== start.financialEur) &&
    (draft.relocations !== next.relocations || draft.financialEur !== next.financialEur)
  )
    out.push({ words: w.t('replace.totals'), keepable: false });
  if (!same(draft.participants, start.participants) && !same(draft.participants, next.participants))
    out.push({ words: w.t('replace.participants'), keepable: false });
  return out;
}

/** The series loaded from files, tables or Eurostat, which a preset's bundled data would replace. */
function loadedSeries(state: PaneState, w: Words): Said[] {
  return state.replacements.map((r) => ({
    words: w.t('replace.series', {
      series: indicatorName(w, r.series.indicator),
      origin: originInWords(w, r.origin),
    }),
    keepable: true,
  }));
}

/** Words that are their keys: enough to count what would be replaced before any word is loaded. */
const KEYS: Words = {
  language: 'en',
  t: ((key: string) => key) as Words['t'],
  plural: ((key: string) => key) as Words['plural'],
  state: (code) => code,
};

/** Everything the action would replace of what the analyst entered; empty: nothing to ask. */
export function whatItReplaces(state: PaneState, action: ReplacingAction): Replaced[] {
  return saidIn(state, action, KEYS).map((r, i) => ({
    keepable: r.keepable,
    say: (w) => saidIn(state, action, w)[i]?.words ?? '',
  }));
}

/** The same, in a language's words. */
function saidIn(state: PaneState, action: ReplacingAction, w: Words): Said[] {
  switch (action.type) {
    case 'preset':
      return [
        ...loadedSeries(state, w),
        ...entriesOf(state.scenario, draftFromPreset(action.id), w),
      ];
    case 'scenario':
      return entriesOf(state.scenario, action.draft, w);
    case 'pledging': {
      // A round loaded and not edited here is not the analyst's entry: Undo is enough.
      const typed = editedInPane(state.pledging) ? (state.pledging?.pledges ?? []) : [];
      const pledged = typed.filter(
        (p) => p.relocations + p.financialEur + p.alternativeEur + p.offsets > 0,
      );
      const out: Said[] = [];
      if (pledged.length > 0)
        out.push({
          words: w.t('replace.pledges', {
            states: names(
              pledged.map((p) => p.code),
              w,
            ),
          }),
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
          words: w.t('replace.gridDeductions', {
            states: names(
              deducted.map((d) => d.code),
              w,
            ),
          }),
          keepable: true,
        });
      return out;
    }
  }
}

/** The question's title: what is about to happen, the pool by its name. */
export function replacingTitle(action: ReplacingAction, w: Words = ENGLISH): string {
  switch (action.type) {
    case 'preset':
      return w.t('replace.title.preset', { pool: poolName(findPreset(action.id), w) });
    case 'scenario':
      return w.t('replace.title.scenario');
    case 'pledging':
      return w.t('replace.title.pledging');
  }
}

/** What the footer says once the analyst decided: what was kept, what was replaced, and Undo. */
export function replacedStatus(
  action: ReplacingAction,
  replaced: readonly Replaced[],
  decision: 'keep' | 'replace',
  w: Words = ENGLISH,
): Status {
  const kept = decision === 'keep' ? replaced.filter((r) => r.keepable) : [];
  const gone = replaced.filter((r) => !kept.includes(r));
  const done =
    action.type === 'pledging' && action.announce?.kind === 'done' ? action.announce : undefined;
  const title = done?.title ?? w.t(`replace.done.${action.type}`);
  const list = (rs: readonly Replaced[]) => rs.map((r) => r.say(w)).join(w.t('replace.separator'));
  const parts = [
    ...(done ? [done.body] : []),
    ...(kept.length > 0 ? [w.t('replace.kept', { list: list(kept) })] : []),
    ...(gone.length > 0 ? [w.t('replace.replaced', { list: list(gone) })] : []),
    w.t('replace.undo'),
  ];
  return { kind: 'done', intent: 'info', title, body: parts.join(' ') };
}
