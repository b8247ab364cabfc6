import { useCallback } from 'react';

/** Where a block is held in the pane's scrolling body: the sticky column headers, the summary. */
export type HeldEdge = 'top' | 'bottom';

/** The room the pane's scrolling body keeps clear at each edge (App: its scroll padding). */
export const HELD = { top: '--held-top', bottom: '--held-bottom' } as const;

/** The blocks held at each edge of each scrolling body, with their heights: the tallest reserves. */
const heldBlocks = new WeakMap<HTMLElement, Record<HeldEdge, Map<Element, number>>>();

function reserve(body: HTMLElement, edge: HeldEdge, block: Element, height: number | undefined) {
  let held = heldBlocks.get(body);
  if (!held) heldBlocks.set(body, (held = { top: new Map(), bottom: new Map() }));
  if (height === undefined) held[edge].delete(block);
  else held[edge].set(block, height);
  const tallest = Math.max(0, ...held[edge].values());
  if (held[edge].size === 0) body.style.removeProperty(HELD[edge]);
  else body.style.setProperty(HELD[edge], `${tallest}px`);
}

/**
 * A block held at an edge of the pane's scrolling body (a sticky header row, the pool summary)
 * reserves its own height there: the body's scroll padding grows and shrinks with it, so the
 * browser itself scrolls any field or row reached by the keyboard, or focused, clear of it, as it
 * scrolls it into view anyway. Nothing is measured on focus.
 *
 * What a block holds can change size a render after a keystroke (the figures follow it) and move
 * the content under it: a focused element the block now partly covers is brought back into the
 * reserved view. One the analyst scrolled away from, out of view, is left where it is.
 *
 * Returns the ref for the held block (a ref callback: it starts watching when the block appears
 * and stops, giving the room back, when it goes).
 */
export function useHeldInView(
  edge: HeldEdge,
): (block: HTMLElement | null) => (() => void) | undefined {
  return useCallback(
    (block: HTMLElement | null) => {
      const body = block?.closest('main');
      if (!block || !body || typeof ResizeObserver === 'undefined') return undefined;
      let reserved = -1;
      const observer = new ResizeObserver(() => {
        const at = block.getBoundingClientRect();
        if (at.height !== reserved) reserve(body, edge, block, (reserved = at.height));
        const focused = document.activeElement;
        if (!(focused instanceof HTMLElement) || !body.contains(focused) || block.contains(focused))
          return;
        const field = focused.getBoundingClientRect();
        if (field.bottom > at.top && field.top < at.bottom)
          focused.scrollIntoView({ block: 'nearest' });
      });
      observer.observe(block);
      // What the block holds in view: the table under a header row, the content above the summary.
      const content = edge === 'top' ? block.closest('table') : block.parentElement;
      if (content) observer.observe(content);
      return () => {
        observer.disconnect();
        reserve(body, edge, block, undefined);
      };
    },
    [edge],
  );
}
