import { type PoolTotalsRequest, type Scenario } from '../core';
import { findPreset, loadVintage, type IndicatorSet, type Preset } from '../data';
import { type PoolOptions } from './args';

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
