import {
  Button,
  Caption1,
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
import type { EditConflict } from '../../excel';
import { formatCell, formatYours } from '../shell/cellFormat';

const SHOWN = 50;

const useStyles = makeStyles({
  // A keyboard user scrolls it too: it takes focus (axe: scrollable-region-focusable).
  region: {
    maxHeight: '40vh',
    overflowY: 'auto',
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  list: {
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { listStyleType: 'none' },
  values: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    fontVariantNumeric: 'tabular-nums',
    overflowWrap: 'anywhere',
  },
  choices: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  readonly conflicts: readonly EditConflict[];
  readonly onDecide: (decision: 'replace' | 'beside' | 'cancel') => void;
}

/** Cells the analyst edited in the tool's tables: replace them, write beside them, or stop. */
export function ConflictDialog({ conflicts, onDecide }: Props) {
  const s = useStyles();
  const sheets = [...new Set(conflicts.map((c) => c.sheet))];
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDecide('cancel')}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {conflicts.length === 1 ? 'A cell you edited' : `${conflicts.length} cells you edited`}{' '}
            would be replaced
          </DialogTitle>
          <DialogContent>
            <Text block>Nothing has been written yet. Your value against the tool’s:</Text>
            <div
              className={s.region}
              tabIndex={0}
              role="region"
              aria-label="Your edits, cell by cell"
            >
              <ul className={s.list}>
                {conflicts.slice(0, SHOWN).map((c) => (
                  <li key={`${c.sheet}!${c.address}`} className={s.item}>
                    <Caption1 block>
                      {c.where} ({c.address})
                    </Caption1>
                    <Text size={200} className={s.values}>
                      <span>Yours</span>
                      <strong>
                        {c.yoursValue !== undefined
                          ? `${formatCell(c.yoursValue, c.numberFormat)} (your formula ${c.yours})`
                          : formatYours(c.yours, c.numberFormat)}
                      </strong>
                      <span>Tool</span>
                      <span>
                        {c.toolValue !== undefined
                          ? formatCell(c.toolValue, c.numberFormat)
                          : c.tool}
                      </span>
                    </Text>
                  </li>
                ))}
              </ul>
              {conflicts.length > SHOWN && (
                <Caption1>and {conflicts.length - SHOWN} more.</Caption1>
              )}
            </div>
            <ul className={s.choices}>
              <li>
                <Text size={200}>
                  <strong>Keep my edits</strong>: your sheets stay as they are; the tables go to new
                  sheets numbered after their names (such as “{sheets[0]} (2)”), and from then on
                  every write updates those new sheets.
                </Text>
              </li>
              <li>
                <Text size={200}>
                  <strong>Replace</strong>: the tool’s values go back into these cells.
                </Text>
              </li>
            </ul>
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => onDecide('beside')}>
              Keep my edits, write new sheets
            </Button>
            <Button onClick={() => onDecide('replace')}>Replace my edits</Button>
            <Button appearance="subtle" onClick={() => onDecide('cancel')}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
