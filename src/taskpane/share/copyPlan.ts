import { disclosureOf, type Disclosure } from '../../core';
import {
  copyContents,
  defaultMarking,
  isComparison,
  type ComparedStage,
  type CopyItem,
  type PoolReport,
} from '../../report';
import { loadVintage, PRESETS, VINTAGES } from '../../data';
import { buildPoolReport, copyVocabulary, type CopyVocabulary } from '../../report';
import { activeData, compareInputOf, scenarioInputOf } from '../generate';
import { withDraft, type ImplementationDraft } from '../implementation';
import type { PaneServices } from '../services';
import {
  presetOf,
  roundOf,
  scenarioOf,
  type CompareTarget,
  type PaneState,
  type ReportState,
} from '../state';

/** What a copy is computed from: the pane's state, or the state the workbook's tables were written from. */
export type CopyBasis = ReportState & Pick<PaneState, 'compareWith'>;

/** Where the copy's figures come from: the pane as it stands, or what the workbook holds. */
export type CopySource = 'pane' | 'workbook';

/** Scenario B of the Compare sheet: its stage (Art. 12(6)) and whether it was published. */
export function comparedOf(target: CompareTarget | undefined): ComparedStage | undefined {
  if (!target) return undefined;
  const preset = target.id.startsWith('preset:') ? presetOf(target.draft) : undefined;
  return {
    disclosure: disclosureOf(scenarioOf(target.draft)),
    published: preset?.published !== undefined,
  };
}

/** The report a copy is made of, with the year's implementation where the pane holds one. */
export type CopyReport = ReturnType<typeof withDraft>;

/** The report a copy is made of: the Implementation sheet where the pane holds the year's records. */
export function copyReport(
  basis: CopyBasis,
  services: Pick<PaneServices, 'now' | 'toolVersion'>,
  implementation: ImplementationDraft | undefined,
): CopyReport {
  // The report the pane would write, with the scenarios named as the pane shows them (issue 16):
  // a name is in the Compare sheet's column headers, which formulas name, so it is set here.
  const data = activeData(basis);
  const pledging = roundOf(basis);
  const preset = basis.scenario.presetId ? presetOf(basis.scenario) : undefined;
  const report = buildPoolReport({
    ...scenarioInputOf(basis, data),
    scenarioName: preset ? preset.label : 'Set in the task pane',
    generatedAt: services.now().toISOString(),
    toolVersion: services.toolVersion,
    ...(pledging ? { pledging } : {}),
    ...(basis.compareWith
      ? {
          compareWith: {
            ...compareInputOf(basis.compareWith),
            scenarioName: basis.compareWith.label,
          },
        }
      : {}),
  });
  return withDraft(report, implementation);
}

export interface CopyPlan {
  readonly report: PoolReport;
  readonly items: readonly CopyItem[];
  /** The stage of scenario A, and of B where the Compare sheet is in. */
  readonly stages: (chosen: ReadonlySet<string>) => Disclosure[];
}

/** What the copy can hold, for the list the pane shows before anything is built. */
export function copyPlan(
  basis: CopyBasis,
  report: PoolReport,
  ownSheets: readonly string[],
): CopyPlan {
  const compared = comparedOf(basis.compareWith);
  const items = copyContents(report.spec, compared, ownSheets);
  const a = disclosureOf(scenarioOf(basis.scenario));
  const compareSheet = report.spec.sheets.find(isComparison)?.name;
  return {
    report,
    items,
    stages: (chosen) => [
      a,
      ...(compared && compareSheet && chosen.has(compareSheet) ? [compared.disclosure] : []),
    ],
  };
}

/** The sheets that go in when the analyst has not changed anything. */
export function defaultChoice(items: readonly CopyItem[]): Set<string> {
  return new Set(items.filter((i) => i.byDefault).map((i) => i.sheet));
}

/** The marking of the stage, unless the analyst typed one. */
export function markingOf(
  plan: CopyPlan,
  chosen: ReadonlySet<string>,
  typed: string | undefined,
): string {
  return typed ?? defaultMarking(plan.stages(chosen));
}

/** The relocations that sum the copy up: pledged with a round, the pool's otherwise. */
export function headlineRelocations(report: PoolReport): { pledged: boolean; n: number } {
  const a = report.assessment;
  return a.pledging
    ? { pledged: true, n: Math.round(a.pools.pledged.relocations) }
    : { pledged: false, n: Math.round(report.result.totals.relocations) };
}

/** The copy's words for this basis: its data's sources (and B's), presets and vintages by name. */
export function vocabularyOf(basis: CopyBasis): CopyVocabulary {
  const sets = [
    activeData(basis),
    ...(basis.compareWith ? [loadVintage(basis.compareWith.vintage)] : []),
  ];
  return copyVocabulary(sets, [...PRESETS, ...VINTAGES]);
}
