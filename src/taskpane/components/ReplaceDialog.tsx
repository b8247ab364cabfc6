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
import type { Replaced } from '../replacing';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  readonly title: string;
  readonly replaced: readonly Replaced[];
  readonly onDecide: (decision: 'keep' | 'replace' | 'cancel') => void;
}

/** Before a pool, a saved scenario or a round replaces what the analyst entered: keep it, replace it, or stop. */
export function ReplaceDialog({ title, replaced, onDecide }: Props) {
  const s = useStyles();
  const keepable = replaced.filter((r) => r.keepable);
  const comes = replaced.filter((r) => !r.keepable);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDecide('cancel')}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <Text block>This replaces what you entered:</Text>
            <ul className={s.list}>
              {replaced.map((r) => (
                <li key={r.words}>
                  <Text size={200}>{r.words}</Text>
                </li>
              ))}
            </ul>
            {keepable.length > 0 && comes.length > 0 && (
              <Text block size={200}>
                Keeping keeps {keepable.map((r) => r.words).join('; ')};{' '}
                {comes.map((r) => r.words).join('; ')} come from the new choice.
              </Text>
            )}
            <Text block size={200}>
              Either way, Undo (Ctrl+Z) brings the present state back.
            </Text>
          </DialogContent>
          <DialogActions fluid>
            {keepable.length > 0 && (
              <Button appearance="primary" onClick={() => onDecide('keep')}>
                Keep what I entered
              </Button>
            )}
            <Button
              appearance={keepable.length > 0 ? 'secondary' : 'primary'}
              onClick={() => onDecide('replace')}
            >
              Replace it
            </Button>
            <Button appearance="subtle" onClick={() => onDecide('cancel')}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
