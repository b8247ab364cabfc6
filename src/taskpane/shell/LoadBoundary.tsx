import { makeStyles, tokens } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { useWords } from '../words';

interface State {
  readonly failed?: Error;
}

// Drawn as Fluent's error message bar is, without it: this is in the first paint, and Fluent's
// MessageBar (and its motion) would ship there for a message that shows only when a chunk fails.
const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

function LoadFailed({ error }: { readonly error: Error }) {
  const s = useStyles();
  const w = useWords();
  return (
    <div role="alert" className={s.bar}>
      <span className={s.title}>{w.t('shell.loadFailed.title')}</span>
      <span>{w.t('shell.loadFailed.body', { message: error.message })}</span>
    </div>
  );
}

/**
 * Around a part of the pane that loads as its own chunk: if it cannot arrive (the add-in's host
 * unreachable for a moment), that part says so and what to do; the rest of the pane keeps working.
 */
export class LoadBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(failed: Error): State {
    return { failed };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <LoadFailed error={this.state.failed} />;
  }
}
