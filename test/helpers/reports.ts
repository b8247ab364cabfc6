import type { Scenario } from '../../src/core';
import { findPreset, loadVintage } from '../../src/data';
import {
  buildPoolReport,
  presetScenario,
  type CompareWith,
  type PledgingRound,
  type PoolReport,
  type PoolReportInput,
} from '../../src/report';

/** A preset as scenario B of a comparison (what `--compare B` takes), with its caveats. */
export function presetCompareWith(id: string, change: Partial<Scenario> = {}): CompareWith {
  const preset = findPreset(id);
  return presetScenario(preset, { ...preset.scenario, ...change });
}

/** A preset as the report's own scenario, with its caveats and published figures, at a fixed time. */
export function presetInput(id: string): PoolReportInput {
  const published = findPreset(id).published;
  return {
    ...presetCompareWith(id),
    ...(published ? { published } : {}),
    generatedAt: '2026-11-24T12:00:00.000Z',
    toolVersion: 'test',
  };
}

/** A preset's report, optionally with scenario changes and a pledging round, at a fixed time. */
export function presetReport(
  id: string,
  change: Partial<Scenario> = {},
  pledging?: PledgingRound,
): PoolReport {
  const preset = findPreset(id);
  return buildPoolReport({
    scenarioName: preset.id,
    scenarioDescription: preset.description,
    scenario: { ...preset.scenario, ...change },
    data: loadVintage(preset.vintage),
    categoriesSource: preset.categoriesSource,
    generatedAt: '2026-11-24T12:00:00.000Z',
    toolVersion: 'test',
    ...(pledging ? { pledging } : {}),
  });
}

/**
 * Preset A's report with the Compare sheet against preset B (what `npm run pool -- --scenario A
 * --compare B` writes), with A's caveats and published figures on the Methodology sheet.
 */
export function compareReport(a: string, b: string): PoolReport {
  return buildPoolReport({ ...presetInput(a), compareWith: presetCompareWith(b) });
}
