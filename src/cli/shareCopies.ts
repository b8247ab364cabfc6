import { disclosureOf, type Disclosure, type Scenario } from '../core';
import { findPreset, loadVintage, PRESETS, VINTAGES, type IndicatorSet } from '../data';
import {
  copyContents,
  copyInWords,
  copyVocabulary,
  defaultMarking,
  delegationCopy,
  type ComparedStage,
  type CopyItem,
  type LeftOutBecause,
  type PoolReport,
  type WorkbookSpec,
} from '../report';
import { UsageError, type PoolOptions } from './options';

/** One file to write: where, and the workbook that goes there. */
export interface Output {
  readonly path: string;
  readonly spec: WorkbookSpec;
}

/** Why a sheet is left out, in the command line's words (the task pane says it with a tick box). */
const OUT_BECAUSE: Readonly<Record<LeftOutBecause, (other: string) => string>> = {
  'comparison-with-proposal': (other) =>
    `it compares with ${other}, which has no Council act: a Commission proposal is not public until the Council adopts its implementing act (Art. 12(6)); add --share-compare to put it in`,
  'comparison-not-published': (other) =>
    `it compares with ${other}, which is not published; add --share-compare to put it in`,
  comparison: (other) =>
    `a comparison with ${other} is a working view; add --share-compare to put it in`,
  'own-sheet': () => 'a sheet of your own',
};

/** What the copies hold and how they are marked: the same rule as the task pane's Share tab. */
export interface SharePlan {
  readonly files: readonly Output[];
  /** What the command says of it: what went in, what was left out and why, the marking. */
  readonly lines: readonly string[];
}

/**
 * The copies for delegations, made as the task pane makes them (shareContents, marking, copyWords):
 * the tool's sheets in, the Compare sheet out unless asked for with --share-compare (with why), the
 * default marking following the stage of each scenario in the copy (Art. 12(6), 57(1)), scenarios,
 * dates and sources named in words.
 */
export function shareCopies(
  options: PoolOptions,
  report: PoolReport,
  scenario: Scenario,
  data: IndicatorSet,
): SharePlan {
  const b = options.compare ? findPreset(options.compare) : undefined;
  const compared: ComparedStage | undefined = b
    ? { disclosure: disclosureOf(b.scenario), published: b.published !== undefined }
    : undefined;
  const items = copyContents(report.spec, compared, []);
  const goesIn = (i: CopyItem) => i.byDefault || (i.kind === 'comparison' && options.shareCompare);
  const chosen = new Set(items.filter(goesIn).map((i) => i.sheet));
  const stages: Disclosure[] = [
    disclosureOf(scenario),
    ...(compared && items.some((i) => i.kind === 'comparison' && chosen.has(i.sheet))
      ? [compared.disclosure]
      : []),
  ];
  const marking = options.marking?.trim() || defaultMarking(stages);
  const vocabulary = copyVocabulary(
    [data, ...(b ? [loadVintage(b.vintage)] : [])],
    [...PRESETS, ...VINTAGES],
  );
  const copy = (state?: string): WorkbookSpec =>
    copyInWords(
      delegationCopy(report.spec, {
        marking,
        stages,
        sheets: chosen,
        ...(state ? { state } : {}),
      }),
      vocabulary,
    );
  const other = b?.label ?? '';
  const left = items.filter((i) => !chosen.has(i.sheet));
  const lines = [
    `In the copy: Read me, ${items
      .filter((i) => chosen.has(i.sheet))
      .map((i) => i.sheet)
      .join(', ')}.`,
    ...left.map(
      (i) => `Left out: ${i.sheet}: ${OUT_BECAUSE[i.outBecause ?? 'comparison'](other)}.`,
    ),
    `Marking: “${marking}”${
      options.marking?.trim()
        ? ' (as given with --marking).'
        : stages.some((d) => d.classified)
          ? ' (follows the stage: a scenario in the copy has no Council act, Art. 12(6); --marking sets another).'
          : ' (follows the stage: the Council adopted the pool, Art. 57(1), so it is public; --marking sets another).'
    }`,
  ];
  return { files: filesFor(options, report, copy), lines };
}

/** One copy for all delegations, one delegation's, or one per participating state. */
function filesFor(
  options: PoolOptions,
  report: PoolReport,
  copy: (state?: string) => WorkbookSpec,
): Output[] {
  const stem = options.out.replace(/\.xlsx$/i, '');
  if (options.delegation === 'each') {
    return report.result.participants.map((code) => ({
      path: `${stem}-${code}.xlsx`,
      spec: copy(code),
    }));
  }
  if (options.delegation && !report.result.participants.includes(options.delegation)) {
    throw new UsageError(`--delegation ${options.delegation} is not a participating state.`);
  }
  return [
    {
      path: options.delegation ? `${stem}-${options.delegation}.xlsx` : options.out,
      spec: copy(options.delegation),
    },
  ];
}
