import {
  holdIndicatorSet,
  parseIndicatorSet,
  serializeIndicatorSet,
  STORED_INDICATOR_SET_KEY,
  type IndicatorSet,
} from '../data';
import { updateSetting, type DocumentStore, type ExcelRunner } from './store';

/**
 * Makes a loaded indicator set the data of the EUPACT functions: held in the shared runtime,
 * stored in the workbook so that it reopens with the same figures, and every formula recalculated
 * (the functions are not volatile). When the workbook already holds these figures, nothing is saved
 * or recalculated again. Returns whether the data changed.
 */
export async function publishIndicatorSet(
  set: IndicatorSet,
  store: DocumentStore,
  run: ExcelRunner,
): Promise<boolean> {
  holdIndicatorSet(set);
  const text = serializeIndicatorSet(set);
  await store.refresh();
  if (store.get(STORED_INDICATOR_SET_KEY) === text) return false;
  await updateSetting(store, STORED_INDICATOR_SET_KEY, () => text);
  await run(async (context) => {
    context.workbook.application.calculate('Full');
    await context.sync();
  });
  return true;
}

/** The indicator set stored in the workbook, and a value kept under `key` (the last scenario). */
export function restoreFrom(
  store: DocumentStore,
  key: string,
): { set?: IndicatorSet; lastScenario?: unknown } {
  const set = parseIndicatorSet(store.get(STORED_INDICATOR_SET_KEY));
  const text = store.get(key);
  let lastScenario: unknown;
  try {
    lastScenario = typeof text === 'string' ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    lastScenario = undefined;
  }
  return { ...(set ? { set } : {}), ...(lastScenario !== undefined ? { lastScenario } : {}) };
}

export async function remember(store: DocumentStore, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  if (store.get(key) === text) return;
  await updateSetting(store, key, () => text);
}

/** Named entries kept in the workbook's settings (saved scenarios). */
export function readNamed<T>(store: DocumentStore, key: string): Record<string, T> {
  return parseNamed<T>(store.get(key));
}

function parseNamed<T>(text: unknown): Record<string, T> {
  if (typeof text !== 'string') return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}

export async function saveNamed<T>(
  store: DocumentStore,
  key: string,
  name: string,
  value: T,
): Promise<void> {
  // Merged into the entries as saved now: a co-author's scenario saved meanwhile stays.
  await updateSetting(store, key, (current) =>
    JSON.stringify({ ...parseNamed<T>(current), [name]: value }),
  );
}
