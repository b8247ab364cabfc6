import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentStore } from '../../src/excel';
import { createPaneServices } from '../../src/taskpane/services/create';
import type { PaneServices } from '../../src/taskpane/services';
import { FakeWorkbook } from './fakeExcel';

export function fakeStore(wb: FakeWorkbook): DocumentStore {
  return {
    get: (k) => wb.settings.get(k),
    set: (k, v) => void wb.settings.set(k, v),
    save: async () => undefined,
  };
}

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
  const opened: Uint8Array[] = [];
  const services = createPaneServices({
    run: wb.run,
    store: fakeStore(wb),
    fetch: fetchImpl,
    openCopy: async (bytes) => {
      opened.push(bytes);
      return true;
    },
    now: () => new Date('2026-11-24T12:00:00Z'),
    toolVersion: 'test',
  });
  return { ...services, wb, opened };
}
