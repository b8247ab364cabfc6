import { MethodologyError } from '../core';
import { findPreset } from '../data';
import { buildPoolReport, type PoolReport } from '../report';
import { activeData } from './activeData';
import type { PaneServices } from './services';
import { roundOf, scenarioOf, type PaneState, type Status } from './state';

export { activeData };

/** The report the pane would write: computed, hence validated, before anything touches Excel. */
export function reportOf(
  state: PaneState,
  services: Pick<PaneServices, 'now' | 'toolVersion'>,
  data = activeData(state),
): PoolReport {
  const preset = findPreset(state.scenario.presetId || 'latest');
  const pledging = roundOf(state);
  return buildPoolReport({
    scenarioName: state.scenario.presetId
      ? `${preset.id} (as set in the task pane)`
      : 'set in the task pane',
    scenarioDescription: preset.description,
    scenario: scenarioOf(state.scenario),
    data,
    categoriesSource: preset.categoriesSource,
    generatedAt: services.now().toISOString(),
    toolVersion: services.toolVersion,
    ...(pledging ? { pledging } : {}),
  });
}

export type GenerateResult = {
  readonly status: Status;
  readonly conflicts?: PaneState['conflicts'];
};

/** Writes the tables; returns what to show: the outcome, or the edits that need a decision. */
export async function runGeneration(
  state: PaneState,
  services: PaneServices,
  decision?: 'replace' | 'beside',
): Promise<GenerateResult> {
  let report: PoolReport;
  const data = activeData(state);
  try {
    report = reportOf(state, services, data);
  } catch (e) {
    const where = e instanceof MethodologyError && e.state ? ` (${e.state})` : '';
    return {
      status: {
        kind: 'done',
        intent: 'error',
        title: `Nothing was written: the scenario cannot be computed${where}`,
        body: (e as Error).message,
      },
    };
  }
  try {
    const outcome = await services.generate(report.spec, decision);
    if (outcome.status === 'needs-decision')
      return { status: { kind: 'idle' }, conflicts: outcome.conflicts };
    // The EUPACT functions compute with the same figures as the tables just written, and the
    // workbook remembers the scenario for the next time the pane opens.
    await services.publishData(data);
    await services.rememberScenario({ vintage: state.vintage, draft: state.scenario });
    const beside =
      outcome.clashes.length > 0
        ? ` Your ${outcome.clashes.join(', ')} ${outcome.clashes.length === 1 ? 'was' : 'were'} left alone: the tables went to ${outcome.sheets[0]} and the sheets after it.`
        : '';
    return {
      status: {
        kind: 'done',
        intent: outcome.clashes.length > 0 ? 'warning' : 'success',
        title: 'Tables written',
        body:
          `${outcome.sheets.join(', ')}: ${report.result.participants.length} states, ` +
          `${Math.round(report.result.totals.relocations).toLocaleString('en-GB')} relocations` +
          `${outcome.replacedEdits > 0 ? `, ${outcome.replacedEdits} of your edits replaced` : ''}.${beside}`,
      },
    };
  } catch (e) {
    return {
      status: {
        kind: 'done',
        intent: 'error',
        title: 'Excel refused the tables',
        body: `${(e as Error).message} Nothing is lost: your cells were checked before writing. Try again; if it persists, save the workbook and reopen it.`,
      },
    };
  }
}
