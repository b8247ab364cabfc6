import {
  DEFAULT_EUR_PER_RELOCATION,
  type Art63CapReading,
  type DeductionArticle,
  type MigratoryCategory,
} from '../core';
import type { ProposalNumbers, ScenarioDraft } from './state';

/** The analyst's edits of the scenario itself: its numbers, findings, deductions and readings. */
export type DraftAction =
  | { type: 'total'; field: 'relocations' | 'financialEur' | 'eurPerRelocation'; value: number }
  | { type: 'keepRatio'; on: boolean }
  /** A Council act adopted (Art. 57(1)): the proposal's numbers kept beside the typed ones, or dropped. */
  | { type: 'councilAct'; on: boolean }
  | { type: 'proposal'; field: keyof ProposalNumbers; value: number }
  | { type: 'category'; category: MigratoryCategory; codes: readonly string[] }
  | { type: 'deduction'; code: string; share: number; article: DeductionArticle }
  | { type: 'removeDeduction'; code: string }
  | { type: 'finding'; code: string; category: MigratoryCategory; on: boolean }
  | { type: 'reconvenedForum'; on: boolean }
  | { type: 'art63Cap'; reading: Art63CapReading }
  | { type: 'systemicShortcoming'; code: string; on: boolean; reference?: string };

// Every kind of DraftAction once: the compiler refuses a kind left out (the reducer would miss it).
const draftActions: Record<DraftAction['type'], true> = {
  total: true,
  keepRatio: true,
  councilAct: true,
  proposal: true,
  category: true,
  deduction: true,
  removeDeduction: true,
  finding: true,
  reconvenedForum: true,
  art63Cap: true,
  systemicShortcoming: true,
};
export const DRAFT_ACTIONS: ReadonlySet<string> = new Set(Object.keys(draftActions));

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

/** The draft after one edit; the same draft where the edit changes nothing. */
export function editDraft(s: ScenarioDraft, action: DraftAction): ScenarioDraft {
  switch (action.type) {
    case 'total':
      return withTotal(s, action.field, action.value);
    case 'keepRatio':
      return action.on
        ? withTotal({ ...s, keepRatio: true }, 'relocations', s.relocations)
        : { ...s, keepRatio: false };
    case 'councilAct':
      return action.on
        ? {
            ...s,
            proposal: s.proposal ?? { relocations: s.relocations, financialEur: s.financialEur },
          }
        : withoutProposal(s);
    case 'proposal':
      return s.proposal ? { ...s, proposal: { ...s.proposal, [action.field]: action.value } } : s;
    case 'category': {
      const categories: Record<string, MigratoryCategory[]> = {};
      for (const [code, list] of Object.entries(s.categories)) {
        const kept = list.filter((c) => c !== action.category);
        if (kept.length > 0) categories[code] = [...kept];
      }
      for (const code of action.codes)
        categories[code] = [...(categories[code] ?? []), action.category];
      return { ...s, categories };
    }
    case 'deduction': {
      const others = s.deductions.filter((d) => d.code !== action.code);
      return {
        ...s,
        deductions: [
          ...others,
          { code: action.code, share: action.share, article: action.article },
        ],
      };
    }
    case 'removeDeduction':
      return { ...s, deductions: s.deductions.filter((d) => d.code !== action.code) };
    case 'finding': {
      // One state's finding (Art. 11), set or cleared, the others untouched.
      const categories: Record<string, readonly MigratoryCategory[]> = { ...s.categories };
      const kept = (categories[action.code] ?? []).filter((c) => c !== action.category);
      const next = action.on ? [...kept, action.category] : kept;
      if (next.length > 0) categories[action.code] = next;
      else delete categories[action.code];
      return { ...s, categories };
    }
    case 'reconvenedForum':
      return { ...s, reconvenedForum: action.on };
    case 'art63Cap':
      return { ...s, art63Cap: action.reading };
    case 'systemicShortcoming': {
      // A finding made by the Commission in an Art. 11 decision (Art. 60(3)), with its reference.
      const others = (s.systemicShortcomings ?? []).filter((f) => f.code !== action.code);
      const reference = action.reference?.trim() || null;
      return {
        ...s,
        systemicShortcomings: action.on
          ? [...others, { code: action.code, decision: { article: '11', reference } }]
          : others,
      };
    }
  }
}
