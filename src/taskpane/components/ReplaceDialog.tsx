import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { replacingTitle, type Replaced, type ReplacingAction } from '../replacing';
import { useWords } from '../words';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  /** What is about to happen: its title says it, the pool by its name. */
  readonly action: ReplacingAction;
  readonly replaced: readonly Replaced[];
  readonly onDecide: (decision: 'keep' | 'replace' | 'cancel') => void;
}

/** Before a pool, a saved scenario or a round replaces what the analyst entered: keep it, replace it, or stop. */
export function ReplaceDialog({ action, replaced, onDecide }: Props) {
  const s = useStyles();
  const w = useWords();
  const list = (rs: readonly Replaced[]) => rs.map((r) => r.say(w)).join(w.t('replace.separator'));
  const keepable = replaced.filter((r) => r.keepable);
  const comes = replaced.filter((r) => !r.keepable);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDecide('cancel')}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{replacingTitle(action, w)}</DialogTitle>
          <DialogContent>
            <Text block>{w.t('replace.intro')}</Text>
            <ul className={s.list}>
              {replaced.map((r) => (
                <li key={r.say(w)}>
                  <Text size={200}>{r.say(w)}</Text>
                </li>
              ))}
            </ul>
            {keepable.length > 0 && comes.length > 0 && (
              <Text block size={200}>
                {w.t('replace.keeping', { kept: list(keepable), comes: list(comes) })}
              </Text>
            )}
            <Text block size={200}>
              {w.t('replace.eitherWay')}
            </Text>
          </DialogContent>
          <DialogActions fluid>
            {keepable.length > 0 && (
              <Button appearance="primary" onClick={() => onDecide('keep')}>
                {w.t('replace.keep')}
              </Button>
            )}
            <Button
              appearance={keepable.length > 0 ? 'secondary' : 'primary'}
              onClick={() => onDecide('replace')}
            >
              {w.t('replace.replace')}
            </Button>
            <Button appearance="subtle" onClick={() => onDecide('cancel')}>
              {w.t('replace.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
