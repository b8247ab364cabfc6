import { MethodologyError } from '../core';
import type { Words } from '../report/words';
import { sentenceInWords } from '../report/words/issueWords';
import { displayLocale } from './locale';
import { reasonNumbers } from './reasonNumbers';
import type { ResultsOutcome } from './results';

/**
 * Why no results could be computed, in the pane's language where the methodology gave facts, its
 * numbers in the pane's culture (`locale`, as the pane's other figures).
 */
export function outcomeInWords(
  w: Words,
  outcome: ResultsOutcome & { ok: false },
  locale: string = displayLocale(),
): string {
  return outcome.reason
    ? sentenceInWords(w, outcome.reason, reasonNumbers(locale))
    : outcome.message;
}

/**
 * An error caught in the pane, in its language where the methodology refused (MethodologyError:
 * always with facts, core/reasons.ts), its numbers in the pane's culture; any other error as it
 * came (Excel's own messages are in Office's language already).
 */
export function errorInWords(w: Words, error: unknown, locale: string = displayLocale()): string {
  if (error instanceof MethodologyError) {
    return sentenceInWords(w, error.reason, reasonNumbers(locale));
  }
  return error instanceof Error ? error.message : String(error);
}
