import { useMemo, useState } from 'react';
import type { WrittenBefore } from '../restore';
import { initialState, type PaneState } from '../state';
import type { WorkbookState } from './Overview';
import { changedParts, paneKey, type PaneKey } from './paneKey';

/** Tables written from the pane: from what, when, and the state itself where the pane knows it. */
export interface Written {
  readonly key: PaneKey;
  readonly at?: Date;
  readonly state?: PaneState;
}

/**
 * What the workbook holds, against what the pane shows now: not written, up to date, or behind in
 * named parts. The state the tables were written from is kept too, for a copy of what the workbook
 * holds (issue 16); not when a pledging round from an earlier session is in the workbook.
 */
export function useWorkbookState(
  state: PaneState,
  initial: PaneState | undefined,
  initialWritten: WrittenBefore,
) {
  const [written, setWritten] = useState<Written | undefined>(() => {
    if (!initialWritten) return undefined;
    const key = paneKey(initial ?? initialState());
    // A pledging round is in the workbook but not in the pane: the pledges differ.
    return initialWritten === 'with-pledges'
      ? { key: { ...key, pledges: 'in the workbook' } }
      : { key, state: initial ?? initialState() };
  });
  const { vintage, replacements, scenario, pledging, includePledges } = state;
  const key = useMemo(
    () => paneKey({ vintage, replacements, scenario, pledging, includePledges }),
    [vintage, replacements, scenario, pledging, includePledges],
  );
  const workbook: WorkbookState = {
    written: written !== undefined,
    ...(written?.at ? { writtenAt: written.at } : {}),
    behind: written ? changedParts(written.key, key) : [],
  };
  return { key, workbook, written, setWritten };
}
