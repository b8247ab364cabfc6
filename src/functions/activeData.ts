import {
  ACTIVE_INDICATOR_SET,
  DEFAULT_VINTAGE,
  heldIndicatorSet,
  holdIndicatorSet,
  loadVintage,
  parseIndicatorSet,
  STORED_INDICATOR_SET_KEY,
  vintageIds,
  type IndicatorSet,
} from '../data';
import { clip } from './cellValue';
import { invalidValue } from './errors';

/**
 * Where the task pane puts the indicator set it loaded (src/data/activeSet.ts). The task pane and
 * the functions are two webpack bundles in one page (the shared runtime): a module variable would
 * exist once per bundle, a registered symbol on globalThis exists once per page. The slot holds the
 * IndicatorSet itself.
 */
export { ACTIVE_INDICATOR_SET };

/** Makes `set` the data of every code-mode function; `undefined` falls back to the workbook's. */
export function setActiveIndicatorSet(set: IndicatorSet | undefined): void {
  holdIndicatorSet(set);
}

const bundled = new Map<string, IndicatorSet>();

function bundledVintage(id: string): IndicatorSet {
  let set = bundled.get(id);
  if (!set) {
    set = loadVintage(id);
    bundled.set(id, set);
  }
  return set;
}

let lastStored: { readonly text: string; readonly set: IndicatorSet | undefined } | undefined;

/** The set saved in the workbook's settings by the task pane: what a reopened workbook computes with. */
function storedInWorkbook(): IndicatorSet | undefined {
  if (typeof Office === 'undefined') return undefined;
  let text: unknown;
  try {
    text = Office.context?.document?.settings?.get(STORED_INDICATOR_SET_KEY);
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  // Parsed once per stored text: the functions run for every cell, the store rarely changes.
  if (lastStored?.text !== text) lastStored = { text, set: parseIndicatorSet(text) };
  return lastStored.set;
}

/**
 * The data code-mode functions use, in this order: the bundled vintage named by `datasetId`; the
 * set the task pane holds in memory; the set stored in the workbook; the default bundled vintage.
 */
export function activeIndicatorSet(datasetId?: string, argument = 'dataset'): IndicatorSet {
  if (datasetId !== undefined) {
    const wanted = datasetId.trim().toLowerCase();
    const id = vintageIds().find((v) => v.toLowerCase() === wanted);
    if (!id) {
      throw invalidValue(
        `${argument}: unknown dataset "${clip(datasetId)}": use ${vintageIds()
          .map((v) => `"${v}"`)
          .join(', ')}, or leave it empty for the workbook's data.`,
      );
    }
    return bundledVintage(id);
  }
  return heldIndicatorSet() ?? storedInWorkbook() ?? bundledVintage(DEFAULT_VINTAGE);
}
