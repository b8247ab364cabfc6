import {
  assessRound,
  computeScenario,
  type OffsetRules,
  type Pledge,
  type Scenario,
} from '../../../src/core';

/**
 * Four Member States with population and GDP in the same proportions, so that the fair shares are
 * 0.4, 0.3, 0.2 and 0.1 (Annex I: 50 % population, 50 % GDP). Italy is identified under migratory
 * pressure (so benefitting by default); Poland faces a significant migratory situation.
 */
const FIGURES = new Map([
  ['DE', { population: 40, gdp: 40 }],
  ['FR', { population: 30, gdp: 30 }],
  ['IT', { population: 20, gdp: 20 }],
  ['PL', { population: 10, gdp: 10 }],
]);

export const BASE: Scenario = {
  participants: ['DE', 'FR', 'IT', 'PL'],
  // Art. 12(2): the proposal at the minima; Art. 57(1): the Council's reference numbers, as for 2026.
  totals: { relocations: 30_000, financialEur: 600_000_000 },
  council: { relocations: 21_000, financialEur: 420_000_000 },
  deductions: [],
  categories: { IT: ['under-pressure'], PL: ['significant-situation'] },
};

export function pledge(code: string, p: Partial<Pledge> = {}): Pledge {
  return { code, relocations: 0, financialEur: 0, alternativeEur: 0, offsets: 0, ...p };
}

export function scenarioOf(overrides: Partial<Scenario> = {}) {
  return computeScenario({ ...BASE, ...overrides }, (c) => FIGURES.get(c));
}

export function roundOf(
  overrides: Partial<Scenario>,
  pledges?: readonly Pledge[],
  rules?: Partial<OffsetRules>,
) {
  return assessRound({
    scenario: scenarioOf(overrides),
    ...(pledges ? { pledges } : {}),
    ...(rules ? { rules } : {}),
  });
}

export const stateOf = (r: ReturnType<typeof roundOf>, code: string) =>
  r.states.find((s) => s.code === code)!;
