import type { ReadIssue } from '../data';
import type { Words } from '../report/words';
import { issueInWords } from '../report/words/issueWords';
import { reasonNumbers } from './reasonNumbers';

const NAMED = 3;

/**
 * " 2 rows skipped or left as gaps: line 29: …; line 30: …." — which rows, not only how many, in
 * the pane's language (each note from its reason, as the review says it: its figures with every
 * digit the reader reports, in the pane's culture; a line as it is named, ungrouped).
 */
export function skippedInWords(w: Words, notes: readonly ReadIssue[], locale: string): string {
  if (notes.length === 0) return '';
  const n = reasonNumbers(locale);
  const named = notes
    .slice(0, NAMED)
    .map((note) =>
      w.t('dataTab.skippedLine', {
        line: n(note.line, { names: true }),
        problem: issueInWords(w, note, n).replace(/\.$/, ''),
      }),
    )
    .join('; ');
  const more =
    notes.length > NAMED ? w.t('dataTab.skippedMore', { n: n(notes.length - NAMED) }) : '';
  return ` ${w.plural('dataTab.skipped', notes.length, { n: n(notes.length), named, more })}`;
}
