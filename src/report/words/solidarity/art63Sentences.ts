import type { Art63Assessment, Art63Status, OffsetRules, PoolPledgeStatus } from '../../../core';

// One formatter each (toLocaleString would build a new one for every number of every cell), made
// on first use: a formatter made as the module loads costs the pane's start-up (npm run bench).
let COUNT: Intl.NumberFormat | undefined;
let PERCENT: Intl.NumberFormat | undefined;
const count = (n: number) =>
  (COUNT ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })).format(n);
const pct = (n: number) =>
  `${(PERCENT ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })).format(n * 100)} %`;

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

/**
 * Art. 63 in full (assessArt63) in words: the request threshold on the Commission's number (Art.
 * 63(1)), then the mandatory offsets on the two numbers of Art. 63(3), gross and net (Art. 63(4)),
 * conditional until a Forum reconvened under Art. 13(4) has met.
 */
export function art63AssessmentSentences(
  a: Art63Assessment,
  rules: OffsetRules,
): [offsets: string, mandatory: string] {
  const r = a.request;
  const pledged = `${count(r.pledges)} relocation${r.pledges === 1 ? '' : 's'} pledged`;
  const of = `${pct(rules.offsetThresholdShare)} of the Commission proposal's ${count(r.number)} (${count(r.threshold)})`;
  const first = r.met
    ? `Offsets may be requested: ${pledged}, at least ${of}, so a benefitting state may ask for ` +
      'responsibility offsets instead of relocations and any contributing state may offer them ' +
      '(Art. 63(1), (2)(a)).'
    : `Offsets may not be requested: ${pledged}, below ${of}; a contributing state may still ` +
      `offer offsets if it pledged at least ${pct(rules.ownFairShareShare)} of its own mandatory ` +
      'fair share as relocations (Art. 63(2)(b)).';
  const m = a.mandatory;
  const reference = m.shareThreshold / rules.mandatoryShare;
  const shareText = `${pct(rules.mandatoryShare)} of the reference number ${count(reference)} (${count(m.shareThreshold)})`;
  const reasons = [
    ...(m.gross.belowFloor ? [count(m.floor)] : []),
    ...(m.gross.belowShare ? [shareText] : []),
  ];
  const why = m.gross.below
    ? `the pledges are below ${reasons.join(' and below ')}`
    : `the pledges to be implemented (${count(m.net.pledges)}) are below ${count(m.target)} (Art. 63(4))`;
  const second =
    m.status === 'not-applicable'
      ? `No mandatory offsets: the pledges reach ${count(m.floor)} and ${shareText}, and so do ` +
        'the pledges to be implemented (Art. 63(3), (4)).'
      : m.status === 'conditional'
        ? `Mandatory offsets would apply up to ${count(m.target)}: ${why}. They apply only ` +
          'following a High-Level Forum reconvened under Art. 13(4) (Art. 63(3)); none is owed yet.'
        : `Mandatory offsets up to ${count(m.target)}: following the reconvened High-Level Forum ` +
          `(Art. 13(4)), ${why}, so contributing states must take responsibility for applicants, ` +
          'none beyond its fair share (Art. 63(3), (7)).';
  return [first, second];
}
