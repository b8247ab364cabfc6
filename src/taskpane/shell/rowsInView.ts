import { useDeferredValue } from 'react';

/**
 * A long table's first rows in its first render, all of them in the render React draws right after
 * (a deferred value): the rows in view paint with the tab's first click, those below the fold a
 * frame later, appended under them, so that nothing on screen moves (issue 16's first click).
 * From then on, every render has every row.
 */
export function useRowsInView<T>(rows: readonly T[], first: number): readonly T[] {
  const all = useDeferredValue(true, false);
  return all ? rows : rows.slice(0, first);
}
