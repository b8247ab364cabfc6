import { resolvePoolTotals, type PoolTotals, type PoolTotalsRequest } from './pool';

/**
 * Which Union-wide number a figure rests on. `commission-proposal`: the numbers the Commission
 * identifies (Art. 12(2)); `council-act`: the reference numbers the Council sets (Art. 57(1)).
 */
export type NumberBasis = 'commission-proposal' | 'council-act';

/** The two sets of numbers a scenario carries, as an analyst enters them. */
export interface NumbersRequest {
  /** Art. 12(2): the Commission proposal's relocations and euros (ratio kept, Art. 12(3)). */
  readonly commission: PoolTotalsRequest;
  /** Art. 57(1): the Council's reference numbers; absent while no Council act is adopted. */
  readonly council?: PoolTotalsRequest | null;
  /**
   * Art. 12(4): the Commission found no need for solidarity measures in the upcoming year and its
   * proposal takes that into account (so it may stay below the Art. 12(2) minima).
   */
  readonly noProjectedNeed?: boolean;
}

export interface ScenarioNumbers {
  /** Art. 12(2): the numbers of the Commission proposal; Art. 63(1) measures pledges against them. */
  readonly commission: PoolTotals;
  /** Art. 57(1): the Council's reference numbers, undefined while no Council act exists. */
  readonly council: PoolTotals | undefined;
  /**
   * The numbers the fair share rests on (each state's relocations and euros, Art. 63(2)(b),
   * 63(3)(b), 63(7)): the Council's reference numbers (Art. 57(3)); without a Council act, the
   * proposal's, as its indicative contributions do (Art. 12(2), second subparagraph).
   */
  readonly fairShareBasis: NumberBasis;
  readonly fairShareTotals: PoolTotals;
  /** Art. 12(4) was invoked for this proposal. */
  readonly noProjectedNeed: boolean;
}

/** Both numbers resolved (each as `resolvePoolTotals`: one given sets the other at the ratio). */
export function resolveNumbers(request: NumbersRequest): ScenarioNumbers {
  const commission = resolvePoolTotals(request.commission);
  const council = request.council
    ? resolvePoolTotals({
        eurPerRelocation: commission.eurPerRelocation,
        ...request.council,
      })
    : undefined;
  return {
    commission,
    council,
    fairShareBasis: council ? 'council-act' : 'commission-proposal',
    fairShareTotals: council ?? commission,
    noProjectedNeed: request.noProjectedNeed === true,
  };
}
