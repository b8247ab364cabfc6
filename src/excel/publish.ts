import {
  holdIndicatorSet,
  serializeIndicatorSet,
  STORED_INDICATOR_SET_KEY,
  type IndicatorSet,
} from '../data';
import type { DocumentStore, ExcelRunner } from './store';

/**
 * Makes a loaded indicator set the data of the EUPACT functions: held in the shared runtime,
 * stored in the workbook so that it reopens with the same figures, and every formula recalculated.
 */
export async function publishIndicatorSet(
  set: IndicatorSet,
  store: DocumentStore,
  run: ExcelRunner,
): Promise<void> {
  holdIndicatorSet(set);
  store.set(STORED_INDICATOR_SET_KEY, serializeIndicatorSet(set));
  await store.save();
  await run(async (context) => {
    context.workbook.application.calculate('Full');
    await context.sync();
  });
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
