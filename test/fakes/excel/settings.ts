import type { FakeWorkbook } from '../fakeExcel';

type Callback = (r: { status: string }) => void;

/**
 * The document settings of Office.context.document (rule 11, Office.Settings reference): each
 * add-in instance (each co-author) works on its own in-memory copy, read when it was created or
 * last refreshed; `saveAsync` writes that whole copy into the document, `refreshAsync` reads the
 * document's saved settings again.
 */
export function fakeSettings(wb: FakeWorkbook) {
  let copy = new Map(wb.settings);
  return {
    get: (k: string) => copy.get(k) ?? null,
    set: (k: string, v: unknown) => void copy.set(k, v),
    remove: (k: string) => void copy.delete(k),
    saveAsync: (cb?: Callback) => {
      wb.settings.clear();
      for (const [k, v] of copy) wb.settings.set(k, v);
      cb?.({ status: 'succeeded' });
    },
    refreshAsync: (cb?: Callback) => {
      copy = new Map(wb.settings);
      cb?.({ status: 'succeeded' });
    },
  };
}
