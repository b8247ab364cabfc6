import type { OffsetRules } from './pledges';
import type { NumberBasis } from './referenceNumbers';

/**
 * Art. 63(3) mandatory offsets: `not-applicable` (the pledges reach the higher of the two numbers,
 * gross and net); `conditional` (they fall below, but the High-Level Forum has not been reconvened
 * under Art. 13(4): it would apply if pledges stay below after it, and nobody owes offsets yet);
 * `applies` (below, following a reconvened Forum).
 */
export type MandatoryOffsetsStatus = 'not-applicable' | 'conditional' | 'applies';

export interface Art63Input {
  /** Art. 63(1): "the number indicated in the Commission proposal referred to in Article 12". */
  readonly commissionRelocations: number;
  /** Art. 63(3)(b): "the reference number used to calculate each Member State's mandatory fair share". */
  readonly referenceRelocations: number;
  readonly referenceBasis: NumberBasis;
  /** "The relocation pledges ... set out in the Council implementing act" (Art. 63(1), (3)). */
  readonly relocationPledges: number;
  /** Art. 63(4): the relocation pledges "to be implemented" after deductions and without the states not obliged. */
  readonly relocationsToImplement: number;
  /** Art. 63(3): "following the meeting of the High-Level Forum convened in accordance with Article 13(4)". */
  readonly reconvenedForum: boolean;
  readonly rules: OffsetRules;
}

export interface Art63Assessment {
  /** Art. 63(1): "equal to or above 50 % of the number indicated in the Commission proposal". */
  readonly request: {
    readonly basis: 'commission-proposal';
    readonly number: number;
    readonly threshold: number;
    readonly pledges: number;
    readonly met: boolean;
  };
  readonly mandatory: {
    readonly status: MandatoryOffsetsStatus;
    readonly reconvenedForum: boolean;
    /** Art. 63(3)(a): "the number referred to in Article 12(2), point (a)". */
    readonly floor: number;
    /** Art. 63(3)(b): 60 % of the reference number (the Council's; the proposal's without an act). */
    readonly shareThreshold: number;
    readonly shareBasis: NumberBasis;
    /** "Up to the higher of the two numbers". */
    readonly target: number;
    /** Art. 63(3): the pledges in the Council act; "below" is strict. */
    readonly gross: {
      readonly pledges: number;
      readonly belowFloor: boolean;
      readonly belowShare: boolean;
      readonly below: boolean;
    };
    /** Art. 63(4): the same test on the pledges to be implemented. */
    readonly net: { readonly pledges: number; readonly below: boolean };
  };
}

/** Art. 63(1), (3) and (4), each on its own number. */
export function assessArt63(input: Art63Input): Art63Assessment {
  const { rules } = input;
  const threshold = rules.offsetThresholdShare * input.commissionRelocations;
  const shareThreshold = rules.mandatoryShare * input.referenceRelocations;
  const target = Math.max(rules.mandatoryFloor, shareThreshold);
  const belowFloor = input.relocationPledges < rules.mandatoryFloor;
  const belowShare = input.relocationPledges < shareThreshold;
  const grossBelow = belowFloor || belowShare;
  const netBelow = input.relocationsToImplement < target;
  const status: MandatoryOffsetsStatus =
    grossBelow || netBelow ? (input.reconvenedForum ? 'applies' : 'conditional') : 'not-applicable';
  return {
    request: {
      basis: 'commission-proposal',
      number: input.commissionRelocations,
      threshold,
      pledges: input.relocationPledges,
      // Art. 63(1): "equal to or above": inclusive.
      met: input.relocationPledges >= threshold,
    },
    mandatory: {
      status,
      reconvenedForum: input.reconvenedForum,
      floor: rules.mandatoryFloor,
      shareThreshold,
      shareBasis: input.referenceBasis,
      target,
      gross: { pledges: input.relocationPledges, belowFloor, belowShare, below: grossBelow },
      net: { pledges: input.relocationsToImplement, below: netBelow },
    },
  };
}
