import { NOT_OBLIGED_ARTICLE, type RoundResult, type ScenarioResult } from '../core';
import {
  BENEFITTING_DEFAULT_WORDS,
  CAP_READING_WORDS,
  FAIR_SHARE_BASIS_WORDS,
  MANDATORY_OFFSETS_WORDS,
  SPLIT_READING_WORDS,
} from '../report/words/solidarity';

const whole = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
const eur = (n: number) => `EUR ${whole(n)}`;

function measuresLine(m: RoundResult['pools']['pledged']): string {
  return (
    `${whole(m.relocations)} relocations, ${whole(m.offsets)} offsets, ${eur(m.financialEur)} ` +
    `financial, ${eur(m.alternativeEur)} alternative; value ${eur(m.valueEur)}`
  );
}

/** What the command line prints about a pool after writing it: both numbers, the pools, Art. 63. */
export function summaryLines(result: ScenarioResult, a: RoundResult): string[] {
  const { commission, council } = result.numbers;
  const lines = [
    `Commission proposal (Art. 12(2)): ${whole(commission.relocations)} relocations, ` +
      `${eur(commission.financialEur)}. Council reference numbers (Art. 57(1)): ` +
      (council
        ? `${whole(council.relocations)} relocations, ${eur(council.financialEur)}.`
        : 'no Council act.'),
    FAIR_SHARE_BASIS_WORDS[result.numbers.fairShareBasis],
    `Reference pool: ${whole(a.pools.reference.relocations)} relocations or ${eur(a.pools.reference.financialEur)}.`,
  ];
  const notObliged = a.states.filter((s) => !s.obligation.obliged);
  if (notObliged.length > 0) {
    lines.push(
      `Not obliged to implement (Art. 60(3)): ${notObliged
        .map((s) => `${s.code} (${NOT_OBLIGED_ARTICLE[s.obligation.notObligedBecause!]})`)
        .join(', ')}.`,
    );
  }
  if (result.benefittingStates.isDefault) lines.push(BENEFITTING_DEFAULT_WORDS);
  for (const f of result.systemicShortcomings) {
    lines.push(
      `Systemic shortcomings in ${f.code} (Art. ${f.decision.article} decision${f.decision.reference ? `, ${f.decision.reference}` : ''}): ` +
        'no pledge or offset is required towards it (Art. 60(3), fourth subparagraph); it keeps its share and status.',
    );
  }
  if (!a.pledging) {
    lines.push(`Pool to be implemented before any pledge: ${measuresLine(a.pools.toImplement)}.`);
    return lines;
  }
  lines.push(`Pledged pool: ${measuresLine(a.pools.pledged)}.`);
  lines.push(`Pool to be implemented: ${measuresLine(a.pools.toImplement)}.`);
  const r = a.art63.request;
  lines.push(
    `Art. 63(1): ${whole(r.pledges)} relocation pledges, ${r.met ? 'at least' : 'below'} ` +
      `${whole(r.threshold)} (50 % of the Commission proposal's ${whole(r.number)}): offsets ` +
      `${r.met ? 'may' : 'may not'} be requested.`,
  );
  const m = a.art63.mandatory;
  lines.push(
    `Art. 63(3), (4): target ${whole(m.target)} (the higher of ${whole(m.floor)} and ` +
      `${whole(a.rules.mandatoryShare * 100)} % of ${whole(result.numbers.fairShareTotals.relocations)}); pledges ${whole(m.gross.pledges)}, to be implemented ` +
      `${whole(m.net.pledges)}. ${MANDATORY_OFFSETS_WORDS[m.status]}` +
      (m.status === 'applies'
        ? ` ${whole(a.mandatoryOffsetsTotal)} mandatory offsets in all.`
        : ''),
  );
  if (m.status !== 'not-applicable') {
    lines.push(
      CAP_READING_WORDS[result.readings.art63Cap],
      SPLIT_READING_WORDS[result.readings.art63Split],
    );
  }
  return lines;
}
