import { Suspense, type Dispatch } from 'react';
import { preloaded } from '../preload';
import { LiveRegion } from '../shell/LiveRegion';
import type { Action, ImportReview } from '../state';
import type { FileReading } from './FileReadingReview';

// The review (its issue list, the number conventions and the column step) shows only once a file
// was read: a chunk of its own, not part of the first paint.
const ReviewBar = preloaded(
  () => import(/* webpackChunkName: "review" */ './ReviewBar'),
  (m) => m.ReviewBar,
);

interface Props {
  readonly review: ImportReview | undefined;
  readonly dispatch: Dispatch<Action>;
  /** Reads the file again another way, where the review is of the file the pane keeps. */
  readonly onReread: ((reading: FileReading) => void) | undefined;
}

/** A file's review, announced as it appears, assertively when it holds errors (issue 16). */
export function FileReviewRegion({ review, dispatch, onReread }: Props) {
  return (
    <LiveRegion
      urgent={
        review !== undefined &&
        (!review.safe || review.result.issues.some((i) => i.severity === 'error'))
      }
    >
      {review && (
        <Suspense fallback={null}>
          <ReviewBar
            review={review}
            onLoad={() => {
              const series = review.result.series;
              const errors = review.result.issues.some((i) => i.severity === 'error');
              if (series)
                dispatch({
                  type: 'replace',
                  loaded: {
                    series,
                    origin: errors ? { ...review.origin, validOnly: true } : review.origin,
                  },
                });
            }}
            onClose={() => dispatch({ type: 'review', review: undefined })}
            onReread={onReread}
          />
        </Suspense>
      )}
    </LiveRegion>
  );
}
