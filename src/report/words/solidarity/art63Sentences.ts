import type { Art63Status, OffsetRules, PoolPledgeStatus } from '../../../core';

// One formatter each: toLocaleString would build a new one for every number of every cell.
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const count = (n: number) => COUNT.format(n);
const pct = (n: number) => `${PERCENT.format(n * 100)} %`;

/**
 * The status the core computes (art63Status, the rules of assessPledges: Art. 63(1) "at least" is
 * inclusive, Art. 63(3) "below" strict) written out in words, with the figures and the articles.
 */
export function art63Sentences(
  s: Art63Status,
  rules: OffsetRules,
): [offsets: string, mandatory: string] {
  const n = count(s.relocationNumber);
  const pledged = `${count(s.pledges)} relocation${s.pledges === 1 ? '' : 's'} pledged`;
  const first = s.offsetThresholdMet
    ? `Offsets may be requested: ${pledged}, at least ${pct(rules.offsetThresholdShare)} of ` +
      `${n} (${count(s.offsetThreshold)}), so a benefitting state may ask for responsibility ` +
      'offsets instead of relocations and any contributing state may offer them (Art. 63(1), (2)).'
    : `Offsets may not be requested: ${pledged}, below ${pct(rules.offsetThresholdShare)} of ` +
      `${n} (${count(s.offsetThreshold)}); a contributing state may still offer offsets if it ` +
      `pledged at least ${pct(rules.ownFairShareShare)} of its own fair share as relocations ` +
      '(Art. 63(2)).';
  const shareText = `${pct(rules.mandatoryShare)} of ${n} (${count(s.mandatoryShareThreshold)})`;
  const reasons = [
    ...(s.belowShare ? [shareText] : []),
    ...(s.belowFloor ? [count(rules.mandatoryFloor)] : []),
  ];
  const second = s.mandatoryTriggered
    ? `Mandatory offsets up to ${count(s.mandatoryTarget)}: the pledges are below ` +
      `${reasons.join(' and below ')}, so contributing states must take responsibility for ` +
      'applicants, each within its fair share (Art. 63(3)).'
    : `No mandatory offsets: the pledges reach ${shareText} and ${count(rules.mandatoryFloor)} ` +
      '(Art. 63(3)).';
  return [first, second];
}

export function describeArt63(s: Art63Status, rules: OffsetRules): string {
  return art63Sentences(s, rules).join(' ');
}

const whole = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });

/**
 * The old assessment (assessPledges, Art. 63 on one number) in words: the pledges against the
 * number, then the Art. 63 sentences. Used by the Balance sheet's summary and the pane until they
 * take the full assessment (assessRound).
 */
export function describeConsequences(pool: PoolPledgeStatus, rules: OffsetRules): string[] {
  const status: Art63Status = {
    pledges: pool.relocationPledges,
    relocationNumber: pool.relocationNumber,
    offsetThreshold: pool.offsetThreshold,
    offsetThresholdMet: pool.offsetThresholdMet,
    mandatoryShareThreshold: pool.mandatoryShareThreshold,
    belowShare: pool.relocationPledges < pool.mandatoryShareThreshold,
    belowFloor: pool.relocationPledges < rules.mandatoryFloor,
    mandatoryTriggered: pool.mandatoryTriggered,
    mandatoryTarget: pool.mandatoryTarget,
  };
  const [offsets, mandatory] = art63Sentences(status, rules);
  return [
    `Relocation pledges: ${whole(status.pledges)}, ${pct(status.pledges / status.relocationNumber)} of the pool's ` +
      `${whole(status.relocationNumber)} relocations.`,
    offsets,
    status.mandatoryTriggered
      ? `${mandatory} ${whole(pool.mandatoryOffsetsTotal)} mandatory offsets in all.`
      : mandatory,
  ];
}
