import { disclosureOf, type Disclosure } from '../../core';
import {
  copyContents,
  defaultMarking,
  isComparison,
  type ComparedStage,
  type CopyItem,
  type PoolReport,
} from '../../report';
import { reportOf } from '../generate';
import { withDraft, type ImplementationDraft } from '../implementation';
import type { PaneServices } from '../services';
import {
  presetOf,
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

/** The report a copy is made of: the Implementation sheet where the pane holds the year's records. */
export function copyReport(
  basis: CopyBasis,
  services: Pick<PaneServices, 'now' | 'toolVersion'>,
  implementation: ImplementationDraft | undefined,
): PoolReport {
  return withDraft(reportOf(basis, services), implementation);
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
