import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { ReadIssue } from '../../data';

const SHOWN = 50;

/** Problems found in imported data, by row and column, errors first. */
export function IssueList({ issues }: { readonly issues: readonly ReadIssue[] }) {
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? a.line - b.line : a.severity === 'error' ? -1 : 1,
  );
  return (
    <>
      <Table size="extra-small" aria-label="Problems found in the data">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '3.5rem' }}>Row</TableHeaderCell>
            <TableHeaderCell style={{ width: '4.5rem' }}>Column</TableHeaderCell>
            <TableHeaderCell>Problem</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.slice(0, SHOWN).map((i, n) => (
            <TableRow key={n}>
              <TableCell>{i.line}</TableCell>
              <TableCell>{i.column}</TableCell>
              <TableCell>
                {i.severity === 'error' ? 'Error: ' : 'Note: '}
                {i.message}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {sorted.length > SHOWN && <Text size={200}>and {sorted.length - SHOWN} more.</Text>}
    </>
  );
}
