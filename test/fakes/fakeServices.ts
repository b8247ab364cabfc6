import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateReport,
  listTables,
  parseRecord,
  readOwnSheets,
  toolTableName,
  WRITTEN_RECORD_KEY,
  publishIndicatorSet,
  readNamed,
  remember,
  restoreFrom,
  readTable,
  saveNamed,
  type DocumentStore,
} from '../../src/excel';
import type { PaneServices } from '../../src/taskpane/services';
import { fetchEurostat } from '../../src/taskpane/services/eurostat';
import { readPickedFile } from '../../src/taskpane/services/files';
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

/** The pane's services over the recording fake workbook, as a test would want them. */
export function fakeServices(
  wb = new FakeWorkbook(),
  fetchImpl: typeof fetch = recordedEurostat,
): PaneServices & { wb: FakeWorkbook; opened: Uint8Array[] } {
  const store = fakeStore(wb);
  const opened: Uint8Array[] = [];
  const record = () => parseRecord(store.get(WRITTEN_RECORD_KEY));
  return {
    wb,
    opened,
    readToolTable: (name) => readTable(wb.run, toolTableName(record(), name)),
    readOwnSheets: (valuesOnly) => readOwnSheets(wb.run, record(), valuesOnly),
    openCopy: async (bytes) => {
      opened.push(bytes);
      return true;
    },
    generate: (spec, decision) =>
      generateReport(spec, {
        run: wb.run,
        store,
        mode: decision === 'beside' ? 'beside' : 'in-place',
        replaceEdits: decision === 'replace',
      }),
    publishData: (set) => publishIndicatorSet(set, store, wb.run),
    listTables: () => listTables(wb.run),
    readTable: (name) => readTable(wb.run, name),
    fetchEurostat: (indicator, period) => fetchEurostat(indicator, period, fetchImpl),
    readFile: readPickedFile,
    saveScenario: (name, value) => saveNamed(store, 'pactSolidarity.scenarios', name, value),
    restore: () => restoreFrom(store, 'pactSolidarity.lastScenario'),
    rememberScenario: (value) => remember(store, 'pactSolidarity.lastScenario', value),
    savedScenarios: () => readNamed(store, 'pactSolidarity.scenarios'),
    now: () => new Date('2026-11-24T12:00:00Z'),
    toolVersion: 'test',
  };
}
