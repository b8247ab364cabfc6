import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { memo, Suspense, type RefObject } from 'react';
import { preloaded } from '../preload';
import type { Status } from '../state';
import { useWords } from '../words';
import { LiveRegion } from './LiveRegion';
import { LoadBoundary } from './LoadBoundary';

// The footer's message (Fluent's ProgressBar): nothing shows a message before the analyst acts, so
// it is a chunk of its own, fetched at once.
const StatusBar = preloaded(
  () => import('../components/StatusBar'),
  (m) => m.StatusBar,
);

const useStyles = makeStyles({
  // The footer stays put; only the body scrolls, so a focused field never ends up under it.
  footer: {
    flexShrink: 0,
    maxHeight: '40vh',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  behind: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface Props {
  /** The message shown, if any (App's visibleStatus). */
  readonly shown: Status | undefined;
  readonly onDismiss: () => void;
  /** Where the workbook stands, in words, and whether it is behind the pane. */
  readonly line: string;
  readonly behind: boolean;
  /** Writing is offered once the analyst chose a pool; before that, the button leads to the choice. */
  readonly poolChosen: boolean;
  /** One primary action per view: on the Share tab it is the copy. */
  readonly secondary: boolean;
  readonly busy: boolean;
  readonly onWrite: () => void;
  readonly onChoosePool: () => void;
  readonly writeButton: RefObject<HTMLButtonElement | null>;
}

/**
 * The footer: the last message, where the workbook stands and the Write button. Drawn again only
 * when one of those changes, not on every keystroke in a tab (issue 16's keystroke budget).
 */
export const PaneFooter = memo(function PaneFooter({
  shown,
  onDismiss,
  line,
  behind,
  poolChosen,
  secondary,
  busy,
  onWrite,
  onChoosePool,
  writeButton,
}: Props) {
  const s = useStyles();
  const w = useWords();
  return (
    <footer className={s.footer} aria-label={w.t('shell.footer')}>
      {/* Announced as it appears, assertively for an error (issue 16). */}
      <LiveRegion urgent={shown?.kind === 'done' && shown.intent === 'error'}>
        {shown && (
          <LoadBoundary>
            <Suspense fallback={null}>
              <StatusBar status={shown} onDismiss={onDismiss} />
            </Suspense>
          </LoadBoundary>
        )}
      </LiveRegion>
      <Caption1 role="status" className={behind ? s.behind : undefined}>
        {line}
      </Caption1>
      {poolChosen ? (
        <Button
          ref={writeButton}
          appearance={secondary ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={onWrite}
        >
          {w.t('shell.write')}
        </Button>
      ) : (
        <Button
          ref={writeButton}
          appearance={secondary ? 'secondary' : 'primary'}
          onClick={onChoosePool}
        >
          {w.t('pool.choose')}
        </Button>
      )}
    </footer>
  );
});
