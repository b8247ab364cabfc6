import { methodReason } from './reasons';
import { MethodologyError, requireFiniteResult, requirePositive } from './errors';
import { normalizeCode } from './states';
import { sum } from './sum';

/** Annex I: the reference key weighs population and GDP equally. */
export const ANNEX_I_POPULATION_WEIGHT = 0.5;
export const ANNEX_I_GDP_WEIGHT = 0.5;

export interface FairShareInput {
  readonly code: string;
  /** Population on 1 January (Eurostat demo_pjan, total). */
  readonly population: number;
  /** GDP at current market prices, million euro (Eurostat nama_10_gdp, B1GQ, CP_MEUR). */
  readonly gdp: number;
}

export interface FairShare extends FairShareInput {
  readonly populationShare: number;
  readonly gdpShare: number;
  readonly fairShare: number;
}

/**
 * One state's fair share from its own figures and the participants' totals (Art. 66, Annex I):
 * 0.5 × population / Σ population + 0.5 × GDP / Σ GDP.
 */
export function fairShareOf(
  population: number,
  gdp: number,
  totalPopulation: number,
  totalGdp: number,
): number {
  // Finite figures can still give a non-finite share (a total of 0, or 1E+308 / 1E-308): refused.
  return requireFiniteResult(
    ANNEX_I_POPULATION_WEIGHT * (population / totalPopulation) +
      ANNEX_I_GDP_WEIGHT * (gdp / totalGdp),
    { field: { kind: 'fairShare' } },
  );
}

/**
 * The fair share of every participating state (Art. 66, Annex I). Totals are computed over the given
 * states only (never Eurostat's EU aggregate), so the shares sum to 1.
 */
export function computeFairShares(inputs: readonly FairShareInput[]): FairShare[] {
  if (inputs.length === 0) {
    throw new MethodologyError(methodReason('noParticipants'), {
      field: { kind: 'participants' },
    });
  }
  const seen = new Set<string>();
  const checked = inputs.map((input) => {
    const code = normalizeCode(input.code);
    if (seen.has(code)) {
      throw new MethodologyError(methodReason('twiceInFairShare', { code }), {
        state: code,
        field: { kind: 'code' },
      });
    }
    seen.add(code);
    return {
      code,
      population: requirePositive(input.population, { state: code, field: { kind: 'population' } }),
      gdp: requirePositive(input.gdp, { state: code, field: { kind: 'gdp' } }),
    };
  });
  const totalPopulation = requireFiniteResult(sum(checked.map((s) => s.population)), {
    field: { kind: 'totalPopulation' },
  });
  const totalGdp = requireFiniteResult(sum(checked.map((s) => s.gdp)), {
    field: { kind: 'totalGdp' },
  });
  return checked.map((s) => ({
    ...s,
    populationShare: s.population / totalPopulation,
    gdpShare: s.gdp / totalGdp,
    fairShare: fairShareOf(s.population, s.gdp, totalPopulation, totalGdp),
  }));
}
