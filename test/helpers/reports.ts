import type { Scenario } from '../../src/core';
import { findPreset, loadVintage } from '../../src/data';
import { buildPoolReport, type PledgingRound, type PoolReport } from '../../src/report';

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
