import { methodReason } from './reasons';
import { resolveBenefitting, type Benefitting } from './benefitting';
import { resolveCategories, type CategoryMap } from './categories';
import { refuseIneligibleDeductions } from './deductionEligibility';
import { applyDeductions, type DeductedPool, type DeductionRequest } from './deductions';
import { MethodologyError } from './errors';
import { computeFairShares, type FairShare } from './fairShare';
import { resolveParticipants } from './participants';
import { indicativeContributions, type PoolTotals, type PoolTotalsRequest } from './pool';
import { resolveReadings, type Readings } from './readings';
import { resolveNumbers, type ScenarioNumbers } from './referenceNumbers';
import { resolveSarShare, type SarShare, type SarShareRequest } from './sar';
import {
  resolveSystemicShortcomings,
  type SystemicShortcomingFinding,
} from './systemicShortcomings';

/** Everything an analyst chooses for one pool computation, apart from the data. */
export interface Scenario {
  readonly participants: readonly string[];
  /** The Commission proposal's numbers (Art. 12(2); the ratio kept, Art. 12(3)). */
  readonly totals: PoolTotalsRequest;
  /** The Council's reference numbers (Art. 57(1)); absent or null while no Council act exists. */
  readonly council?: PoolTotalsRequest | null;
  /** Art. 12(4): the proposal takes into account that no need for solidarity was indicated. */
  readonly noProjectedNeed?: boolean;
  readonly deductions: readonly DeductionRequest[];
  /** The Commission's findings under Art. 11, by state. */
  readonly categories: CategoryMap;
  /**
   * States that benefit from the pool (Art. 58(1), 59(4)): they keep their fair share but need not
   * implement pledges (Art. 60(3)). Defaults, flagged as such, to the states found under pressure.
   */
  readonly benefitting?: readonly string[];
  /** Whether the High-Level Forum has been reconvened under Art. 13(4): Art. 63(3) needs it. */
  readonly reconvenedForum?: boolean;
  /** Findings of systemic shortcomings in benefitting states (Art. 60(3), fourth subparagraph). */
  readonly systemicShortcomings?: readonly SystemicShortcomingFinding[];
  /** The search-and-rescue indicative percentage and its states (Art. 12(5), 57(2)). */
  readonly sar?: SarShareRequest;
  /** The tool's readings where the text leaves a choice (Art. 63(3) split, Art. 63(7) cap). */
  readonly readings?: Partial<Readings>;
}

/** The population and GDP of a state in the chosen data, or undefined where the data has none. */
export type FigureLookup = (code: string) => { population?: number; gdp?: number } | undefined;

export interface ScenarioResult {
  readonly participants: readonly string[];
  readonly fairShares: readonly FairShare[];
  /** The numbers the fair shares rest on: `numbers.fairShareTotals` (the Council's, else the proposal's). */
  readonly totals: PoolTotals;
  /** Both numbers, and which one the fair share rests on. */
  readonly numbers: ScenarioNumbers;
  readonly pool: DeductedPool;
  readonly categories: CategoryMap;
  /** The benefitting states' codes (as `benefittingStates.states`), kept for the old callers. */
  readonly benefitting: readonly string[];
  readonly benefittingStates: Benefitting;
  readonly reconvenedForum: boolean;
  readonly systemicShortcomings: readonly SystemicShortcomingFinding[];
  readonly sar: SarShare;
  readonly readings: Readings;
}

/**
 * Fair shares (Art. 66, Annex I) on the Council's reference number, or the proposal's where no act
 * exists (Art. 57(3), 12(2)); deductions (Art. 61, 62, refused for a benefitting state under Art.
 * 61(1)); who benefits (Art. 58(1), 59(4)); systemic shortcomings (Art. 60(3)); the SAR share
 * (Art. 12(5)); the readings in force.
 */
export function computeScenario(scenario: Scenario, figures: FigureLookup): ScenarioResult {
  const participants = resolveParticipants(scenario.participants);
  const inputs = participants.map((code) => {
    const f = figures(code);
    for (const field of ['population', 'gdp'] as const) {
      if (f?.[field] === undefined) {
        const reason = methodReason(field === 'gdp' ? 'noGdp' : 'noPopulation', { code });
        throw new MethodologyError(reason, { state: code, field: { kind: field } });
      }
    }
    return { code, population: f?.population as number, gdp: f?.gdp as number };
  });
  const fairShares = computeFairShares(inputs);
  const numbers = resolveNumbers({
    commission: scenario.totals,
    council: scenario.council ?? null,
    noProjectedNeed: scenario.noProjectedNeed === true,
  });
  const totals = numbers.fairShareTotals;
  const categories = resolveCategories(scenario.categories);
  const benefitting = resolveBenefitting(scenario.benefitting, categories, participants);
  const benefittingCodes = new Set(benefitting.states.map((s) => s.code));
  const pool = applyDeductions(indicativeContributions(fairShares, totals), scenario.deductions);
  refuseIneligibleDeductions(
    pool.rows.flatMap((r) =>
      r.deductionArticle
        ? [{ code: r.code, share: r.deductionShare, article: r.deductionArticle }]
        : [],
    ),
    benefittingCodes,
  );
  return {
    participants,
    fairShares,
    totals,
    numbers,
    pool,
    categories,
    benefitting: benefitting.states.map((s) => s.code),
    benefittingStates: benefitting,
    reconvenedForum: scenario.reconvenedForum === true,
    systemicShortcomings: resolveSystemicShortcomings(
      scenario.systemicShortcomings ?? [],
      benefittingCodes,
    ),
    sar: resolveSarShare(scenario.sar, categories),
    readings: resolveReadings(scenario.readings),
  };
}
