import {
  Caption1,
  Input,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { CheckedRecord, ImplementationRecord } from '../../core';
import { moveInGrid, pastedBlock, TAB_LEFT_TO_THE_BROWSER } from '../gridKeys';
import { displayLocale, formatNumber } from '../locale';
import { useWords } from '../words';
import {
  EMPTY_ROW,
  pasteIntoRows,
  readRecordRows,
  RECORD_COLUMNS,
  rowOfRecord,
  type RecordColumn,
  type RecordRow,
} from '../recordsGrid';
import { useStillFocusStyles } from './stillFocus';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { tableLayout: 'fixed', width: '100%' },
  cell: { paddingLeft: '1px', paddingRight: '1px', paddingTop: 0, paddingBottom: 0 },
  input: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  // The room of a narrow cell for its text (issue 16: no figure cut).
  text: { paddingLeft: '4px', paddingRight: '4px' },
  refused: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: '-2px',
  },
  flagged: { outline: `2px solid ${tokens.colorPaletteDarkOrangeBorder2}`, outlineOffset: '-2px' },
  message: { display: 'block', fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1 },
  finding: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // At 350 px each shows its longest entry whole: "2026-07-20", "DE", "alternative", and an
  // amount in euros up to "1300000000" (a billion and more).
  date: { width: '24%' },
  code: { width: '11%' },
  type: { width: '24%' },
  amount: { width: '30%' },
});

const PLACEHOLDERS: Readonly<Record<RecordColumn, string>> = {
  date: '2026-09-14',
  contributing: 'DE',
  benefitting: 'IT',
  type: 'relocation',
  amount: '0',
};

interface Props {
  /** The records as loaded (from the example, a file or the workbook): the grid starts from them. */
  readonly initial: readonly ImplementationRecord[];
  readonly participants: readonly string[];
  /** The records of the complete rows, each time a cell changes. */
  readonly onRecords: (records: readonly ImplementationRecord[]) => void;
  /** The records as the core checked them (Art. 57(1), 58(1), 59(4), 60(3), 60(6)), in order. */
  readonly checked: readonly CheckedRecord[] | undefined;
  readonly locale?: string;
}

interface Steps {
  readonly past: readonly (readonly RecordRow[])[];
  readonly present: readonly RecordRow[];
  readonly future: readonly (readonly RecordRow[])[];
  /** The cell last edited: keystrokes in one cell are one step, as in Excel. */
  readonly editing?: string;
}

/**
 * The implementation records typed or pasted in place (issue 16's grid rules): a block copied
 * from Excel pastes down and across, in the separators of the analyst's Excel; a refused cell is
 * marked where it is, with why, and its row is left out until it is fixed, while the other rows
 * count; a record the core flags (towards a state that is not benefitting, of a type not pledged,
 * beyond the pledge) says so under its row with the article. Enter, Shift+Enter, Tab and the
 * arrows move; Escape restores the cell; Ctrl+Z and Ctrl+Y undo and redo the grid's edits.
 */
export function RecordsGrid({ initial, participants, onRecords, checked, locale: given }: Props) {
  const s = useStyles();
  const still = useStillFocusStyles().still;
  const w = useWords();
  const locale = useMemo(() => given ?? displayLocale(), [given]);
  const n = (v: number) => formatNumber(v, locale);
  const header = (c: RecordColumn) => w.t(`implementation.grid.${c}`);
  const [steps, setSteps] = useState<Steps>(() => ({
    past: [],
    present: initial.map((r) => rowOfRecord(r, locale)),
    future: [],
  }));
  const [said, setSaid] = useState('');
  const grid = useRef<HTMLDivElement>(null);
  const atFocus = useRef<string>('');
  const rows = steps.present;
  const read = useMemo(
    () => readRecordRows(rows, participants, locale, w),
    [rows, participants, locale, w],
  );
  const findingsAt = new Map<number, CheckedRecord>();
  if (checked) read.rowOf.forEach((row, k) => checked[k] && findingsAt.set(row, checked[k]));

  const commit = (next: readonly RecordRow[], cell?: string) => {
    setSteps((h) => ({
      past: cell && cell === h.editing ? h.past : [...h.past, h.present].slice(-100),
      present: next,
      future: [],
      ...(cell ? { editing: cell } : {}),
    }));
    onRecords(readRecordRows(next, participants, locale, w).records);
  };
  const edit = (row: number, column: RecordColumn, value: string) => {
    const next = [...rows];
    while (next.length <= row) next.push(EMPTY_ROW);
    next[row] = { ...next[row]!, [column]: value };
    commit(next, `${row}:${column}`);
  };
  const step = (back: boolean) => {
    const h = steps;
    const from = back ? h.past : h.future;
    const to = from[from.length - 1];
    if (!to)
      return setSaid(
        w.t(back ? 'implementation.grid.nothingToUndo' : 'implementation.grid.nothingToRedo'),
      );
    setSteps({
      past: back ? h.past.slice(0, -1) : [...h.past, h.present],
      present: to,
      future: back ? [h.present, ...h.future] : h.future.slice(1),
    });
    onRecords(readRecordRows(to, participants, locale, w).records);
    setSaid(w.t(back ? 'implementation.grid.undone' : 'implementation.grid.redone'));
  };

  const paste = (e: ClipboardEvent<HTMLDivElement>) => {
    const block = pastedBlock(e);
    if (!block) return;
    const { rows: next, outside } = pasteIntoRows(rows, block.cells);
    commit(next);
    const result = readRecordRows(next, participants, locale, w);
    const touched = new Set(block.cells.map((c) => c.row));
    const refused = Object.keys(result.refused).filter((k) => touched.has(Number(k.split(':')[0])));
    setSaid(
      [
        w.t('implementation.grid.pasted', { rows: n(touched.size) }),
        refused.length > 0 ? w.t('implementation.grid.refused', { cells: n(refused.length) }) : '',
        outside > 0 ? w.t('implementation.grid.outside', { values: n(outside) }) : '',
        w.t('implementation.grid.undoPaste'),
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  const keys = (e: KeyboardEvent<HTMLDivElement>) => {
    const k = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (k === 'z' || k === 'y')) {
      // The grid's own steps, not the pane's (which does not hold the records).
      e.preventDefault();
      e.stopPropagation();
      step(k === 'z' && !e.shiftKey);
      return;
    }
    const at = e.target as HTMLInputElement;
    if (e.key === 'Escape' && at.dataset.row !== undefined) {
      // Escape restores the cell as it was when the analyst entered it, as in Excel.
      const column = RECORD_COLUMNS[Number(at.dataset.col)]!;
      edit(Number(at.dataset.row), column, atFocus.current);
      return;
    }
    moveInGrid(e, grid.current);
  };

  // One empty row at the end, for the next record.
  const shown = [...rows, EMPTY_ROW];
  return (
    <div
      className={s.wrap}
      ref={grid}
      onPaste={paste}
      onKeyDown={keys}
      {...TAB_LEFT_TO_THE_BROWSER}
      onFocus={(e) => {
        const at = e.target as HTMLInputElement;
        if (at.dataset.row === undefined) return;
        atFocus.current = at.value;
        // A new cell entered is a new step.
        setSteps((h) => {
          const { editing: _done, ...rest } = h;
          return rest;
        });
      }}
    >
      <Caption1 role="status" aria-live="polite">
        {said}
      </Caption1>
      <Table size="extra-small" className={s.table} aria-label={w.t('implementation.grid.table')}>
        <TableHeader>
          <TableRow>
            {RECORD_COLUMNS.map((c) => (
              <TableHeaderCell
                key={c}
                className={mergeClasses(
                  c === 'date' && s.date,
                  (c === 'contributing' || c === 'benefitting') && s.code,
                  c === 'type' && s.type,
                  c === 'amount' && s.amount,
                )}
              >
                {header(c)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.flatMap((row, i) => {
            const checkedRow = findingsAt.get(i);
            const flagged = checkedRow && checkedRow.findings.length > 0;
            const problems = RECORD_COLUMNS.flatMap((c) => {
              const why = read.refused[`${i}:${c}`];
              return why ? [`${header(c)}: ${why}`] : [];
            });
            const noteId = `record-${i}-note`;
            const described = problems.length > 0 || flagged;
            const lines = [
              <TableRow key={`r${i}`}>
                {RECORD_COLUMNS.map((c, j) => {
                  const refused = read.refused[`${i}:${c}`];
                  return (
                    <TableCell key={c} className={s.cell}>
                      <Input
                        size="small"
                        className={mergeClasses(
                          s.input,
                          still,
                          refused && s.refused,
                          !refused && flagged && c === 'amount' && s.flagged,
                        )}
                        {...{ 'data-row': i, 'data-col': j }}
                        {...(c === 'amount' ? { inputMode: 'decimal' as const } : {})}
                        {...(refused ? { 'aria-invalid': true } : {})}
                        {...(described ? { 'aria-describedby': noteId } : {})}
                        aria-label={w.t(`implementation.grid.label.${c}`, { n: n(i + 1) })}
                        placeholder={i === rows.length ? PLACEHOLDERS[c] : undefined}
                        input={{ className: s.text }}
                        value={row[c]}
                        // The whole entry on hover, as on focus.
                        title={row[c] || undefined}
                        onChange={(_, d) => edit(i, c, d.value)}
                      />
                    </TableCell>
                  );
                })}
              </TableRow>,
            ];
            if (described)
              lines.push(
                <TableRow key={`n${i}`}>
                  <TableCell colSpan={RECORD_COLUMNS.length} className={s.cell}>
                    <span id={noteId}>
                      {problems.map((p) => (
                        <span key={p} className={mergeClasses(s.message, s.error)}>
                          {p}
                        </span>
                      ))}
                      {checkedRow?.findings.map((f) => (
                        <span key={f.code} className={mergeClasses(s.message, s.finding)}>
                          {w.t(`implementation.finding.${f.code}`)}
                        </span>
                      ))}
                    </span>
                  </TableCell>
                </TableRow>,
              );
            return lines;
          })}
        </TableBody>
      </Table>
    </div>
  );
}
