import { loadVintage } from '../data';
import { displayLocale, formatNumber } from './locale';
import { releaseInWords } from './shell/provenanceWords';
import type { PaneState } from './state';

/**
 * The first view's costliest single steps, each taken in a task of its own before the pane renders,
 * so that none of them lengthens a step of the render (a component's render cannot be cut): the
 * bundled data the pane opens on (read once, then kept: loadVintage), and the browser's number and
 * date formats for the analyst's locale (the first use of Intl loads its locale data).
 */
export async function warmUp(
  initial: Pick<PaneState, 'vintage'>,
  nextTask: () => Promise<void>,
): Promise<void> {
  loadVintage(initial.vintage);
  await nextTask();
  const locale = displayLocale();
  await nextTask();
  // The format most of the pane's figures use (whole numbers, grouped).
  formatNumber(1234, locale);
  releaseInWords('2025-07-11', locale);
  await nextTask();
}
