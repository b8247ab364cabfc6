import { isAdHocContributor } from './adHoc';
import type { AlternativeMeasureValue } from './alternativeMeasures';
import { assessArt63, type Art63Assessment } from './art63';
import type { BenefittingDeclaration } from './benefitting';
import type { DeductionAppliesTo, DeductionArticle } from './deductions';
import { requireFiniteFields } from './errors';
import { mandatoryOffsetsOf } from './mandatoryOffsets';
import { obligationOf, type Obligation } from './obligation';
import { pledgedMeasures, pledgesByCode } from './roundPledges';
import { emptyPledge, resolveOffsetRules, type OffsetRules, type Pledge } from './pledges';
import {
  NO_MEASURES,
  scaleMeasures,
  sumMeasures,
  type PoolMeasures,
  type ThreePools,
} from './pools';
import type { NumberBasis } from './referenceNumbers';
import type { ScenarioResult } from './scenario';
import type { SystemicShortcomingFinding } from './systemicShortcomings';
import { sum } from './sum';
import { wholePersons, withinHalfPerson } from './wholePersons';

/** Where a state's pledge stands against its fair share; no position where it is not obliged. */
export type Position = 'not-obliged' | 'meets' | 'shortfall' | 'surplus';

/** One participating Member State after the round. */
export interface StateRound {
  readonly code: string;
  readonly fairShare: number;
  /** Its fair share of the reference numbers (Art. 57(3); the proposal's without an act, Art. 12(2)). */
  readonly share: {
    readonly basis: NumberBasis;
    readonly relocations: number;
    /** The relocations in whole persons, as the Council prints them. */
    readonly persons: number;
    readonly financialEur: number;
  };
  readonly deduction: {
    readonly share: number;
    readonly article: DeductionArticle | undefined;
    readonly appliesTo: DeductionAppliesTo;
  };
  readonly benefitting: BenefittingDeclaration | undefined;
  readonly obligation: Obligation;
  readonly systemicShortcoming: SystemicShortcomingFinding | undefined;
  readonly pledge: Pledge;
  readonly alternative: AlternativeMeasureValue;
  readonly pledged: PoolMeasures;
  /** Zero where not obliged; net of a deduction on the pledges. */
  readonly toImplement: PoolMeasures;
  /** The fair share's value, less a deduction anticipated on it. */
  readonly dueValueEur: number;
  /** Pledged value − due; null where not obliged (no surplus, no shortfall). */
  readonly balanceEur: number | null;
  readonly position: Position;
  /** Art. 63(2): the point under which it may offer offsets, or null. */
  readonly mayOfferOffsets: '63(2)(a)' | '63(2)(b)' | null;
  /** What it would owe under Art. 63(3) if it applied (the split and the cap: the tool's readings). */
  readonly offsetsIfApplied: number;
  /** What it owes: `offsetsIfApplied` where Art. 63(3) applies, else 0. */
  readonly mandatoryOffsets: number;
}

/** A Dublin-associated state's ad hoc pledge (Art. 13(1)): in the pledged pools, never in the key. */
export interface AdHocRound {
  readonly code: string;
  readonly pledge: Pledge;
  readonly alternative: AlternativeMeasureValue;
  readonly pledged: PoolMeasures;
}

export interface RoundResult {
  /** False before any pledge: then the pool to be implemented is the obliged states' reference pool. */
  readonly pledging: boolean;
  readonly states: readonly StateRound[];
  readonly adHoc: readonly AdHocRound[];
  readonly pools: ThreePools;
  readonly art63: Art63Assessment;
  readonly rules: OffsetRules;
  /** Benefitting states towards which pledges and offsets are required (no systemic shortcomings). */
  readonly requiredTowards: readonly string[];
  readonly mandatoryOffsetsTotal: number;
}

/**
 * The round as the Regulation computes it: who must implement (Art. 60(3)), the three pools, each
 * state's position against its fair share (whole persons), Art. 63 in full. `pledges` undefined:
 * before any pledge.
 */
export function assessRound(input: {
  readonly scenario: ScenarioResult;
  readonly pledges?: readonly Pledge[];
  readonly rules?: Partial<OffsetRules>;
}): RoundResult {
  const { scenario } = input;
  const rules = resolveOffsetRules(input.rules);
  const numbers = scenario.numbers;
  const ref = numbers.fairShareTotals;
  const e = ref.eurPerRelocation;
  const pledging = input.pledges !== undefined;
  const byCode = pledgesByCode(input.pledges ?? [], new Set(scenario.participants));
  const benefitting = new Map(scenario.benefittingStates.states.map((s) => [s.code, s]));
  const shortcomings = new Map(scenario.systemicShortcomings.map((f) => [f.code, f]));

  const base = scenario.pool.rows.map((c) => {
    const pledge = byCode.get(c.code) ?? emptyPledge(c.code);
    const appliesTo: DeductionAppliesTo =
      c.deductionAppliesTo ?? (pledging ? 'pledges' : 'fair-share');
    const obligation = obligationOf(c.code, benefitting.get(c.code), {
      share: c.deductionShare,
      article: c.deductionArticle,
    });
    const { alternative, pledged } = pledgedMeasures(pledge, e);
    const keep = 1 - c.deductionShare;
    // The reference pool is relocations *or* euros: its value is the euros of the fair share.
    const fairShareMeasures: PoolMeasures = {
      ...NO_MEASURES,
      relocations: c.relocations,
      financialEur: c.financialEur,
      valueEur: c.financialEur,
    };
    // Before any pledge: the obliged states' reference pool; with pledges: the pledges, net of a
    // deduction on them (Art. 61(1), 62(1) deduct "pledged contributions").
    const toImplement = !obligation.obliged
      ? NO_MEASURES
      : !pledging
        ? scaleMeasures(fairShareMeasures, keep)
        : appliesTo === 'pledges'
          ? scaleMeasures(pledged, keep)
          : pledged;
    const dueValueEur = appliesTo === 'fair-share' ? c.financialEur * keep : c.financialEur;
    return {
      c,
      pledge,
      appliesTo,
      obligation,
      alternative,
      pledged,
      toImplement,
      keep,
      dueValueEur,
      fairShareMeasures,
    };
  });

  const adHoc: AdHocRound[] = [...byCode.values()]
    .filter((p) => isAdHocContributor(p.code))
    .map((pledge) => ({ code: pledge.code, pledge, ...pledgedMeasures(pledge, e) }));

  const pools: ThreePools = {
    reference: sumMeasures(base.map((b) => b.fairShareMeasures)),
    pledged: sumMeasures([...base.map((b) => b.pledged), ...adHoc.map((a) => a.pledged)]),
    toImplement: sumMeasures([...base.map((b) => b.toImplement), ...adHoc.map((a) => a.pledged)]),
  };
  const art63 = assessArt63({
    commissionRelocations: numbers.commission.relocations,
    referenceRelocations: ref.relocations,
    referenceBasis: numbers.fairShareBasis,
    relocationPledges: pools.pledged.relocations,
    relocationsToImplement: pools.toImplement.relocations,
    reconvenedForum: scenario.reconvenedForum,
    rules,
  });
  // Art. 60(3), fourth subparagraph: nothing is required towards a state with systemic shortcomings.
  const requiredTowards = scenario.benefittingStates.states
    .map((s) => s.code)
    .filter((c) => !shortcomings.has(c));

  const states = base.map((b): StateRound => {
    const { c, obligation } = b;
    const balanceEur = obligation.obliged ? b.pledged.valueEur - b.dueValueEur : null;
    const position: StateRound['position'] =
      balanceEur === null
        ? 'not-obliged'
        : withinHalfPerson(balanceEur, e)
          ? 'meets'
          : balanceEur < 0
            ? 'shortfall'
            : 'surplus';
    // Art. 63(2)(a) the pool threshold reached, or (b) 50 % or more of its mandatory fair share as relocations.
    const mayOfferOffsets = !obligation.obliged
      ? null
      : art63.request.met
        ? '63(2)(a)'
        : b.pledge.relocations >= rules.ownFairShareShare * c.relocations
          ? '63(2)(b)'
          : null;
    const offsetsIfApplied =
      obligation.obliged &&
      art63.mandatory.status !== 'not-applicable' &&
      requiredTowards.length > 0
        ? mandatoryOffsetsOf({
            fairShare: c.fairShare,
            keep: b.keep,
            target: art63.mandatory.target,
            referenceRelocations: ref.relocations,
            fairShareValueEur: c.financialEur,
            people: b.toImplement.relocations + b.toImplement.offsets,
            valueEur: b.toImplement.valueEur,
            eurPerRelocation: e,
            cap: scenario.readings.art63Cap,
          })
        : 0;
    return requireFiniteFields(
      {
        code: c.code,
        fairShare: c.fairShare,
        share: {
          basis: numbers.fairShareBasis,
          relocations: c.relocations,
          persons: wholePersons(c.relocations),
          financialEur: c.financialEur,
        },
        deduction: { share: c.deductionShare, article: c.deductionArticle, appliesTo: b.appliesTo },
        benefitting: benefitting.get(c.code),
        obligation,
        systemicShortcoming: shortcomings.get(c.code),
        pledge: b.pledge,
        alternative: b.alternative,
        pledged: b.pledged,
        toImplement: b.toImplement,
        dueValueEur: b.dueValueEur,
        balanceEur,
        position,
        mayOfferOffsets,
        offsetsIfApplied,
        mandatoryOffsets: art63.mandatory.status === 'applies' ? offsetsIfApplied : 0,
      },
      c.code,
    );
  });
  // Totals of finite pledges can still overflow (two pledges of EUR 1E+308): refuse, never Infinity.
  requireFiniteFields(pools.pledged);
  requireFiniteFields(pools.toImplement);
  return {
    pledging,
    states,
    adHoc,
    pools,
    art63,
    rules,
    requiredTowards,
    mandatoryOffsetsTotal: sum(states.map((s) => s.mandatoryOffsets)),
  };
}
