import { useSyncExternalStore } from 'react';

/**
 * Whether the analyst is in the middle of typing a cell: raised by a keystroke in it, lowered when
 * the cell is left (Enter, Tab, a click elsewhere). A store of its own, so that raising it draws
 * only what reads it (the pool summary), not the grid it is raised from.
 */
export interface TypingFlag {
  readonly typed: () => void;
  readonly left: () => void;
  readonly subscribe: (onChange: () => void) => () => void;
  readonly get: () => boolean;
}

export function typingFlag(): TypingFlag {
  let typing = false;
  const listeners = new Set<() => void>();
  const set = (on: boolean) => {
    if (on === typing) return;
    typing = on;
    for (const l of listeners) l();
  };
  return {
    typed: () => set(true),
    left: () => set(false),
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    get: () => typing,
  };
}

/**
 * Whether an input event is typing (a field of text or figures), not a box ticked or a choice made:
 * those fire input events too, and their effect is announced at once.
 */
export const isTyping = (target: EventTarget): boolean =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && target.type === 'text');

/** The flag's value, drawn again when it changes. */
export const useTyping = (flag: TypingFlag): boolean =>
  useSyncExternalStore(flag.subscribe, flag.get, flag.get);
