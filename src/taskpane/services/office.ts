import { officeDocumentStore, officeExcelRunner, openAsNewWorkbook } from '../../excel';
import type { PaneServices } from '../services';
import { createPaneServices } from './create';

/** The pane's services inside Excel: Office.js through src/excel, Eurostat through fetch. */
export function officeServices(toolVersion: string): PaneServices {
  return createPaneServices({
    run: officeExcelRunner,
    store: officeDocumentStore(),
    fetch: (...args) => fetch(...args),
    openCopy: (bytes) => openAsNewWorkbook(bytes),
    now: () => new Date(),
    toolVersion,
  });
}
