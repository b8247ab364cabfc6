import type { ReadIssue } from '../data';
import type { Words } from '../report/words';
import { issueInWords } from '../report/words/issueWords';
import { displayLocale, formatNumber } from './locale';

const NAMED = 3;

/**
 * " 2 rows skipped or left as gaps: line 29: …; line 30: …." — which rows, not only how many, in
 * the pane's language (each note from its reason, as the review says it).
 */
export function skippedInWords(w: Words, notes: readonly ReadIssue[]): string {
  if (notes.length === 0) return '';
  const n = (x: number) => formatNumber(x, displayLocale());
  const named = notes
    .slice(0, NAMED)
    .map((note) =>
      w.t('dataTab.skippedLine', {
        line: n(note.line),
        problem: issueInWords(w, note, n).replace(/\.$/, ''),
      }),
    )
    .join('; ');
  const more =
    notes.length > NAMED ? w.t('dataTab.skippedMore', { n: n(notes.length - NAMED) }) : '';
  return ` ${w.plural('dataTab.skipped', notes.length, { n: n(notes.length), named, more })}`;
}
