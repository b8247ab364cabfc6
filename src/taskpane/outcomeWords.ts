import type { Words } from '../report/words';
import { sentenceInWords } from '../report/words/issueWords';
import type { ResultsOutcome } from './results';

/** Why no results could be computed, in the pane's language where the methodology gave facts. */
export function outcomeInWords(w: Words, outcome: ResultsOutcome & { ok: false }): string {
  return outcome.reason ? sentenceInWords(w, outcome.reason) : outcome.message;
}
