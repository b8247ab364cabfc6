import type { WorkbookSpec } from '../report';
import { planGeneration, type EditConflict, type GenerationMode } from './plan';
import { parseRecord, recordOf, WRITTEN_RECORD_KEY } from './record';
import { readSnapshot } from './snapshot';
import { updateSetting, type DocumentStore, type ExcelRunner } from './store';
import { writePlan } from './write';

export interface GenerateOptions {
  readonly run: ExcelRunner;
  readonly store: DocumentStore;
  /** Where to write when the analyst's edits stand in the way (see GenerationMode). */
  readonly mode?: GenerationMode;
  /** The analyst saw the conflicts and chose to replace their edits. */
  readonly replaceEdits?: boolean;
  readonly payloadBudget?: number;
}

export type GenerateOutcome =
  | {
      readonly status: 'written';
      /** The sheets written, under the names chosen. */
      readonly sheets: readonly string[];
      /** Names of the analyst's that made the tool write beside them. */
      readonly clashes: readonly string[];
      readonly replacedEdits: number;
      readonly syncs: number;
    }
  | {
      readonly status: 'needs-decision';
      readonly conflicts: readonly EditConflict[];
      readonly syncs: number;
    };

/**
 * Writes a report into the open workbook. The tool's own sheets are updated in place; a sheet,
 * table or name of the analyst's with the same name is left alone and the report is written beside
 * it under suffixed names; cells the analyst edited in the tool's tables are never overwritten
 * without a decision: the outcome lists them, and the caller asks, then calls again with
 * `replaceEdits` or with mode `beside`.
 */
export async function generateReport(
  spec: WorkbookSpec,
  options: GenerateOptions,
): Promise<GenerateOutcome> {
  // What another user's add-in wrote and recorded since this one read the settings.
  await options.store.refresh();
  const record = parseRecord(options.store.get(WRITTEN_RECORD_KEY));
  let written: string | undefined;
  const outcome = await options.run(
    async (context): Promise<GenerateOutcome & { suffix?: number }> => {
      const snapshot = await readSnapshot(context, record, spec);
      const plan = planGeneration(spec, snapshot, options.mode ?? 'in-place');
      if (plan.conflicts.length > 0 && !options.replaceEdits) {
        return { status: 'needs-decision', conflicts: plan.conflicts, syncs: snapshot.syncs };
      }
      const writes = await writePlan(context, plan, options.payloadBudget);
      written = JSON.stringify(recordOf(plan.spec, plan.suffix));
      return {
        status: 'written',
        sheets: plan.spec.sheets.map((s) => s.name),
        clashes: plan.clashes,
        replacedEdits: plan.conflicts.length,
        syncs: snapshot.syncs + writes,
      };
    },
  );
  if (written !== undefined) {
    const record = written;
    await updateSetting(options.store, WRITTEN_RECORD_KEY, () => record);
  }
  return outcome;
}
