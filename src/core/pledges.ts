import {
  MethodologyError,
  requireFiniteFields,
  requireFraction,
  requireNonNegative,
  requirePositive,
} from './errors';
import type { AlternativeRequested } from './alternativeMeasures';
import type { DeductedContribution } from './deductions';
import type { PoolTotals } from './pool';
import { methodReason } from './reasons';
import { normalizeCode } from './states';
import { sum } from './sum';

/** What one state pledges at the High-Level EU Solidarity Forum (Art. 13, 56). */
export interface Pledge {
  readonly code: string;
  /** Relocations of applicants (or of recent beneficiaries where both states agree), Art. 56(2)(a). */
  readonly relocations: number;
  /** Financial contributions, Art. 56(2)(b). */
  readonly financialEur: number;
  /**
   * Alternative solidarity measures, Art. 56(2)(c), at the financial value the pledging state
   * indicates "based on objective criteria" (Art. 57(4)).
   */
  readonly alternativeEur: number;
  /** Responsibility offsets offered (Art. 63): people solidarity, counted one for one as relocations. */
  readonly offsets: number;
  /** Whether a benefitting state requested the alternative measures (Art. 65(1)); default not yet. */
  readonly alternativeRequested?: AlternativeRequested;
  /** Their value set jointly by both states before implementation (Art. 65(1)), where set. */
  readonly alternativeSetJointlyEur?: number | null;
}

/** The Art. 63 thresholds, as the text sets them (parameters with the text's values as defaults). */
export interface OffsetRules {
  /** Art. 63(1): "equal to or above 50 % of the number indicated in the Commission proposal". */
  readonly offsetThresholdShare: number;
  /** Art. 63(2)(b): "50 % or more of its mandatory fair share ... as relocations". */
  readonly ownFairShareShare: number;
  /** Art. 63(3)(b): "below 60 % of the reference number used to calculate ... mandatory fair share" ... */
  readonly mandatoryShare: number;
  /** ... or (a) "below the number referred to in Article 12(2), point (a)"; up to the higher of the two. */
  readonly mandatoryFloor: number;
}

export const DEFAULT_OFFSET_RULES: OffsetRules = {
  offsetThresholdShare: 0.5,
  ownFairShareShare: 0.5,
  mandatoryShare: 0.6,
  mandatoryFloor: 30_000,
};

export interface PledgeAssessment {
  readonly code: string;
  readonly fairShare: number;
  readonly pledge: Pledge;
  /** Relocations plus offsets: people solidarity, each worth EUR per relocation (Art. 56(2)). */
  readonly peopleSolidarity: number;
  readonly pledgedValueEur: number;
  /** Fair share × financial total: the indicative contribution in euros (Art. 12(2)). */
  readonly indicativeValueEur: number;
  /** The indicative value after the state's deduction (Art. 61, 62). */
  readonly dueValueEur: number;
  /** Pledged minus due: positive is a surplus, negative a shortfall. */
  readonly balanceEur: number;
  /** A benefitting state keeps its fair share but is not obliged to deliver its pledges. */
  readonly benefitting: boolean;
  /** Art. 63(2): may offer responsibility offsets itself. */
  readonly mayOfferOffsets: boolean;
  /** Art. 63(3): offsets this state must take on when the mandatory mechanism is triggered. */
  readonly mandatoryOffsets: number;
}

export interface PoolPledgeStatus {
  readonly relocationNumber: number;
  readonly relocationPledges: number;
  readonly offsetPledges: number;
  readonly financialPledgesEur: number;
  readonly alternativePledgesEur: number;
  readonly pledgedValueEur: number;
  readonly relocationPledgeShare: number;
  /** Art. 63(1): pledges ≥ 50 % of the number let benefitting states ask for offsets instead. */
  readonly offsetThreshold: number;
  readonly offsetThresholdMet: boolean;
  /** Art. 63(3): pledges < 60 % of the number or < 30,000 trigger mandatory offsets ... */
  readonly mandatoryShareThreshold: number;
  readonly mandatoryTriggered: boolean;
  /** ... up to the higher of those two numbers. */
  readonly mandatoryTarget: number;
  readonly mandatoryOffsetsTotal: number;
}

export interface PledgeRound {
  readonly rows: PledgeAssessment[];
  readonly pool: PoolPledgeStatus;
}

/** Where a total of relocation pledges stands against the Art. 63 thresholds. */
export interface Art63Status {
  readonly pledges: number;
  readonly relocationNumber: number;
  /** Art. 63(1): at least this many pledged lets benefitting states ask for offsets. */
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
  // Art. 63(3): "below" 60 % of the number or below 30,000 is strict; Art. 63(1) "at least" inclusive.
  const belowShare = pledges < mandatoryShareThreshold;
  const belowFloor = pledges < rules.mandatoryFloor;
  return {
    pledges,
    relocationNumber,
    offsetThreshold,
    offsetThresholdMet: pledges >= offsetThreshold,
    mandatoryShareThreshold,
    belowShare,
    belowFloor,
    mandatoryTriggered: belowShare || belowFloor,
    mandatoryTarget: Math.max(mandatoryShareThreshold, rules.mandatoryFloor),
  };
}

/** Below half a cent, pledged and due are equal. */
export const BALANCE_TOLERANCE_EUR = 0.005;

/** Where a state stands in the old assessment: the Balance sheet's position, as a fact. */
export type LegacyPosition = 'benefitting' | 'meets' | 'shortfall' | 'surplus';

export function legacyPositionOf(
  row: Pick<PledgeAssessment, 'benefitting' | 'balanceEur'>,
): LegacyPosition {
  if (row.benefitting) return 'benefitting';
  if (Math.abs(row.balanceEur) < BALANCE_TOLERANCE_EUR) return 'meets';
  return row.balanceEur < 0 ? 'shortfall' : 'surplus';
}

export function emptyPledge(code: string): Pledge {
  return { code, relocations: 0, financialEur: 0, alternativeEur: 0, offsets: 0 };
}

export function resolveOffsetRules(rules: Partial<OffsetRules> = {}): OffsetRules {
  const r = { ...DEFAULT_OFFSET_RULES, ...rules };
  return {
    offsetThresholdShare: requireFraction(r.offsetThresholdShare, {
      field: { kind: 'art63Threshold' },
    }),
    ownFairShareShare: requireFraction(r.ownFairShareShare, {
      field: { kind: 'art63OwnShare' },
    }),
    mandatoryShare: requireFraction(r.mandatoryShare, { field: { kind: 'art63Share' } }),
    mandatoryFloor: requireNonNegative(r.mandatoryFloor, {
      field: { kind: 'art63Floor' },
    }),
  };
}

function validatePledges(pledges: readonly Pledge[], participants: ReadonlySet<string>) {
  const out = new Map<string, Pledge>();
  for (const p of pledges) {
    const code = normalizeCode(p.code, 'codeOfPledge');
    if (!participants.has(code)) {
      throw new MethodologyError(methodReason('pledgeNotParticipating', { code }), {
        state: code,
        field: { kind: 'pledge' },
      });
    }
    if (out.has(code)) {
      throw new MethodologyError(methodReason('twoPledges', { code }), {
        state: code,
        field: { kind: 'pledge' },
      });
    }
    out.set(code, {
      code,
      relocations: requireNonNegative(p.relocations, {
        state: code,
        field: { kind: 'relocations' },
      }),
      financialEur: requireNonNegative(p.financialEur, {
        state: code,
        field: { kind: 'financial' },
      }),
      alternativeEur: requireNonNegative(p.alternativeEur, {
        state: code,
        field: { kind: 'alternative' },
      }),
      offsets: requireNonNegative(p.offsets, { state: code, field: { kind: 'offsets' } }),
    });
  }
  return out;
}

/**
 * Assesses a pledging round: each state's pledged value against its indicative contribution, the
 * pool's relocation pledges against the Art. 63 thresholds, and the mandatory offsets per state.
 */
export function assessPledges(input: {
  readonly pool: readonly DeductedContribution[];
  readonly totals: PoolTotals;
  readonly pledges: readonly Pledge[];
  readonly benefitting?: Iterable<string>;
  readonly rules?: Partial<OffsetRules>;
}): PledgeRound {
  const rules = resolveOffsetRules(input.rules);
  const e = requirePositive(input.totals.eurPerRelocation, { field: { kind: 'eurPerRelocation' } });
  const n = requirePositive(input.totals.relocations, { field: { kind: 'relocationNumber' } });
  const participants = new Set(input.pool.map((r) => r.code));
  const pledges = validatePledges(input.pledges, participants);
  const benefitting = new Set([...(input.benefitting ?? [])].map((c) => normalizeCode(c)));

  const relocationPledges = sum([...pledges.values()].map((p) => p.relocations));
  const status = art63Status(relocationPledges, n, rules);
  const {
    offsetThreshold,
    offsetThresholdMet,
    mandatoryShareThreshold,
    mandatoryTriggered,
    mandatoryTarget,
  } = status;

  const rows = input.pool.map((c): PledgeAssessment => {
    const pledge = pledges.get(c.code) ?? emptyPledge(c.code);
    const peopleSolidarity = pledge.relocations + pledge.offsets;
    const pledgedValueEur = peopleSolidarity * e + pledge.financialEur + pledge.alternativeEur;
    const indicativeValueEur = c.financialEur;
    const dueValueEur = c.effectiveFinancialEur;
    const isBenefitting = benefitting.has(c.code);
    // Art. 63(2): the pool threshold is met, or the state pledged half its own fair share as relocations.
    const mayOfferOffsets =
      offsetThresholdMet || pledge.relocations >= rules.ownFairShareShare * c.relocations;
    // Art. 63(3): each contributing state's part follows its fair share of the target, an offset counts
    // one for one towards its relocations, and no state goes above its fair share of the number
    // (Crisis Regulation (EU) 2024/1359 cites this cap as Art. 63(7)); deductions reduce both.
    let mandatoryOffsets = 0;
    if (mandatoryTriggered && !isBenefitting) {
      const keep = 1 - c.deductionShare;
      const part = Math.min(c.fairShare * mandatoryTarget, c.fairShare * n) * keep;
      mandatoryOffsets = Math.max(0, part - peopleSolidarity);
    }
    requireFiniteFields(c, c.code);
    requireFiniteFields({ peopleSolidarity, pledgedValueEur, mandatoryOffsets }, c.code);
    return {
      code: c.code,
      fairShare: c.fairShare,
      pledge,
      peopleSolidarity,
      pledgedValueEur,
      indicativeValueEur,
      dueValueEur,
      balanceEur: pledgedValueEur - dueValueEur,
      benefitting: isBenefitting,
      mayOfferOffsets,
      mandatoryOffsets,
    };
  });

  const offsetPledges = sum(rows.map((r) => r.pledge.offsets));
  const mandatoryOffsetsTotal = sum(rows.map((r) => r.mandatoryOffsets));
  const pool: PoolPledgeStatus = {
    relocationNumber: n,
    relocationPledges,
    offsetPledges,
    financialPledgesEur: sum(rows.map((r) => r.pledge.financialEur)),
    alternativePledgesEur: sum(rows.map((r) => r.pledge.alternativeEur)),
    pledgedValueEur: sum(rows.map((r) => r.pledgedValueEur)),
    relocationPledgeShare: relocationPledges / n,
    offsetThreshold,
    offsetThresholdMet,
    mandatoryShareThreshold,
    mandatoryTriggered,
    mandatoryTarget,
    mandatoryOffsetsTotal,
  };
  // Totals of finite pledges can still overflow (two pledges of EUR 1E+308): refuse, never show Infinity.
  requireFiniteFields(pool);
  return { rows, pool };
}
