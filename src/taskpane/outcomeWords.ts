import { MethodologyError } from '../core';
import type { Words } from '../report/words';
import { sentenceInWords } from '../report/words/issueWords';
import type { ResultsOutcome } from './results';

/** Why no results could be computed, in the pane's language where the methodology gave facts. */
export function outcomeInWords(w: Words, outcome: ResultsOutcome & { ok: false }): string {
  return outcome.reason ? sentenceInWords(w, outcome.reason) : outcome.message;
}

/**
 * An error caught in the pane, in its language where the methodology refused (MethodologyError:
 * always with facts, core/reasons.ts); any other error as it came (Excel's own messages are in
 * Office's language already).
 */
export function errorInWords(w: Words, error: unknown): string {
  if (error instanceof MethodologyError) return sentenceInWords(w, error.reason);
  return error instanceof Error ? error.message : String(error);
}
