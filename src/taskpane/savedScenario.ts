import { resolveCategories, resolveParticipants, validateDeductions } from '../core';
import { vintageIds } from '../data';
import type { Words } from '../report/words';
import type { ScenarioDraft, Status } from './state';

/** A scenario read back from the workbook's settings, checked as if typed anew; undefined if damaged. */
export function parseSavedScenario(
  value: unknown,
): { vintage: string; draft: ScenarioDraft } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { vintage, draft } = value as { vintage?: unknown; draft?: Partial<ScenarioDraft> };
  if (typeof vintage !== 'string' || !vintageIds().includes(vintage) || !draft) return undefined;
  try {
    const participants = resolveParticipants(draft.participants ?? []);
    const numbers = [draft.relocations, draft.financialEur, draft.eurPerRelocation];
    if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0))
      return undefined;
    validateDeductions(draft.deductions ?? [], new Set(participants));
    const proposal = draft.proposal;
    const proposalValid =
      proposal === undefined ||
      [proposal.relocations, proposal.financialEur].every(
        (n) => typeof n === 'number' && Number.isFinite(n) && n > 0,
      );
    if (!proposalValid) return undefined;
    return {
      vintage,
      draft: {
        presetId: String(draft.presetId ?? ''),
        participants,
        relocations: draft.relocations as number,
        financialEur: draft.financialEur as number,
        eurPerRelocation: draft.eurPerRelocation as number,
        keepRatio: draft.keepRatio !== false,
        categories: resolveCategories(draft.categories ?? {}),
        deductions: draft.deductions ?? [],
        // Both numbers, the Forum and the readings travel with the scenario (issue 14).
        ...(proposal ? { proposal } : {}),
        ...(draft.reconvenedForum === true ? { reconvenedForum: true } : {}),
        ...(draft.art63Cap ? { art63Cap: draft.art63Cap } : {}),
        ...(draft.systemicShortcomings?.length
          ? { systemicShortcomings: draft.systemicShortcomings }
          : {}),
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * What the pane says, in its language, when the saved scenario `name` cannot be read back (`not`:
 * what did not happen: it was not opened, or not compared).
 */
export function damagedScenario(w: Words, name: string, not: 'opened' | 'compared'): Status {
  return {
    kind: 'done',
    intent: 'error',
    title: w.t(`checks.saved.not.${not}`),
    body: w.t('checks.saved.damaged', { name }),
  };
}
