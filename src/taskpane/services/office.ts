import {
  generateReport,
  listTables,
  officeDocumentStore,
  openAsNewWorkbook,
  parseRecord,
  readOwnSheets,
  toolTableName,
  WRITTEN_RECORD_KEY,
  officeExcelRunner,
  publishIndicatorSet,
  readNamed,
  remember,
  restoreFrom,
  readTable,
  saveNamed,
} from '../../excel';
import type { PaneServices } from '../services';
import { fetchEurostat } from './eurostat';
import { readPickedFile } from './files';

const SCENARIOS_KEY = 'pactSolidarity.scenarios';
const LAST_SCENARIO_KEY = 'pactSolidarity.lastScenario';

/** The pane's services inside Excel: Office.js through src/excel, Eurostat through fetch. */
export function officeServices(toolVersion: string): PaneServices {
  const store = officeDocumentStore();
  const run = officeExcelRunner;
  return {
    generate: (spec, decision) =>
      generateReport(spec, {
        run,
        store,
        mode: decision === 'beside' ? 'beside' : 'in-place',
        replaceEdits: decision === 'replace',
      }),
    publishData: (set) => publishIndicatorSet(set, store, run),
    listTables: () => listTables(run),
    readTable: (name) => readTable(run, name),
    fetchEurostat: (indicator, period) => fetchEurostat(indicator, period),
    readFile: readPickedFile,
    readToolTable: (name) =>
      readTable(run, toolTableName(parseRecord(store.get(WRITTEN_RECORD_KEY)), name)),
    readOwnSheets: (valuesOnly) =>
      readOwnSheets(run, parseRecord(store.get(WRITTEN_RECORD_KEY)), valuesOnly),
    openCopy: openAsNewWorkbook,
    saveScenario: (name, value) => saveNamed(store, SCENARIOS_KEY, name, value),
    savedScenarios: () => readNamed(store, SCENARIOS_KEY),
    restore: () => restoreFrom(store, LAST_SCENARIO_KEY),
    rememberScenario: (value) => remember(store, LAST_SCENARIO_KEY, value),
    now: () => new Date(),
    toolVersion,
  };
}
