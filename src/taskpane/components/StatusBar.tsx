import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { reveal } from '../shell/Revealed';
import type { Status } from '../state';
import { useWords } from '../words';

/** Fluent's Dismiss glyph, inline: one path is not worth a dependency on the icon package. */
function DismissIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="m4.09 4.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L10 9.29l5.15-5.14a.5.5 0 0 1 .63-.06l.07.06c.18.17.2.44.06.63l-.06.07L10.71 10l5.14 5.15c.18.17.2.44.06.63l-.06.07a.5.5 0 0 1-.63.06l-.07-.06L10 10.71l-5.15 5.14a.5.5 0 0 1-.63.06l-.07-.06a.5.5 0 0 1-.06-.63l.06-.07L9.29 10 4.15 4.85a.5.5 0 0 1-.06-.63l.06-.07-.06.07Z"
      />
    </svg>
  );
}

interface Props {
  readonly status: Status;
  /** Shown as the message's close button: the analyst may put a message away once read. */
  readonly onDismiss?: () => void;
}

/** Progress after half a second of work, then the outcome, saying what to do on failure. */
export function StatusBar({ status, onDismiss }: Props) {
  const w = useWords();
  const [slow, setSlow] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  // A new outcome comes into view in the footer (it scrolls when messages pile up there).
  useLayoutEffect(() => reveal(bar.current), [status]);
  useEffect(() => {
    setSlow(false);
    if (status.kind !== 'busy') return undefined;
    const timer = setTimeout(() => setSlow(true), 500);
    return () => clearTimeout(timer);
  }, [status]);
  if (status.kind === 'busy') {
    return (
      <div role="status" aria-live="polite">
        {slow && (
          <>
            <ProgressBar thickness="large" aria-label={status.label} />
            <Text size={200}>{status.label}</Text>
          </>
        )}
      </div>
    );
  }
  if (status.kind === 'done') {
    // A step of the pane's own (undo, redo) is said in the pane's language.
    const title = status.fact ? w.t(`checks.history.${status.fact}`) : status.title;
    const body = status.fact ? w.t(`checks.history.${status.fact}Body`) : status.body;
    return (
      <MessageBar
        ref={bar}
        // In the footer's live region (LiveRegion): a new outcome is a new bar, announced anew.
        key={`${status.intent} ${title} ${body}`}
        intent={status.intent}
        layout="multiline"
      >
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
        {onDismiss && (
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={w.t('checks.status.dismiss', { title })}
                icon={<DismissIcon />}
                onClick={onDismiss}
              />
            }
          />
        )}
      </MessageBar>
    );
  }
  return null;
}
