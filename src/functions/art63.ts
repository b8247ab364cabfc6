import {
  ART_12_MIN_RELOCATIONS,
  art63Status,
  DEFAULT_OFFSET_RULES,
  resolveOffsetRules,
  type Art63Status,
  type OffsetRules,
} from '../core';
import {
  grid,
  mapGrid,
  optionalNumber,
  toFraction,
  toNonNegative,
  toPositive,
  type Result,
} from './args';

// One formatter each: toLocaleString would build a new one for every number of every cell.
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const count = (n: number) => COUNT.format(n);
const pct = (n: number) => `${PERCENT.format(n * 100)} %`;

/**
 * The status the core computes (art63Status, the rules of assessPledges: Art. 63(1) "at least" is
 * inclusive, Art. 63(3) "below" strict) written out in words, with the figures and the articles.
 */
export function describeArt63(s: Art63Status, rules: OffsetRules): string {
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
  return `${first} ${second}`;
}

/**
 * EUPACT.ART63_STATUS: the Art. 63 status of a relocation pledge total. The 60 % and 30,000 of
 * Art. 63(3) could not be verified against the Official Journal: they are parameters.
 */
export function art63StatusFunction(
  relocationPledges: unknown,
  relocationNumber: unknown,
  offsetThreshold: unknown,
  mandatoryShare: unknown,
  mandatoryFloor: unknown,
): Result {
  const n =
    optionalNumber(relocationNumber, 'relocation_number', toPositive) ?? ART_12_MIN_RELOCATIONS;
  const rules = resolveOffsetRules({
    offsetThresholdShare:
      optionalNumber(offsetThreshold, 'offset_threshold', toFraction) ??
      DEFAULT_OFFSET_RULES.offsetThresholdShare,
    mandatoryShare:
      optionalNumber(mandatoryShare, 'mandatory_share', toFraction) ??
      DEFAULT_OFFSET_RULES.mandatoryShare,
    mandatoryFloor:
      optionalNumber(mandatoryFloor, 'mandatory_floor', toNonNegative) ??
      DEFAULT_OFFSET_RULES.mandatoryFloor,
  });
  return mapGrid(grid(relocationPledges, 'relocation_pledges'), 'relocation_pledges', (v, where) =>
    describeArt63(art63Status(toNonNegative(v, where), n, rules), rules),
  );
}
