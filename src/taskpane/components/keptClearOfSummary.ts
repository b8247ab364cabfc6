import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A cell reached by the keyboard scrolls clear of what is held at the bottom of the pane (the pool
 * summary): the browser scrolls a focused field into view, not out from under a sticky block.
 */
export function keepClearOfSummary(cell: HTMLElement): void {
  const cover = document.querySelector('[data-sticky-bottom]');
  if (!cover) return;
  const top = cover.getBoundingClientRect().top;
  const bottom = cell.getBoundingClientRect().bottom;
  if (bottom > top - 4) cell.closest('main')?.scrollBy({ top: bottom - top + 8 });
}

/**
 * The figures, the round's Art. 63 lines and the pool summary follow the keystroke a render later
 * (PledgesTab's deferred value) and can move the grid or grow the summary over the focused cell:
 * whenever the summary or the tab's content changes size, before the frame is painted, the focused
 * cell is kept clear of the summary again. Watched by a ResizeObserver, which the browser calls after
 * its own layout: measuring after every render instead forced a layout on each keystroke.
 */
export function useKeptClearOfSummary(grid: RefObject<HTMLDivElement | null>): void {
  const watched = useRef<{ observer: ResizeObserver; targets: Element[] }>(undefined);
  useLayoutEffect(() => {
    const summary = document.querySelector('[data-sticky-bottom]');
    const content = grid.current?.closest('main > *');
    const targets = [summary, content].filter((t): t is Element => !!t);
    const now = watched.current;
    if (
      now &&
      now.targets.length === targets.length &&
      now.targets.every((t, i) => t === targets[i])
    )
      return;
    now?.observer.disconnect();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const at = document.activeElement;
      if (at instanceof HTMLElement && at.dataset.row !== undefined && grid.current?.contains(at))
        keepClearOfSummary(at);
    });
    for (const t of targets) observer.observe(t);
    watched.current = { observer, targets };
  });
  useEffect(() => () => watched.current?.observer.disconnect(), []);
}
