import { tokens } from '@fluentui/react-components';
import { useCallback } from 'react';

/** Where a block is held in the pane's scrolling body: the sticky column headers, the summary. */
export type HeldEdge = 'top' | 'bottom';

/** The room kept beyond a held block, and with none held (App's scroll padding). */
export const HELD_MARGIN = tokens.spacingVerticalL;

/**
 * The scroll padding itself is set on the body, not a custom property it reads: a custom property
 * is inherited, and changing it on the body made the browser recompute the style of every element
 * in the pane (about 15 ms at 4x throttling, in a keystroke's frame). Scroll padding is not
 * inherited and lays nothing out: only the body's own style is recomputed.
 */
const PADDING = { top: 'scroll-padding-top', bottom: 'scroll-padding-bottom' } as const;

/** The blocks held at each edge of each scrolling body, with their heights: the tallest reserves. */
const heldBlocks = new WeakMap<HTMLElement, Record<HeldEdge, Map<Element, number>>>();

function reserve(body: HTMLElement, edge: HeldEdge, block: Element, height: number | undefined) {
  let held = heldBlocks.get(body);
  if (!held) heldBlocks.set(body, (held = { top: new Map(), bottom: new Map() }));
  if (height === undefined) held[edge].delete(block);
  else held[edge].set(block, height);
  const tallest = Math.max(0, ...held[edge].values());
  if (held[edge].size === 0) body.style.removeProperty(PADDING[edge]);
  else body.style.setProperty(PADDING[edge], `calc(${tallest}px + ${HELD_MARGIN})`);
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
        // Everything is measured before anything is set: a measure after a change would make the
        // browser recompute the layout at once, in the middle of the frame.
        const at = block.getBoundingClientRect();
        const focused = document.activeElement;
        const covered =
          focused instanceof HTMLElement &&
          body.contains(focused) &&
          !block.contains(focused) &&
          overlaps(focused.getBoundingClientRect(), at);
        if (at.height !== reserved) reserve(body, edge, block, (reserved = at.height));
        if (covered) focused.scrollIntoView({ block: 'nearest' });
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

const overlaps = (a: DOMRect, b: DOMRect) => a.bottom > b.top && a.top < b.bottom;
