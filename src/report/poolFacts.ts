import {
  assessRound,
  computeScenario,
  resolveOffsetRules,
  type FigureLookup,
  type OffsetRules,
  type RoundResult,
  type Scenario,
  type ScenarioResult,
} from '../core';
import type { PledgingRound } from './pledging';

/** What the pool is, before any sheet is described: the pool, who must implement, Art. 63. */
export interface PoolFacts {
  /** The scenario as computed: the deductions are the round's where there is one (Art. 61, 62). */
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  readonly rules: OffsetRules;
  /** Who must implement, the three pools and Art. 63 in full, with or without pledges. */
  readonly assessment: RoundResult;
}

/**
 * The facts every view of the pool rests on, computed once: the report's sheets describe them
 * (buildPoolReport), and the pane shows them as the analyst types, without describing any sheet.
 */
export function poolFacts(
  scenario: Scenario,
  lookup: FigureLookup,
  pledging: PledgingRound | undefined,
): PoolFacts {
  const s: Scenario = pledging ? { ...scenario, deductions: pledging.deductions } : scenario;
  const computed = computeScenario(s, lookup);
  // Benefitting: as the pledges declare it where they say it (Art. 58(1)), else the states found
  // under migratory pressure (the default, flagged as such by the core).
  const declared = pledging && Object.keys(pledging.benefitting).length > 0;
  const result: ScenarioResult = declared
    ? computeScenario(
        {
          ...s,
          benefitting: computed.participants.filter(
            (c) => pledging.benefitting[c] ?? computed.benefitting.includes(c),
          ),
        },
        lookup,
      )
    : computed;
  const rules = resolveOffsetRules(pledging?.rules);
  const assessment = assessRound({
    scenario: result,
    ...(pledging ? { pledges: pledging.pledges } : {}),
    rules,
  });
  return { scenario: s, result, rules, assessment };
}
