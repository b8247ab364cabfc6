import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { EditConflict } from '../../excel';

const SHOWN = 12;

interface Props {
  readonly conflicts: readonly EditConflict[];
  readonly onDecide: (decision: 'replace' | 'beside' | 'cancel') => void;
}

/** Cells the analyst edited in the tool's tables: replace them, write beside them, or stop. */
export function ConflictDialog({ conflicts, onDecide }: Props) {
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDecide('cancel')}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {conflicts.length === 1 ? 'A cell you edited' : `${conflicts.length} cells you edited`}{' '}
            would be replaced
          </DialogTitle>
          <DialogContent>
            <Text block>Nothing has been written yet. Your edits:</Text>
            <Table size="extra-small" aria-label="Your edits in the tool's tables">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Cell</TableHeaderCell>
                  <TableHeaderCell>Yours</TableHeaderCell>
                  <TableHeaderCell>New</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {conflicts.slice(0, SHOWN).map((c) => (
                  <TableRow key={`${c.sheet}!${c.address}`}>
                    <TableCell>
                      {c.address}: {c.where}
                    </TableCell>
                    <TableCell>{c.yours}</TableCell>
                    <TableCell>{c.tool}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {conflicts.length > SHOWN && (
              <Text size={200}>and {conflicts.length - SHOWN} more.</Text>
            )}
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
