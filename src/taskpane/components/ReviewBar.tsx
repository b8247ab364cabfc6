import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
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

/**
 * What was read, before anything is loaded: its problems by line, how its numbers and columns were
 * read with the other ways offered, and loading the valid rows where that leaves only visible gaps.
 */
export function ReviewBar({ review, onLoad, onClose, onReread }: Props) {
  const w = useWords();
  const { result, safe, origin } = review;
  const errors = result.issues.some((i) => i.severity === 'error');
  const n = result.accepted;
  const count = { n: String(n) };
  const body = !safe
    ? w.t('review.fixSource')
    : errors
      ? w.plural('review.mayLoadValid', n, count)
      : w.plural('review.mayLoad', n, count);
  return (
    <MessageBar intent={safe ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {errors || result.rejected > 0
            ? problemTitle(result.issues, result.rejected, origin)
            : w.t('review.check', { origin })}
        </MessageBarTitle>
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
  );
}
