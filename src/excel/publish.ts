import {
  holdIndicatorSet,
  parseIndicatorSet,
  serializeIndicatorSet,
  STORED_INDICATOR_SET_KEY,
  type IndicatorSet,
} from '../data';
import type { DocumentStore, ExcelRunner } from './store';

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
  if (store.get(STORED_INDICATOR_SET_KEY) === text) return false;
  store.set(STORED_INDICATOR_SET_KEY, text);
  await store.save();
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
  store.set(key, text);
  await store.save();
}

/** Named entries kept in the workbook's settings (saved scenarios). */
export function readNamed<T>(store: DocumentStore, key: string): Record<string, T> {
  const text = store.get(key);
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
  store.set(key, JSON.stringify({ ...readNamed<T>(store, key), [name]: value }));
  await store.save();
}
