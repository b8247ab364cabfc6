import type { IndicatorSet } from './types';

/**
 * The indicator set the task pane loaded, shared with the custom functions. The pane and the
 * functions are two webpack bundles in one page (the shared runtime): a module variable would exist
 * once per bundle, a registered symbol on globalThis exists once per page.
 */
export const ACTIVE_INDICATOR_SET = Symbol.for('pact-solidarity/active-indicator-set');

type Holder = { [ACTIVE_INDICATOR_SET]?: unknown };

export function holdIndicatorSet(set: IndicatorSet | undefined): void {
  (globalThis as Holder)[ACTIVE_INDICATOR_SET] = set;
}

export function heldIndicatorSet(): IndicatorSet | undefined {
  const held = (globalThis as Holder)[ACTIVE_INDICATOR_SET];
  return typeof held === 'object' && held !== null && Array.isArray((held as IndicatorSet).series)
    ? (held as IndicatorSet)
    : undefined;
}
