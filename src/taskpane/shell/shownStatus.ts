import { useState } from 'react';
import type { Status } from '../state';
import type { WorkbookState } from './Overview';
import type { TabId } from './PaneHeader';
import { changedParts, type PaneKey } from './paneKey';

/**
 * The message the footer shows. Messages belong where they were raised: a write's outcome in the
 * footer everywhere, any other message on its own tab only, and never once what it describes has
 * changed. `wrote` marks a status as a write's outcome.
 */
export function useShownStatus(
  status: Status,
  tab: TabId,
  key: PaneKey,
  workbook: WorkbookState,
): { shown: Status | undefined; wrote: (status: Status) => void } {
  const [writeStatus, wrote] = useState<Status>();
  const [origin, setOrigin] = useState({ status, tab, key });
  if (origin.status !== status) {
    // An outcome belongs where its action started, even if the analyst moved on meanwhile.
    setOrigin({ status, tab: origin.status.kind === 'busy' ? origin.tab : tab, key });
  }
  const fromWrite = status === writeStatus;
  // A message never outlives the data it describes: once the data, the scenario or the pledges
  // change, "Population loaded" or "Pool switched, Undo brings it back" no longer holds.
  const stale = changedParts(origin.key, key).length > 0;
  return { shown: visibleStatus(status, fromWrite, origin.tab === tab, workbook, stale), wrote };
}

/**
 * A write's outcome unless the pane changed since (the workbook line then says what is behind), a
 * tab's own message on its tab only while what it describes holds, and progress always.
 */
function visibleStatus(
  status: Status,
  fromWrite: boolean,
  onItsTab: boolean,
  workbook: WorkbookState,
  stale: boolean,
): Status | undefined {
  if (status.kind === 'idle') return undefined;
  if (status.kind === 'busy') return status;
  if (fromWrite)
    return status.intent !== 'error' && workbook.behind.length > 0 ? undefined : status;
  // An error says what failed and stays until dismissed; any other outcome goes with its data.
  if (stale && status.intent !== 'error') return undefined;
  return onItsTab ? status : undefined;
}
