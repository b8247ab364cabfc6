import type { SarShare, ScenarioNumbers, ScenarioResult } from '../../core';

const count = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const millions = (n: number) =>
  `EUR ${(n / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 2 })} million`;

/** Both numbers, and which article uses which (Art. 12(2), 57(1), 63). */
export function numbersLine(numbers: ScenarioNumbers): string {
  const c = numbers.commission;
  const proposal = `Commission proposal (Art. 12(2)): ${count(c.relocations)} relocations and ${millions(c.financialEur)}; the indicative contributions and the Art. 63(1) threshold rest on it.`;
  const reference = numbers.council
    ? ` Council reference numbers (Art. 57(1)): ${count(numbers.council.relocations)} relocations and ${millions(numbers.council.financialEur)}; the mandatory fair shares (Art. 57(3)) and Art. 63(2)(b), 63(3)(b) and 63(7) rest on them.`
    : ' No Council act yet (Art. 57(1)): the fair shares rest on the proposal’s numbers.';
  const ratio = ` One relocation is valued at EUR ${count(c.eurPerRelocation)}, the ratio that "shall be maintained" (Art. 12(3)).`;
  const noNeed = numbers.noProjectedNeed
    ? ' The proposal takes into account that no need for solidarity measures was indicated for the year (Art. 12(4)).'
    : '';
  return `${proposal}${reference}${ratio}${noNeed}`;
}

/** Who benefits, and whether that is declared or the default (Art. 58(1), 59(4)). */
export function benefittingLine(result: Pick<ScenarioResult, 'benefittingStates'>): string {
  const b = result.benefittingStates;
  const codes = b.states.map((s) => s.code).join(', ') || 'none';
  return b.isDefault
    ? `Benefitting: ${codes}, by default the states identified under migratory pressure (Art. 11); a state benefits once it declares that it will use the pool (Art. 58(1)).`
    : `Benefitting as declared (Art. 58(1), 59(4)): ${codes}.`;
}

/** The search-and-rescue indicative percentage (Art. 12(5), 57(2)), never invented. */
export function sarLine(sar: SarShare): string {
  const states = sar.states.length > 0 ? ` for ${sar.states.join(', ')}` : '';
  return sar.share === null
    ? `Search-and-rescue indicative percentage (Art. 12(5), 57(2)): none given${states}: no source the tool can cite sets one.`
    : `Search-and-rescue indicative percentage (Art. 12(5), 57(2)): ${(sar.share * 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })} % of the pool may be made available${states}${sar.source ? ` (${sar.source})` : ''}.`;
}
