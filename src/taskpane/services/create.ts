import {
  listTables,
  parseRecord,
  publishIndicatorSet,
  readNumberCulture,
  readNamed,
  readTable,
  remember,
  restoreFrom,
  saveNamed,
  toolTableName,
  WRITTEN_RECORD_KEY,
  type DocumentStore,
  type CopyOpening,
  type ExcelRunner,
} from '../../excel';
import type { PaneServices } from '../services';
import { displayLocale, separators } from '../locale';
import { fetchEurostat } from './eurostat';
import { readPickedFile } from './files';

const SCENARIOS_KEY = 'pactSolidarity.scenarios';
const LAST_SCENARIO_KEY = 'pactSolidarity.lastScenario';

/** What the pane's services stand on: Excel, the document's settings, the network, the clock. */
export interface ServiceHost {
  readonly run: ExcelRunner;
  readonly store: DocumentStore;
  readonly fetch: typeof fetch;
  readonly openCopy: (bytes: Uint8Array) => Promise<CopyOpening>;
  readonly now: () => Date;
  readonly toolVersion: string;
}

/** The pane's services over a host: Office.js in Excel, the recording fake in tests. */
export function createPaneServices(host: ServiceHost): PaneServices {
  const { run, store } = host;
  const record = () => parseRecord(store.get(WRITTEN_RECORD_KEY));
  return {
    // The writer loads with the first write, and the reader of own sheets with the first copy:
    // neither is part of the pane's first paint.
    generate: async (spec, decision) => {
      const { generateReport } = await import(
        /* webpackChunkName: "write" */ '../../excel/generate'
      );
      return generateReport(spec, {
        run,
        store,
        mode: decision === 'beside' ? 'beside' : 'in-place',
        replaceEdits: decision === 'replace',
      });
    },
    publishData: (set) => publishIndicatorSet(set, store, run),
    listTables: () => listTables(run),
    readTable: (name) => readTable(run, name),
    fetchEurostat: (indicator, period) => fetchEurostat(indicator, period, host.fetch),
    readFile: readPickedFile,
    readToolTable: (name) => readTable(run, toolTableName(record(), name)),
    readOwnSheets: async (valuesOnly, names) => {
      const { readOwnSheets } = await import(
        /* webpackChunkName: "share" */ '../../excel/ownSheets'
      );
      return readOwnSheets(run, record(), valuesOnly, names);
    },
    listOwnSheets: async () => {
      const { listOwnSheets } = await import(
        /* webpackChunkName: "share" */ '../../excel/ownSheets'
      );
      return listOwnSheets(run, record());
    },
    openCopy: host.openCopy,
    saveScenario: (name, value) => saveNamed(store, SCENARIOS_KEY, name, value),
    savedScenarios: () => readNamed(store, SCENARIOS_KEY),
    // With the tables the last write left, so that the pane knows what the workbook holds.
    restore: () => ({
      ...restoreFrom(store, LAST_SCENARIO_KEY),
      tables: record()?.tables ?? [],
    }),
    rememberScenario: (value) => remember(store, LAST_SCENARIO_KEY, value),
    now: host.now,
    numberCulture: () => readNumberCulture(run, separators(displayLocale())),
    toolVersion: host.toolVersion,
  };
}
