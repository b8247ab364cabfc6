import {
  ART_12_MIN_RELOCATIONS,
  DEFAULT_OFFSET_RULES,
  resolveOffsetRules,
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

/**
 * Where a pool's relocation pledges stand against the Art. 63 thresholds. The same rules as the
 * core's assessPledges, for one pledge total instead of a pledging table.
 */
export interface Art63Status {
  readonly pledges: number;
  readonly relocationNumber: number;
  /** Art. 63(1): the share of the number that lets benefitting states ask for offsets. */
  readonly offsetThreshold: number;
  readonly offsetThresholdMet: boolean;
  /** Art. 63(3): below this share of the number, or below the floor, offsets become mandatory. */
  readonly mandatoryShareThreshold: number;
  readonly belowShare: boolean;
  readonly belowFloor: boolean;
  readonly mandatoryTriggered: boolean;
  /** ... up to the higher of the two. */
  readonly mandatoryTarget: number;
}

export function art63Status(
  pledges: number,
  relocationNumber: number,
  rules: OffsetRules,
): Art63Status {
  const offsetThreshold = rules.offsetThresholdShare * relocationNumber;
  const mandatoryShareThreshold = rules.mandatoryShare * relocationNumber;
  // Art. 63(1): "at least" 50 % of the number is inclusive.
  const offsetThresholdMet = pledges >= offsetThreshold;
  // Art. 63(3): "below" 60 % of the number or below 30,000 is strict.
  const belowShare = pledges < mandatoryShareThreshold;
  const belowFloor = pledges < rules.mandatoryFloor;
  return {
    pledges,
    relocationNumber,
    offsetThreshold,
    offsetThresholdMet,
    mandatoryShareThreshold,
    belowShare,
    belowFloor,
    mandatoryTriggered: belowShare || belowFloor,
    mandatoryTarget: Math.max(mandatoryShareThreshold, rules.mandatoryFloor),
  };
}

// One formatter each: toLocaleString would build a new one for every number of every cell.
const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const count = (n: number) => COUNT.format(n);
const pct = (n: number) => `${PERCENT.format(n * 100)} %`;

/** The status written out in words, each consequence with its article. */
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
