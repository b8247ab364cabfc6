/**
 * Where the add-in keeps what must travel with the workbook (the record of what it wrote, the
 * indicator set, the scenario): the document's own settings, saved inside the file.
 */
export interface DocumentStore {
  get(key: string): unknown;
  set(key: string, value: string): void;
  save(): Promise<void>;
}

/** The open document's settings (Office.context.document.settings). */
export function officeDocumentStore(): DocumentStore {
  const settings = Office.context.document.settings;
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(
                new Error(`The workbook's settings could not be saved: ${result.error.message}`),
              ),
        ),
      ),
  };
}

/** Runs a batch of Office.js calls; Excel.run in the add-in, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRunner: ExcelRunner = (batch) => Excel.run(batch);
