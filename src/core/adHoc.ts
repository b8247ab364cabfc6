import { STATES } from './states';

/**
 * The Dublin-associated third countries (Iceland, Liechtenstein, Norway, Switzerland): they may be
 * invited to the High-Level Forum "for the purpose of contributing to solidarity on an ad hoc basis"
 * (Art. 13(1), second subparagraph; Art. 14(3)). They are not Member States, so never in the
 * reference key (Annex I, "n: the overall number of Member States"): their pledges are outside it.
 */
export const AD_HOC_CONTRIBUTORS: readonly string[] = STATES.filter((s) => s.group === 'EFTA').map(
  (s) => s.code,
);

const AD_HOC = new Set(AD_HOC_CONTRIBUTORS);

export function isAdHocContributor(code: string): boolean {
  return AD_HOC.has(code);
}
