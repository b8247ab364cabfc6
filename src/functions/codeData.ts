import {
  computeFairShares,
  DEFAULT_PARTICIPANTS,
  stateName,
  STATES,
  tryNormalizeCode,
  type FairShare,
} from '../core';
import {
  figureLookup,
  indicatorInfo,
  INDICATORS,
  seriesOf,
  type IndicatorSeries,
  type IndicatorSet,
} from '../data';
import { clip, describe, isBlank } from './cellValue';
import { invalidValue, notAvailable } from './errors';

/** What a country code looks up: each participant's fair share on one indicator set. */
export interface ParticipantShares {
  readonly shares: readonly FairShare[];
  readonly byCode: ReadonlyMap<string, FairShare>;
}

const sharesCache = new WeakMap<IndicatorSet, ParticipantShares>();

/**
 * The fair share of every participating state (Art. 66, Annex I) on a set: the 26 states bound by
 * solidarity, totals over them only. Computed once per set.
 */
export function participantShares(set: IndicatorSet): ParticipantShares {
  const cached = sharesCache.get(set);
  if (cached) return cached;
  const figures = figureLookup(set);
  const inputs = DEFAULT_PARTICIPANTS.map((code) => {
    const f = figures(code);
    for (const field of ['population', 'gdp'] as const) {
      if (f?.[field] === undefined) {
        const what = field === 'gdp' ? 'GDP' : 'population';
        throw notAvailable(
          `The dataset "${set.id}" has no ${what} for ${stateName(code)} (${code}), so no fair ` +
            'share can be computed: load data that covers every participant.',
        );
      }
    }
    return { code, population: f?.population as number, gdp: f?.gdp as number };
  });
  const shares = computeFairShares(inputs);
  const result = { shares, byCode: new Map(shares.map((s) => [s.code, s])) };
  sharesCache.set(set, result);
  return result;
}

/** A Eurostat code from a cell: "de", " EL " and "GR" are accepted; GR becomes EL. */
export function stateCode(v: unknown, where: string): string {
  if (isBlank(v)) throw notAvailable(`${where} is empty: give a country code such as "DE".`);
  if (typeof v !== 'string') {
    throw invalidValue(`${where} is ${describe(v)} where a country code such as "DE" belongs.`);
  }
  const code = tryNormalizeCode(v);
  if (!code && Number.isFinite(Number(v.trim()))) {
    throw invalidValue(
      `${where} is ${describe(v)}, a number stored as text: enter it as a number, or give a ` +
        'country code such as "DE".',
    );
  }
  if (!code) {
    throw invalidValue(
      `${where}: unknown country code "${clip(v)}": use a Eurostat code such as "DE", or "EL" ` +
        '(or "GR") for Greece.',
    );
  }
  return code;
}

function whyNotParticipating(code: string): string {
  if (code === 'DK') return 'Denmark does not take part in solidarity (Protocol No 22)';
  if (STATES.find((s) => s.code === code)?.group === 'EFTA') {
    return 'the Dublin-associated states are not bound by solidarity; they may contribute ad hoc (Art. 13(1))';
  }
  return 'it is not among the states bound by solidarity';
}

/** The fair share of the state a cell names, or #N/A for a state outside the 26 participants. */
export function shareOfState(shares: ParticipantShares, v: unknown, where: string): FairShare {
  const code = stateCode(v, where);
  const share = shares.byCode.get(code);
  if (!share) {
    throw notAvailable(
      `${where}: ${stateName(code)} (${code}) is not a participating state: ${whyNotParticipating(code)}.`,
    );
  }
  return share;
}

const BY_NAME = new Map<string, string>();
for (const i of INDICATORS) {
  for (const key of [i.id, i.label, i.short]) BY_NAME.set(key.trim().toLowerCase(), i.id);
}

/** An indicator named by its id, label or short name, in any case ("temporaryProtection", "GDP"). */
export function indicatorId(v: unknown, where: string): string {
  if (isBlank(v)) throw notAvailable(`${where} is empty: name an indicator such as "gdp".`);
  const id = typeof v === 'string' ? BY_NAME.get(v.trim().toLowerCase()) : undefined;
  if (!id) {
    throw invalidValue(
      `${where}: unknown indicator ${typeof v === 'string' ? `"${clip(v)}"` : describe(v)}: use ` +
        `${INDICATORS.map((i) => `"${i.id}"`).join(', ')} (or their labels).`,
    );
  }
  return id;
}

/** The set's series of an indicator, or #N/A when the set has none. */
export function seriesIn(set: IndicatorSet, id: string, where: string): IndicatorSeries {
  const series = seriesOf(set, id);
  if (!series) {
    throw notAvailable(`${where}: the dataset "${set.id}" has no ${indicatorInfo(id).label}.`);
  }
  return series;
}
