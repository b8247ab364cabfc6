import { resolvePoolTotals, type PoolTotalsRequest, type Scenario } from '../core';
import { findPreset, loadVintage, type IndicatorSet, type Preset } from '../data';
import { UsageError, type PoolOptions } from './args';

/**
 * The preset with the command line's overrides. A total given on the command line replaces the
 * preset's totals: given alone, the other follows at the ratio (recital 15); given both, both stand.
 */
export function scenarioFromOptions(options: PoolOptions): {
  preset: Preset;
  scenario: Scenario;
  data: IndicatorSet;
} {
  const preset = findPreset(options.scenario);
  const overridden = options.relocations !== undefined || options.financialEur !== undefined;
  const totals: PoolTotalsRequest = overridden
    ? { relocations: options.relocations ?? null, financialEur: options.financialEur ?? null }
    : preset.scenario.totals;
  const scenario: Scenario = {
    ...preset.scenario,
    totals: {
      ...totals,
      eurPerRelocation: options.eurPerRelocation ?? totals.eurPerRelocation ?? null,
    },
  };
  return { preset, scenario, data: loadVintage(options.data ?? preset.vintage) };
}

/**
 * The totals the command line's figures give, checked before any work: a positive figure that
 * yields less than half a relocation (--financial 1e-300) would print and write "0 relocations".
 * Overflow (--relocations 9e307 × EUR 20,000) is refused by the core (resolvePoolTotals).
 */
export function checkTotals(options: PoolOptions, scenario: Scenario): void {
  const totals = resolvePoolTotals(scenario.totals);
  if (totals.relocations < 0.5) {
    const given =
      options.financialEur !== undefined
        ? `--financial ${options.financialEur}`
        : `the scenario's totals`;
    throw new UsageError(
      `${given} gives ${totals.relocations.toPrecision(3)} relocations at EUR ${totals.eurPerRelocation.toLocaleString('en-GB')} each, ` +
        'less than one: give a larger --financial, or --relocations.',
    );
  }
}
