import { resolvePoolTotals, type Scenario } from '../core';
import { DEFAULT_PRESET, findPreset, type Preset } from '../data';
import type { ScenarioDraft } from './state';

/** A preset as the pane edits it: the numbers the fair shares rest on, and the proposal's beside them. */
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

/** A new draft with the analyst's deductions and findings kept, for the states that still take part. */
export function keptEntries(mine: ScenarioDraft, next: ScenarioDraft): ScenarioDraft {
  const inIt = (code: string) => next.participants.includes(code);
  return {
    ...next,
    deductions: mine.deductions.filter((d) => inIt(d.code)),
    categories: Object.fromEntries(Object.entries(mine.categories).filter(([c]) => inIt(c))),
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
