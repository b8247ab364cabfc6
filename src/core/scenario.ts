import { categoriesOf, resolveCategories, type CategoryMap } from './categories';
import { applyDeductions, type DeductedPool, type DeductionRequest } from './deductions';
import { MethodologyError } from './errors';
import { computeFairShares, type FairShare } from './fairShare';
import { resolveParticipants } from './participants';
import {
  indicativeContributions,
  resolvePoolTotals,
  type PoolTotals,
  type PoolTotalsRequest,
} from './pool';

/** Everything an analyst chooses for one pool computation, apart from the data. */
export interface Scenario {
  readonly participants: readonly string[];
  readonly totals: PoolTotalsRequest;
  readonly deductions: readonly DeductionRequest[];
  /** The Commission's findings under Art. 11, by state. */
  readonly categories: CategoryMap;
  /**
   * States that benefit from the pool: they keep their fair share but need not deliver pledges.
   * Defaults to the states found under migratory pressure.
   */
  readonly benefitting?: readonly string[];
}

/** The population and GDP of a state in the chosen data, or undefined where the data has none. */
export type FigureLookup = (code: string) => { population?: number; gdp?: number } | undefined;

export interface ScenarioResult {
  readonly participants: readonly string[];
  readonly fairShares: readonly FairShare[];
  readonly totals: PoolTotals;
  readonly pool: DeductedPool;
  readonly categories: CategoryMap;
  readonly benefitting: readonly string[];
}

export function benefittingStates(scenario: Scenario, participants: readonly string[]): string[] {
  if (scenario.benefitting) return resolveParticipants(scenario.benefitting);
  return participants.filter((c) =>
    categoriesOf(scenario.categories, c).includes('under-pressure'),
  );
}

/** Fair shares (Art. 66, Annex I), totals (Art. 12), indicative contributions and deductions (Art. 61, 62). */
export function computeScenario(scenario: Scenario, figures: FigureLookup): ScenarioResult {
  const participants = resolveParticipants(scenario.participants);
  const inputs = participants.map((code) => {
    const f = figures(code);
    for (const field of ['population', 'gdp'] as const) {
      if (f?.[field] === undefined) {
        throw new MethodologyError(
          `The data has no ${field === 'gdp' ? 'GDP' : 'population'} for ${code}: load data that ` +
            `covers every participant, or remove ${code} from the participants.`,
          { state: code, field },
        );
      }
    }
    return { code, population: f?.population as number, gdp: f?.gdp as number };
  });
  const fairShares = computeFairShares(inputs);
  const totals = resolvePoolTotals(scenario.totals);
  const pool = applyDeductions(indicativeContributions(fairShares, totals), scenario.deductions);
  const categories = resolveCategories(scenario.categories);
  return {
    participants,
    fairShares,
    totals,
    pool,
    categories,
    benefitting: benefittingStates({ ...scenario, categories }, participants),
  };
}
