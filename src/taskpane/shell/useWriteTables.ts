import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Words } from '../../report/words';
import type { ImplementationDraft } from '../implementation';
import type { PaneServices } from '../services';
import type { Action, PaneState, Status } from '../state';
import { paneKey } from './paneKey';
import type { Written } from './useWorkbookState';

interface Writing {
  readonly state: PaneState;
  readonly services: PaneServices;
  readonly implementation: ImplementationDraft | undefined;
  readonly dispatch: (action: Action) => void;
  /** Marks a status as a write's outcome (shownStatus). */
  readonly wrote: (status: Status) => void;
  readonly setWritten: (written: Written) => void;
  readonly w: Words;
}

/**
 * Writing the tables into the workbook from what the pane shows: the outcome said in the footer,
 * edits found in the workbook asked about (the conflict dialog), and what was written remembered,
 * so that the footer can say when the workbook falls behind. `write` is stable across keystrokes,
 * so that the footer is not drawn again for each.
 */
export function useWriteTables({
  state,
  services,
  implementation,
  dispatch,
  wrote,
  setWritten,
  w,
}: Writing) {
  const report = (status: Status) => {
    wrote(status);
    dispatch({ type: 'status', status });
  };
  const generate = async (decision?: 'replace' | 'beside') => {
    dispatch({ type: 'conflicts', conflicts: undefined });
    report({ kind: 'busy', label: w.t('shell.writing') });
    const writing = paneKey(state);
    // The report builder and the writer load with the first write: not part of the first paint.
    const { runGeneration } = await import(/* webpackChunkName: "write" */ '../generate');
    const result = await runGeneration(state, services, decision, implementation);
    let status = result.status;
    if (result.conflicts) dispatch({ type: 'conflicts', conflicts: result.conflicts });
    else if (status.kind === 'done' && status.intent !== 'error') {
      setWritten({ key: writing, at: services.now(), state });
      if (decision === 'beside') {
        // Which set is now the tool's: the analyst must know where later writes go.
        status = { ...status, intent: 'info', body: `${status.body} ${w.t('shell.besideNote')}` };
      }
    }
    report(status);
  };
  /** The analyst's edits kept, nothing written: said so. */
  const keepEdits = () => {
    dispatch({ type: 'conflicts', conflicts: undefined });
    report({
      kind: 'done',
      intent: 'info',
      title: w.t('shell.nothingWritten'),
      body: w.t('shell.editsKept'),
    });
  };
  const latestGenerate = useRef(generate);
  useLayoutEffect(() => {
    latestGenerate.current = generate;
  });
  const write = useCallback(() => void latestGenerate.current(), []);
  return { generate, write, keepEdits };
}
