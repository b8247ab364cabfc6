import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Status } from '../state';

/** Progress after half a second of work, then the outcome, saying what to do on failure. */
export function StatusBar({ status }: { readonly status: Status }) {
  const [slow, setSlow] = useState(false);
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
    return (
      <MessageBar
        intent={status.intent}
        layout="multiline"
        role={status.intent === 'error' ? 'alert' : 'status'}
      >
        <MessageBarBody>
          <MessageBarTitle>{status.title}</MessageBarTitle>
          {status.body}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
