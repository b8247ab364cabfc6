import { reducer, type Action, type PaneState } from './state';

/**
 * Undo and redo over what the analyst entered (issue 16): every change of data, scenario or pledges
 * is a step; keystrokes in one cell are one step, as in Excel, until the analyst moves to another
 * cell (a checkpoint). Messages, reviews and conflicts are not steps.
 */
export interface History {
  readonly past: readonly PaneState[];
  readonly present: PaneState;
  readonly future: readonly PaneState[];
  /** The cell or field the last step edited: the next keystroke there joins that step. */
  readonly editing?: string;
}

export type HistoryAction = Action | { type: 'undo' } | { type: 'redo' };

const LIMIT = 100;

/** Not steps: what the pane says, not what the analyst entered. */
const TRANSIENT = new Set<Action['type']>(['status', 'review', 'conflicts']);

/** Actions that replace a whole part (a pool, a round, a saved scenario, a vintage, a series). */
const REPLACING = new Set<Action['type']>(['preset', 'scenario', 'vintage', 'pledging', 'revert']);

/** The cell an edit belongs to, so that typing "1234" is one step. */
function cellOf(action: Action): string | undefined {
  switch (action.type) {
    case 'pledgeAmount':
      return `pledge:${action.code}:${action.field}`;
    case 'pledgeDescription':
      return `description:${action.code}`;
    case 'deduction':
    case 'removeDeduction':
      return `deduction:${action.code}`;
    case 'total':
      return `total:${action.field}`;
    default:
      return undefined;
  }
}

export function initialHistory(present: PaneState): History {
  return { past: [], present, future: [] };
}

const idle = { kind: 'idle' } as const;

/** What undo and redo say, in English; the status bar says the fact in the pane's language. */
const SAID = {
  undone: { title: 'Undone', body: 'Redo (Ctrl+Y) does it again.' },
  redone: { title: 'Done again', body: 'Undo (Ctrl+Z) takes it back.' },
} as const;

/** The state restored by undo or redo, with the pane's current transient parts. */
function restore(h: History, to: PaneState, fact: keyof typeof SAID): PaneState {
  return {
    ...to,
    review: h.present.review,
    conflicts: h.present.conflicts,
    // A message about the state left behind no longer holds (a loaded file undone, say).
    status: { kind: 'done', intent: 'info', ...SAID[fact], fact },
  };
}

export function historyReducer(h: History, action: HistoryAction): History {
  switch (action.type) {
    case 'undo': {
      const previous = h.past[h.past.length - 1];
      if (!previous) return h;
      return {
        past: h.past.slice(0, -1),
        present: restore(h, previous, 'undone'),
        future: [h.present, ...h.future],
      };
    }
    case 'redo': {
      const next = h.future[0];
      if (!next) return h;
      return {
        past: [...h.past, h.present],
        present: restore(h, next, 'redone'),
        future: h.future.slice(1),
      };
    }
    case 'checkpoint':
      return h.editing === undefined ? h : { ...h, editing: undefined };
  }
  const present = reducer(h.present, action);
  if (present === h.present) return h;
  if (TRANSIENT.has(action.type)) return { ...h, present };
  const cell = cellOf(action);
  // A status about what this action replaced goes with it (a file's "loaded" after a preset switch).
  const next =
    REPLACING.has(action.type) && present.status === h.present.status
      ? { ...present, status: idle }
      : present;
  if (cell !== undefined && cell === h.editing) return { ...h, present: next, future: [] };
  return {
    past: [...h.past, h.present].slice(-LIMIT),
    present: next,
    future: [],
    ...(cell !== undefined ? { editing: cell } : {}),
  };
}

export const canUndo = (h: History) => h.past.length > 0;
export const canRedo = (h: History) => h.future.length > 0;
