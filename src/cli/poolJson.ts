import { categoriesOf, stateName, type PoolMeasures, type PoolTotals } from '../core';
import type { IndicatorSet, Preset } from '../data';
import type { PoolReport } from '../report';

/**
 * The version of the `--json` contract (README, "The --json contract"). 2: an object with the
 * scenario (both numbers), the sources, the states, the three pools and Art. 63; version 1 (before
 * issue 14) was the array of state rows. 3 (issue 16): the same fields, but the `compare` part's
 * `change` is the change from A to B (B − A) where schema 2 had A − B; a sign that flips under an
 * unchanged name must not reach a reader of schema 2 unannounced.
 */
export const POOL_JSON_SCHEMA = 3;

const numbers = (t: PoolTotals) => ({
  relocations: t.relocations,
  financialEur: t.financialEur,
  eurPerRelocation: t.eurPerRelocation,
});

const pool = (m: PoolMeasures) => ({
  relocations: m.relocations,
  offsets: m.offsets,
  financialEur: m.financialEur,
  alternativeEur: m.alternativeEur,
  valueEur: m.valueEur,
});

/** The pool for `--json`: the documented contract (POOL_JSON_SCHEMA). */
export function poolJson(report: PoolReport, preset: Preset, data: IndicatorSet) {
  const { result, assessment: a } = report;
  const pledging = a.pledging;
  return {
    schema: POOL_JSON_SCHEMA,
    scenario: {
      id: preset.id,
      data: data.id,
      dataLabel: data.label,
      commission: numbers(result.numbers.commission),
      council: result.numbers.council ? numbers(result.numbers.council) : null,
      fairShareBasis: result.numbers.fairShareBasis,
      noProjectedNeed: result.numbers.noProjectedNeed,
      participants: result.participants,
      benefitting: {
        states: result.benefittingStates.states,
        isDefault: result.benefittingStates.isDefault,
      },
      reconvenedForum: result.reconvenedForum,
      systemicShortcomings: result.systemicShortcomings,
      sar: result.sar,
      readings: result.readings,
      rules: a.rules,
      pledges: pledging,
    },
    sources: data.series.map((s) => ({
      indicator: s.indicator,
      period: s.period,
      dataset: s.provenance.dataset,
      release: s.provenance.release,
    })),
    states: a.states.map((s) => ({
      code: s.code,
      name: stateName(s.code),
      fairShare: s.fairShare,
      relocations: s.share.relocations,
      financialEur: s.share.financialEur,
      persons: s.share.persons,
      basis: s.share.basis,
      deduction: s.deduction.share,
      deductionArticle: s.deduction.article ?? null,
      deductionAppliesTo: s.deduction.share > 0 ? s.deduction.appliesTo : null,
      obliged: s.obligation.obliged,
      notObligedBecause: s.obligation.notObligedBecause,
      benefitting: s.benefitting?.article ?? null,
      systemicShortcomings: s.systemicShortcoming?.decision ?? null,
      categories: categoriesOf(result.categories, s.code),
      ...(pledging
        ? {
            pledged: pool(s.pledged),
            toImplement: pool(s.toImplement),
            alternativeRequested: s.alternative.requested,
            dueValueEur: s.dueValueEur,
            balanceEur: s.balanceEur,
            position: s.position,
            mayOfferOffsets: s.mayOfferOffsets,
            offsetsIfApplied: s.offsetsIfApplied,
            mandatoryOffsets: s.mandatoryOffsets,
          }
        : {}),
    })),
    adHoc: a.adHoc.map((x) => ({
      code: x.code,
      name: stateName(x.code),
      pledged: pool(x.pledged),
    })),
    pools: {
      reference: pool(a.pools.reference),
      pledged: pool(a.pools.pledged),
      toImplement: pool(a.pools.toImplement),
    },
    // Before any pledge there is nothing to hold against Art. 63.
    art63: pledging
      ? {
          requestThreshold: a.art63.request.threshold,
          requestNumber: a.art63.request.number,
          requestMet: a.art63.request.met,
          mandatory: a.art63.mandatory.status,
          target: a.art63.mandatory.target,
          floor: a.art63.mandatory.floor,
          shareThreshold: a.art63.mandatory.shareThreshold,
          grossTest: a.art63.mandatory.gross,
          netTest: a.art63.mandatory.net,
          requiredTowards: a.requiredTowards,
          mandatoryOffsetsTotal: a.mandatoryOffsetsTotal,
        }
      : null,
  };
}
