import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officeDocumentStore, openAsNewWorkbook, type DocumentStore } from '../../src/excel';
import { createPaneServices } from '../../src/taskpane/services/create';
import type { PaneServices } from '../../src/taskpane/services';
import { FakeWorkbook, fakeSettings } from './fakeExcel';

/**
 * The add-in's own store over one instance's copy of the fake document settings (one co-author):
 * what it sets reaches `wb.settings` when it saves, as in Office.
 */
export function fakeStore(wb: FakeWorkbook): DocumentStore {
  (globalThis as { Office?: unknown }).Office ??= {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  return officeDocumentStore(fakeSettings(wb) as unknown as OfficeSettingsLike);
}

/** fakeStore, counting its saves. */
export function countedStore(wb: FakeWorkbook): DocumentStore & { saves: number } {
  const inner = fakeStore(wb);
  const store = {
    ...inner,
    saves: 0,
    save: async () => {
      store.saves += 1;
      await inner.save();
    },
  };
  return store;
}

type OfficeSettingsLike = Parameters<typeof officeDocumentStore>[0];

/** A recorded Eurostat answer: the real demo_pjan response for population, an error otherwise. */
export const recordedEurostat: typeof fetch = async (input) => {
  const url = String(input);
  if (url.includes('/demo_pjan?')) {
    const body = readFileSync(
      join(__dirname, '../fixtures/eurostat/demo_pjan_jsonstat_real.json'),
      'utf8',
    );
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  }
  return new Response(
    JSON.stringify({ error: [{ status: 400, id: 150, label: 'Dimension unknown' }] }),
    { status: 400 },
  );
};

/** The pane's services over the recording fake workbook: the add-in's own wiring, a fake host. */
export function fakeServices(
  wb = new FakeWorkbook(),
  fetchImpl: typeof fetch = recordedEurostat,
): PaneServices & { wb: FakeWorkbook; opened: Uint8Array[] } {
  const services = createPaneServices({
    run: wb.run,
    store: fakeStore(wb),
    fetch: fetchImpl,
    // The add-in's own request (openCopy.ts) against the fake's createWorkbook, which opens the
    // copy or, in its 'silent' and 'refused' modes, does what Excel on the web does (rule 12).
    openCopy: (bytes) =>
      openAsNewWorkbook(bytes, { supported: () => true, createWorkbook: wb.createWorkbook }),
    now: () => new Date('2026-11-24T12:00:00Z'),
    toolVersion: 'test',
  });
  return Object.defineProperty({ ...services, wb }, 'opened', {
    // The copies that really opened, as bytes.
    get: () => wb.newWorkbooks.opened.map((b) => new Uint8Array(Buffer.from(b, 'base64'))),
  }) as PaneServices & { wb: FakeWorkbook; opened: Uint8Array[] };
}
