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

/**
 * Preset A's report with the Compare sheet against preset B (what `npm run pool -- --scenario A
 * --compare B` writes), with A's caveats and published figures on the Methodology sheet.
 */
export function compareReport(a: string, b: string): PoolReport {
  const pa = findPreset(a);
  const pb = findPreset(b);
  return buildPoolReport({
    scenarioName: pa.id,
    scenarioDescription: pa.description,
    scenario: pa.scenario,
    data: loadVintage(pa.vintage),
    categoriesSource: pa.categoriesSource,
    caveats: pa.caveats,
    ...(pa.published ? { published: pa.published } : {}),
    compareWith: {
      scenarioName: pb.id,
      scenarioDescription: pb.description,
      scenario: pb.scenario,
      data: loadVintage(pb.vintage),
      categoriesSource: pb.categoriesSource,
      caveats: pb.caveats,
    },
    generatedAt: '2026-11-24T12:00:00.000Z',
    toolVersion: 'test',
  });
}
