import type { ReactNode } from 'react';

interface LiveRegionProps {
  /** An error: announced assertively (it interrupts), else politely (issue 16). */
  readonly urgent?: boolean;
  /** The message, or nothing: what appears inside is announced as it appears. */
  readonly children?: ReactNode;
}

/**
 * The place where a result or an error appears, announced by screen readers as it appears (issue
 * 16): the pane's one live region component, used where messages show (the footer, a file's
 * review). Both regions are on the page before any message, as screen readers only announce
 * changes to a region they already know; the message itself is the announcement, never a copy.
 */
export function LiveRegion({ urgent = false, children }: LiveRegionProps) {
  return (
    <div>
      <div aria-live="polite" data-live="polite">
        {!urgent && children}
      </div>
      <div aria-live="assertive" data-live="assertive">
        {urgent && children}
      </div>
    </div>
  );
}
