/**
 * Where the add-in keeps what must travel with the workbook (the record of what it wrote, the
 * indicator set, the scenario): the document's own settings, saved inside the file.
 *
 * Each co-author's add-in works on its own in-memory copy of the settings, and saving writes that
 * whole copy (Office.Settings reference: refreshAsync, saveAsync). Every read-modify-write therefore
 * refreshes first (`update`), so that what another user saved meanwhile is merged, not lost.
 */
export interface DocumentStore {
  get(key: string): unknown;
  set(key: string, value: string): void;
  save(): Promise<void>;
  /** Reads the document's saved settings again (another user's saves since). */
  refresh(): Promise<void>;
}

/** The part of Office.Settings the store uses. */
export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
  refreshAsync(callback?: (result: Office.AsyncResult<Office.Settings>) => void): void;
}

function settled<T>(
  what: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<void> {
  return new Promise((resolve, reject) =>
    start((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(
            new Error(`The workbook's settings could not be ${what}: ${result.error.message}`),
          ),
    ),
  );
}

/** The open document's settings (Office.context.document.settings), or the ones given. */
export function officeDocumentStore(
  settings: OfficeSettings = Office.context.document.settings,
): DocumentStore {
  return {
    get: (key) => settings.get(key),
    set: (key, value) => settings.set(key, value),
    save: () => settled('saved', (cb) => settings.saveAsync(cb)),
    refresh: () => settled('read again', (cb) => settings.refreshAsync(cb)),
  };
}

/**
 * A read-modify-write of one setting: the settings are refreshed first, the change is made to the
 * current value and saved at once, so that two co-authors' changes to different entries both stay.
 */
export async function updateSetting(
  store: DocumentStore,
  key: string,
  change: (current: unknown) => string,
): Promise<void> {
  await store.refresh();
  store.set(key, change(store.get(key)));
  await store.save();
}

/** Runs a batch of Office.js calls; Excel.run in the add-in, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRunner: ExcelRunner = (batch) => Excel.run(batch);
