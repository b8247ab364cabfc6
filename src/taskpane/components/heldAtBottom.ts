import { useCallback } from 'react';

/** The height the pane's scrolling body keeps clear at its bottom (App: its scroll padding). */
export const HELD_BOTTOM = '--held-bottom';

/**
 * A block held at the bottom of the pane's scrolling body (the pool summary) reserves its own
 * height there: the body's scroll padding grows and shrinks with it, so the browser itself
 * scrolls any field reached by the keyboard or focused clear of it, as it scrolls that field into
 * view anyway. Nothing is measured on focus.
 *
 * The figures follow a keystroke a render later and can grow the block, or move the content under
 * it: a focused field the block now partly covers is brought back into the reserved view. One the
 * analyst scrolled away from, out of view, is left where it is.
 *
 * Returns the ref for the held block (a ref callback: it starts watching when the block appears
 * and stops, giving the room back, when it goes).
 */
export function useHeldAtBottom(): (held: HTMLElement | null) => (() => void) | undefined {
  return useCallback((held: HTMLElement | null) => {
    const body = held?.closest('main');
    if (!held || !body || typeof ResizeObserver === 'undefined') return undefined;
    let reserved = -1;
    const observer = new ResizeObserver(() => {
      const block = held.getBoundingClientRect();
      if (block.height !== reserved) {
        reserved = block.height;
        body.style.setProperty(HELD_BOTTOM, `${reserved}px`);
      }
      const at = document.activeElement;
      if (!(at instanceof HTMLElement) || !body.contains(at) || held.contains(at)) return;
      const field = at.getBoundingClientRect();
      if (field.bottom > block.top && field.top < block.bottom)
        at.scrollIntoView({ block: 'nearest' });
    });
    observer.observe(held);
    if (held.parentElement) observer.observe(held.parentElement);
    return () => {
      observer.disconnect();
      body.style.removeProperty(HELD_BOTTOM);
    };
  }, []);
}
