import { useCallback, useLayoutEffect, useRef, useState, type Dispatch } from 'react';
import type { Words } from '../../report/words';
import type { HistoryAction } from '../history';
import {
  isReplacing,
  replacedStatus,
  whatItReplaces,
  type Replaced,
  type ReplacingAction,
} from '../replacing';
import type { Action, PaneState } from '../state';

/** A replacement waiting for the analyst's answer: the action and what it would replace. */
export interface Asking {
  readonly action: ReplacingAction;
  readonly replaced: readonly Replaced[];
}

/**
 * The pane's dispatch: anything that would replace what the analyst entered (files loaded,
 * deductions, findings, pledges) asks first (issue 16), and is applied as the analyst decides, with
 * a message saying what was kept or replaced. Writing is offered once the analyst chose a pool: the
 * default is nobody's choice.
 */
export function useAskFirst(
  state: PaneState,
  send: Dispatch<HistoryAction>,
  initialPoolChosen: boolean,
  w: Words,
) {
  const [poolChosen, setPoolChosen] = useState(initialPoolChosen);
  const apply = useCallback(
    (action: HistoryAction) => {
      if (action.type === 'preset' || action.type === 'scenario') setPoolChosen(true);
      send(action);
    },
    [send],
  );
  const [asking, setAsking] = useState<Asking>();
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  });
  const dispatch = useCallback(
    (action: Action) => {
      if (isReplacing(action)) {
        const replaced = whatItReplaces(current.current, action);
        if (replaced.length > 0) {
          setAsking({ action, replaced });
          return;
        }
      }
      apply(action);
    },
    [apply],
  );
  const decide = (decision: 'keep' | 'replace' | 'cancel') => {
    const a = asking;
    setAsking(undefined);
    if (!a || decision === 'cancel') return;
    apply({ ...a.action, keep: decision === 'keep' });
    send({ type: 'status', status: replacedStatus(a.action, a.replaced, decision, w) });
  };
  return { poolChosen, dispatch, asking, decide };
}
