import {
  computePressure,
  DEFAULT_PARTICIPANTS,
  pressureScore,
  type PressureIndicator,
  type PressureResult,
} from '../core';
import { indicatorInfo, type IndicatorSet } from '../data';
import { activeIndicatorSet } from './activeData';
import {
  allNumbers,
  at,
  holdsFigures,
  isSingle,
  mapGrid,
  optionalGrid,
  optionalScalar,
  optionalText,
  requireSameSize,
  sizeOf,
  trimTogether,
  untrimmedGrid,
  type Grid,
  type Result,
} from './args';
import { formatNumber, toNonNegative, toNumber, toPositive, total as sumOf } from './cellValue';
import { indicatorId, participantShares, seriesIn, shareOfState } from './codeData';
import { invalidValue, notAvailable } from './errors';

const V = 'value_or_code';
const F = 'fair_share_or_indicator';
const T = 'total_or_weights';
const D = 'dataset';

/**
 * EUPACT.PRESSURE_SCORE: a state's share of the participants' total of an indicator divided by its
 * fair share (1.00 proportionate, 2.00 twice its share). The Regulation publishes no thresholds
 * (Art. 9–11): the score is a measure for the analyst, never a finding.
 * - figures: value(s), fair share(s) of the same size, and the total (or Σ of the values given);
 * - country codes: one indicator, or a row or column of them combined with optional weights.
 */
export function pressureScoreFunction(
  valueOrCode: unknown,
  fairShareOrIndicator: unknown,
  totalOrWeights: unknown,
  dataset: unknown,
): Result {
  // Trimmed together: values and fair shares go element by element.
  const [values, second] = trimTogether([
    untrimmedGrid(valueOrCode, V),
    untrimmedGrid(fairShareOrIndicator, F),
  ] as const);
  if (holdsFigures(values, second)) {
    if (optionalScalar(dataset, D) !== undefined) {
      throw invalidValue(`${D} applies to country codes only: with figures, leave it empty.`);
    }
    return fromFigures(values, second, totalOrWeights);
  }
  return fromCodes(values, second, totalOrWeights, optionalText(dataset, D));
}

function fairShareValue(v: unknown, where: string): number {
  const n = toNumber(v, where);
  if (n <= 0 || n > 1) {
    throw invalidValue(
      `${where} must be a fair share above 0 and at most 1 (100 %), got ${formatNumber(n)}.`,
    );
  }
  return n;
}

function fromFigures(values: Grid, fairShares: Grid, totalArg: unknown): Result {
  requireSameSize(values, V, fairShares, F);
  const totalGrid = optionalGrid(totalArg, T);
  if (totalGrid && !isSingle(totalGrid)) {
    throw invalidValue(
      `${T}: with figures it is the participants' total, one value, not a range (${sizeOf(totalGrid)}).`,
    );
  }
  let total: number;
  if (totalGrid) {
    total = toPositive(totalGrid[0]![0], T);
  } else if (isSingle(values)) {
    throw invalidValue(
      `${T} is missing: one value alone has no share. Give the participants' total of the ` +
        "indicator, or select every participant's value.",
    );
  } else {
    // The total of the given values: a gap among them leaves the total, hence every share, unknown.
    total = sumOf(allNumbers(values, V, toNonNegative), V);
    if (total <= 0) throw invalidValue(`The values in ${V} add up to zero: no shares exist.`);
  }
  return mapGrid(values, V, (v, where, r, c) => {
    const value = toNonNegative(v, where);
    const share = fairShareValue(fairShares[r]![c], at(F, fairShares, r, c));
    if (value > total * (1 + 1e-12)) {
      throw invalidValue(
        `${where} (${formatNumber(value)}) is more than the total ${formatNumber(total)}.`,
      );
    }
    return pressureScore(Math.min(value, total), total, share);
  });
}

const pressureCache = new WeakMap<IndicatorSet, Map<string, PressureResult>>();

function fromCodes(codes: Grid, indicators: Grid, weightsArg: unknown, datasetId?: string): Result {
  if (indicators.length > 1 && indicators[0]!.length > 1) {
    throw invalidValue(
      `${F}: name one indicator, or a row or column of them, not ${sizeOf(indicators)}.`,
    );
  }
  const ids: string[] = [];
  indicators.forEach((row, r) =>
    row.forEach((v, c) => {
      const where = at(F, indicators, r, c);
      const id = indicatorId(v, where);
      if (ids.includes(id)) throw invalidValue(`${where}: "${id}" is named twice.`);
      ids.push(id);
    }),
  );

  const weightGrid = optionalGrid(weightsArg, T);
  let weights: number[] | undefined;
  if (weightGrid) {
    weights = allNumbers(weightGrid, T, toNonNegative);
    if (weights.length !== ids.length) {
      throw invalidValue(
        `${T} has ${weights.length} weight${weights.length === 1 ? '' : 's'} for ${ids.length} ` +
          `indicator${ids.length === 1 ? '' : 's'}: give one weight per indicator.`,
      );
    }
    if (sumOf(weights, T) <= 0) {
      throw invalidValue(`${T}: all weights are zero: give at least one a positive weight.`);
    }
  }

  const set = activeIndicatorSet(datasetId, D);
  const shares = participantShares(set);
  const key = `${ids.join('|')}#${weights?.join('|') ?? ''}`;
  let bySet = pressureCache.get(set);
  if (!bySet) pressureCache.set(set, (bySet = new Map()));
  let result = bySet.get(key);
  if (!result) {
    const inputs: PressureIndicator[] = ids.map((id, i) => {
      const series = seriesIn(set, id, at(F, indicators, ...position(indicators, i)));
      return {
        id,
        label: `${indicatorInfo(id).label} ${series.period}`,
        values: new Map([...series.observations].map(([code, o]) => [code, o.value])),
        weight: weights?.[i] ?? 1,
      };
    });
    result = computePressure(shares.shares, inputs);
    for (const [i, scored] of result.indicators.entries()) {
      // A gap is never zero: with a participant missing, the total and every share are unknown.
      if (scored.missing.length > 0 && (weights?.[i] ?? 1) > 0) {
        throw notAvailable(
          `${inputs[i]!.label}: no value for ${scored.missing.length} of ` +
            `${DEFAULT_PARTICIPANTS.length} participants (${scored.missing.join(', ')}), so no ` +
            'total and no score: a gap is never zero.',
        );
      }
    }
    bySet.set(key, result);
  }
  const combined = result.combined;
  return mapGrid(codes, V, (v, where) => combined.get(shareOfState(shares, v, where).code));
}

function position(g: Grid, i: number): [number, number] {
  const width = g[0]!.length;
  return [Math.floor(i / width), i % width];
}
