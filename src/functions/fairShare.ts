import { fairShareOf, tryNormalizeCode } from '../core';
import { DEFAULT_VINTAGE } from '../data';
import { activeIndicatorSet } from './activeData';
import {
  allNumbers,
  at,
  hasNumber,
  holdsFigures,
  isSingle,
  mapGrid,
  optionalText,
  requireSameSize,
  sizeOf,
  trimTogether,
  unlessBlank,
  untrimmedGrid,
  untrimmedOptionalGrid,
  type Grid,
  type Result,
} from './args';
import { describe, formatNumber, toPositive, total } from './cellValue';
import { participantShares, shareOfState } from './codeData';
import { invalidValue } from './errors';

const P = 'population_or_code';
const G = 'gdp_or_dataset';
const PS = 'populations';
const GS = 'gdps';

/**
 * EUPACT.FAIRSHARE: the Annex I key (Art. 66), 0.5 × population / Σ population + 0.5 × GDP / Σ GDP.
 * - figures with the participants' columns: one state (or a range of them) against those totals;
 * - two columns alone: every row's share, the totals taken over the given rows;
 * - country codes: the participants' shares on the active (or named) data.
 */
export function fairShareFunction(
  populationOrCode: unknown,
  gdpOrDataset: unknown,
  populations: unknown,
  gdps: unknown,
): Result {
  // Trimmed together: an empty cell given as the GDP is a missing GDP (#N/A), not an omitted argument.
  const [first, second] = trimTogether([
    untrimmedGrid(populationOrCode, P),
    untrimmedOptionalGrid(gdpOrDataset, G),
  ] as const);
  const [pops, gdpColumn] = trimTogether([
    untrimmedOptionalGrid(populations, PS),
    untrimmedOptionalGrid(gdps, GS),
  ] as const);
  const columns = [unlessBlank(pops), unlessBlank(gdpColumn)] as const;
  if (hasStateCode(first) && !hasNumber(first) && hasNumber(second)) {
    // FAIRSHARE("DE", 5): a number where, beside a code, the dataset's name belongs.
    const given = isSingle(second!)
      ? describe(second![0]![0])
      : `a range of numbers (${sizeOf(second!)})`;
    throw invalidValue(
      `${G}: with a country code, give a dataset name such as "${DEFAULT_VINTAGE}" (or leave it ` +
        `empty), not ${given}.`,
    );
  }
  if (holdsFigures(first, second)) return fromFigures(first, second, ...columns);

  if (columns[0] || columns[1]) {
    throw invalidValue(
      `${PS} and ${GS} apply to figures: with a country code the participants' data come from ` +
        'the dataset. Leave them empty.',
    );
  }
  const datasetId = optionalText(gdpOrDataset, G);
  const shares = participantShares(activeIndicatorSet(datasetId, G));
  return mapGrid(first, P, (v, where) => shareOfState(shares, v, where).fairShare);
}

function hasStateCode(g: Grid): boolean {
  return g.some((row) =>
    row.some((v) => typeof v === 'string' && tryNormalizeCode(v) !== undefined),
  );
}

/**
 * The total of a participants' column. Each row's formula passes the same column (B$2:B$27), as a
 * new array every time: the last column read and its total are kept, and reused when the values are
 * the same, which is cheaper to check than to validate and add up again.
 */
const lastTotals = new Map<
  string,
  { readonly values: readonly unknown[]; readonly total: number }
>();

function flat(column: Grid): unknown[] {
  const out: unknown[] = [];
  for (const row of column) for (const v of row) out.push(v);
  return out;
}

function sameValues(last: readonly unknown[], column: Grid): boolean {
  const width = column[0]?.length ?? 0;
  if (last.length !== column.length * width) return false;
  for (let r = 0, i = 0; r < column.length; r += 1) {
    const row = column[r]!;
    if (row.length !== width) return false;
    for (let c = 0; c < width; c += 1, i += 1) if (last[i] !== row[c]) return false;
  }
  return true;
}

function columnTotal(column: Grid, name: string): number {
  const last = lastTotals.get(name);
  if (last && sameValues(last.values, column)) return last.total;
  const t = total(allNumbers(column, name, toPositive), name);
  // A copy of the values, not the array: a caller may reuse and change its array.
  lastTotals.set(name, { values: flat(column), total: t });
  return t;
}

function fromFigures(
  population: Grid,
  gdp: Grid | undefined,
  populations: Grid | undefined,
  gdps: Grid | undefined,
): Result {
  if (!gdp) {
    throw invalidValue(
      `${G} is missing: give the GDP (million EUR) beside the population, or a country code as text ` +
        `in ${P}.`,
    );
  }
  requireSameSize(population, P, gdp, G);

  if (!populations && !gdps) {
    // The totals are the given rows': one row alone would be 100 %, surely a forgotten range.
    if (isSingle(population)) {
      // A bad figure first (FAIRSHARE(10, "") lacks a GDP), then the missing columns.
      toPositive(population[0]![0], P);
      toPositive(gdp[0]![0], G);
      throw invalidValue(
        `${PS} and ${GS} are missing: give the participants' columns for the totals, or select every ` +
          "participant's row in the first two arguments.",
      );
    }
    const pops = allNumbers(population, P, toPositive);
    const gdpValues = allNumbers(gdp, G, toPositive);
    const totals = [total(pops, P), total(gdpValues, G)] as const;
    const width = population[0]!.length;
    return population.map((row, r) =>
      // Each population is part of its total: a share between 0 and 1, never beyond Excel's range.
      row.map((_, c) => fairShareOf(pops[r * width + c]!, gdpValues[r * width + c]!, ...totals)),
    );
  }
  if (!populations || !gdps) {
    throw invalidValue(
      `${populations ? GS : PS} is missing: ${PS} and ${GS} go together (the participants' columns).`,
    );
  }
  requireSameSize(populations, PS, gdps, GS);
  // Annex I: totals over the participating states only, never Eurostat's EU aggregate.
  const totalPopulation = columnTotal(populations, PS);
  const totalGdp = columnTotal(gdps, GS);
  return mapGrid(population, P, (v, where, r, c) => {
    const p = toPositive(v, where);
    const g = toPositive(gdp[r]![c], at(G, gdp, r, c));
    if (p > totalPopulation * (1 + 1e-12)) {
      throw invalidValue(
        `${where} (${formatNumber(p)}) is more than the total of ${PS} (${formatNumber(totalPopulation)}): ` +
          'is the state among the participants?',
      );
    }
    if (g > totalGdp * (1 + 1e-12)) {
      throw invalidValue(
        `${at(G, gdp, r, c)} (${formatNumber(g)}) is more than the total of ${GS} (${formatNumber(totalGdp)}): ` +
          'is the state among the participants?',
      );
    }
    return fairShareOf(p, g, totalPopulation, totalGdp);
  });
}
