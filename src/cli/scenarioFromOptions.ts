import { type PoolTotalsRequest, type Scenario } from '../core';
import { findPreset, loadVintage, type IndicatorSet, type Preset } from '../data';
import { type PoolOptions } from './options';

/**
 * The preset with the command line's overrides. A total given on the command line replaces the
 * preset's totals: given alone, the other follows at the ratio (Art. 12(3)); given both, both
 * stand. So for the Commission proposal (--relocations, --financial) and the Council's reference
 * numbers (--council-relocations, --council-financial); --no-council-act removes the latter.
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
  const councilGiven =
    options.councilRelocations !== undefined || options.councilFinancialEur !== undefined;
  const council: PoolTotalsRequest | null = options.noCouncilAct
    ? null
    : councilGiven
      ? {
          relocations: options.councilRelocations ?? null,
          financialEur: options.councilFinancialEur ?? null,
        }
      : (preset.scenario.council ?? null);
  const eurPerRelocation = options.eurPerRelocation ?? totals.eurPerRelocation ?? null;
  const scenario: Scenario = {
    ...preset.scenario,
    totals: { ...totals, eurPerRelocation },
    council: council ? { ...council, eurPerRelocation } : null,
    reconvenedForum: options.reconvenedForum,
    systemicShortcomings: options.systemicShortcomings,
    ...(options.art63Cap
      ? { readings: { ...preset.scenario.readings, art63Cap: options.art63Cap } }
      : {}),
    ...(options.sarShare !== undefined || options.sarStates !== undefined
      ? {
          sar: {
            ...preset.scenario.sar,
            ...(options.sarShare !== undefined
              ? { share: options.sarShare, source: 'the command line (--sar-percent)' }
              : {}),
            ...(options.sarStates !== undefined ? { states: options.sarStates } : {}),
          },
        }
      : {}),
  };
  return { preset, scenario, data: loadVintage(options.data ?? preset.vintage) };
}
