import { Button, makeStyles } from '@fluentui/react-components';
import { useWords } from '../words';

const useStyles = makeStyles({ group: { marginLeft: 'auto', display: 'flex' } });

/** Fluent's ArrowUndo and ArrowRedo glyphs, inline (one path each). */
function Arrow({ redo }: { redo?: boolean }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      style={redo ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path
        fill="currentColor"
        d="M4 3.5a.5.5 0 0 1 1 0v4.8l3.6-3.2A6 6 0 1 1 6.3 15a.5.5 0 1 1 .6-.8 5 5 0 1 0 1.4-8.3L5.3 8.5H9.5a.5.5 0 0 1 0 1h-5A.5.5 0 0 1 4 9V3.5Z"
      />
    </svg>
  );
}

interface Props {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/** Undo and redo of what the analyst entered, always in the header (also Ctrl+Z and Ctrl+Y). */
export function UndoButtons({ canUndo, canRedo, onUndo, onRedo }: Props) {
  const s = useStyles();
  const w = useWords();
  return (
    <div className={s.group}>
      <Button
        size="small"
        appearance="subtle"
        icon={<Arrow />}
        disabled={!canUndo}
        aria-label={w.t('shell.undo')}
        title={w.t('shell.undo')}
        aria-keyshortcuts="Control+Z"
        onClick={onUndo}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<Arrow redo />}
        disabled={!canRedo}
        aria-label={w.t('shell.redo')}
        title={w.t('shell.redo')}
        aria-keyshortcuts="Control+Y"
        onClick={onRedo}
      />
    </div>
  );
}
