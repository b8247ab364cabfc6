import { MethodologyError } from '../core';
import { loadVintage, presetNotes } from '../data';
import {
  buildPoolReport,
  type CompareWith,
  type PoolReport,
  type PoolReportInput,
} from '../report';
import { activeData } from './activeData';
import { withDraft, type ImplementationDraft } from './implementation';
import type { PaneServices } from './services';
import {
  presetOf,
  roundOf,
  scenarioOf,
  type CompareTarget,
  type PaneState,
  type ReportState,
  type Status,
} from './state';

export { activeData };

/**
 * What a preset says of its own data (issue 10): how it differs from the Commission's inputs, and the
 * figures the institutions published for it. Both describe the preset's bundled vintage as it is, so
 * they hold only while that vintage is in use with no series replaced (the rule is data's presetNotes).
 */
export function presetNotesOf(state: ReportState): Pick<PoolReportInput, 'caveats' | 'published'> {
  return presetNotes(presetOf(state.scenario), state.vintage, state.replacements.length);
}

/** The scenario being edited (A) as the report builder names it. */
export function scenarioInputOf(
  state: ReportState,
  data = activeData(state),
): CompareWith & Pick<PoolReportInput, 'published'> {
  const preset = presetOf(state.scenario);
  return {
    // The pool by its name in words (the workbook is in English), never its id (issue 16).
    scenarioName: state.scenario.presetId
      ? `${preset.label} (as set in the task pane)`
      : 'set in the task pane',
    scenarioDescription: preset.description,
    scenario: scenarioOf(state.scenario),
    data,
    categoriesSource: preset.categoriesSource,
    ...presetNotesOf(state),
  };
}

/** Scenario B of a comparison (issue 10): a preset or a saved scenario, on its own data vintage. */
export function compareInputOf(target: CompareTarget): CompareWith {
  const preset = presetOf(target.draft);
  return {
    scenarioName: target.label,
    scenarioDescription: target.id.startsWith('preset:')
      ? preset.description
      : `A scenario saved in this workbook, started from ${preset.label}.`,
    scenario: scenarioOf(target.draft),
    data: loadVintage(target.vintage),
    categoriesSource: preset.categoriesSource,
    ...(target.vintage === preset.vintage ? { caveats: preset.caveats } : {}),
  };
}

/**
 * The report the pane would write: computed, hence validated, before anything touches Excel. With
 * a scenario to compare with, it adds the Compare sheet and its chart of the change.
 */
export function reportOf(
  state: ReportState & Pick<PaneState, 'compareWith'>,
  services: Pick<PaneServices, 'now' | 'toolVersion'>,
  data = activeData(state),
  implementation?: ImplementationDraft,
): PoolReport {
  const pledging = roundOf(state);
  const report = buildPoolReport({
    ...scenarioInputOf(state, data),
    generatedAt: services.now().toISOString(),
    toolVersion: services.toolVersion,
    ...(pledging ? { pledging } : {}),
    ...(state.compareWith ? { compareWith: compareInputOf(state.compareWith) } : {}),
  });
  // The Implementation sheet (issue 17) where the pane holds records and the round is in.
  return withDraft(report, implementation);
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
  implementation?: ImplementationDraft,
): Promise<GenerateResult> {
  let report: PoolReport;
  const data = activeData(state);
  try {
    report = reportOf(state, services, data, implementation);
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
