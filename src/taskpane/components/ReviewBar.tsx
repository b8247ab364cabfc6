import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Words } from '../../report/words';
import { displayLocale } from '../locale';
import { originInWords } from '../origin';
import { reasonNumbers } from '../reasonNumbers';
import { Revealed } from '../shell/Revealed';
import type { ImportReview } from '../state';
import { useWords } from '../words';
import { FileReadingReview, type FileReading } from './FileReadingReview';
import { IssueList, problemTitle } from './IssueList';

interface Props {
  readonly review: ImportReview;
  /** Loads the series of the review (all its rows, or the valid ones where safe). */
  readonly onLoad: () => void;
  readonly onClose: () => void;
  /** Reads the file again another way (decimals, columns), where it is a file the pane keeps. */
  readonly onReread: ((reading: FileReading) => void) | undefined;
}

/** How many rows may be loaded, grouped in the pane's culture ("1 500" in French). */
const rowCount = (n: number) => ({ n: reasonNumbers(displayLocale())(n) });

/** The review's title and what may be done: what is announced when it appears. */
export function reviewHeadline(review: ImportReview, w: Words): { title: string; body: string } {
  const { result, safe, origin } = review;
  const errors = result.issues.some((i) => i.severity === 'error');
  const n = result.accepted;
  const count = rowCount(n);
  return {
    title:
      errors || result.rejected > 0
        ? problemTitle(w, result.issues, result.rejected, origin)
        : w.t('review.check', { origin: originInWords(w, origin) }),
    body: !safe
      ? w.t('review.fixSource')
      : errors
        ? w.plural('review.mayLoadValid', n, count)
        : w.plural('review.mayLoad', n, count),
  };
}

/**
 * What was read, before anything is loaded: its problems by line, how its numbers and columns were
 * read with the other ways offered, and loading the valid rows where that leaves only visible gaps.
 */
export function ReviewBar({ review, onLoad, onClose, onReread }: Props) {
  const w = useWords();
  const { result, safe } = review;
  const errors = result.issues.some((i) => i.severity === 'error');
  const n = result.accepted;
  const count = rowCount(n);
  const { title, body } = reviewHeadline(review, w);
  // In view as it appears, focused when it holds errors (issue 16); ImportSection shows it in a
  // live region.
  return (
    <Revealed message={`${title} ${body}`} focus={errors || !safe}>
      <MessageBar intent={safe ? 'warning' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
          <IssueList issues={result.issues} />
          {onReread && (
            <FileReadingReview
              numbers={result.numbers}
              columns={review.columns}
              onReread={onReread}
            />
          )}
        </MessageBarBody>
        <MessageBarActions>
          {safe && result.series && (
            <Button size="small" onClick={onLoad}>
              {errors ? w.plural('review.loadValid', n, count) : w.plural('review.load', n, count)}
            </Button>
          )}
          <Button size="small" onClick={onClose}>
            {w.t(safe ? 'review.cancel' : 'review.close')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </Revealed>
  );
}
