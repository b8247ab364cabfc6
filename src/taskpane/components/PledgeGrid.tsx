import {
  Caption1,
  mergeClasses,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import {
  memo,
  startTransition,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type Dispatch,
  type KeyboardEvent,
} from 'react';
import { type DeductionArticle } from '../../core';
import { displayLocale, formatMillions, formatNumber } from '../locale';
import { moveInGrid, pastedBlock, TAB_LEFT_TO_THE_BROWSER } from '../gridKeys';
import { readGridValue } from '../gridPaste';
import type { ResultRow, ResultsOutcome } from '../results';
import type { Action, PaneState, PledgeAmountField } from '../state';
import { useRowsInView } from '../shell/rowsInView';
import { sentenceInWords } from '../../report/words/issueWords';
import { outcomeInWords } from '../outcomeWords';
import { useWords } from '../words';
import { useHeldInView } from './heldInView';
import {
  COLUMN_HEADERS,
  COLUMN_SETS,
  PASTE_TARGETS,
  useTypedColumnWidths,
  type ColumnSet,
} from './gridColumns';
import { PledgeGridRow, useGridStyles } from './PledgeGridRow';
import { useTableStyles } from './tableStyles';

export type { ColumnSet };

/** Which columns the grid shows: not redrawn on every keystroke in it. */
const ColumnChoice = memo(function ColumnChoice({
  set,
  onChoose,
}: {
  readonly set: ColumnSet;
  readonly onChoose: (set: ColumnSet) => void;
}) {
  const w = useWords();
  return (
    <RadioGroup
      layout="horizontal"
      // Wraps at 350 px instead of widening the pane.
      style={{ flexWrap: 'wrap' }}
      aria-label={w.t('grid.columnsShown')}
      value={set}
      onChange={(_, x) => onChoose(x.value as ColumnSet)}
    >
      {COLUMN_SETS.map((k) => (
        <Radio key={k} value={k} label={w.t(`grid.set.${k}`)} />
      ))}
    </RadioGroup>
  );
});

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly results: ResultsOutcome;
  /** A fixed column set (the Scenario tab shows only deductions); else the analyst switches. */
  readonly only?: ColumnSet;
  readonly locale?: string;
}

/**
 * One row per participating state: its pledges (Art. 56(2)), offsets (Art. 63), deduction and basis
 * (Art. 61, 62) typed in place, with its fair share (Art. 57(3)) beside them and the balance
 * computed as the analyst types, by the same report the Balance sheet is written from.
 */
export function PledgeGrid({ state, dispatch, results, only, locale: given }: Props) {
  const s = useGridStyles();
  // Headers wrap as the pane's other tables' do, by syllable where the browser can ("Relocalisations").
  const t = useTableStyles();
  const w = useWords();
  const locale = useMemo(() => given ?? displayLocale(), [given]);
  const [chosen, setChosen] = useState<ColumnSet>('people');
  const set = only ?? chosen;
  const d = state.scenario;
  const round = state.pledging;
  const byCode = new Map<string, ResultRow>(
    results.ok ? results.results.rows.map((r) => [r.code, r]) : [],
  );
  const pledgeOf = (code: string) => round?.pledges.find((p) => p.code === code);
  const deductionOf = (code: string) => d.deductions.find((x) => x.code === code);
  // Art. 61 for a state found under migratory pressure, else Art. 62 (significant situation).
  const defaultArticle = (code: string): DeductionArticle =>
    d.categories[code]?.includes('under-pressure') ? 61 : 62;

  // Values pasted and refused, shown in their cells with why (issue 16).
  const [marks, setMarks] = useState<Record<string, { text: string; message: string }>>({});
  const [pasted, setPasted] = useState('');
  const grid = useRef<HTMLDivElement>(null);
  // Cells reached by the keyboard scroll clear of the sticky header: it reserves its height.
  const heldTop = useHeldInView('top');

  const [first, second] = COLUMN_HEADERS[set].map((key) => w.t(key));
  const [firstWidth, secondWidth] = useTypedColumnWidths(set);
  // At 350 px the grid starts below the fold: its first rows paint with the tab, the rest after.
  const rowsInView = useRowsInView(d.participants, 8);

  /** A block copied from Excel, pasted down and across from the focused cell. */
  const paste = (e: ClipboardEvent<HTMLDivElement>) => {
    const block = pastedBlock(e);
    if (!block) return;
    const { row } = block;
    const targets = PASTE_TARGETS[set];
    const amounts: { code: string; field: PledgeAmountField; value: number }[] = [];
    const deductions: { code: string; share: number; article: DeductionArticle }[] = [];
    const refused: Record<string, { text: string; message: string }> = {};
    let outside = 0;
    for (const { row: at, col, raw } of block.cells) {
      const code = d.participants[at];
      const target = targets[col];
      if (!code || !target) {
        if (raw.trim() !== '') outside += 1;
        continue;
      }
      const read = readGridValue(raw, locale, target.rule);
      if (!read.ok) {
        refused[`${code}:${target.field}`] = { text: raw, message: sentenceInWords(w, read.why) };
      } else if (target.field === 'deduction')
        deductions.push({
          code,
          share: read.value / 100,
          article: deductionOf(code)?.article ?? defaultArticle(code),
        });
      else amounts.push({ code, field: target.field, value: read.value });
    }
    setMarks(refused);
    dispatch({ type: 'gridPaste', amounts, deductions });
    const n = Object.keys(refused).length;
    const from = w.state(d.participants[row] ?? '');
    setPasted(
      [
        w.t('grid.pasted', {
          n: formatNumber(amounts.length + deductions.length, locale),
          state: from,
        }),
        n > 0 ? w.t('grid.refused', { n: formatNumber(n, locale) }) : '',
        outside > 0 ? w.t('grid.outside', { n: formatNumber(outside, locale) }) : '',
        w.t('grid.undo'),
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  /** Enter and Shift+Enter move down and up, the arrows across and down, as in Excel. */
  const move = (e: KeyboardEvent<HTMLDivElement>) => moveInGrid(e, grid.current);
  const outcomeLabel = w.t(set === 'deduction' ? 'grid.afterDeduction' : 'grid.balance');

  // The column totals: what the grid adds up to, as the Pledges table's totals row.
  const pledges = round?.pledges ?? [];
  const add = (f: PledgeAmountField) => pledges.reduce((t, p) => t + p[f], 0);
  const rows = results.ok ? results.results.rows : [];
  const totals: Record<ColumnSet, [string, string]> = {
    people: [formatNumber(add('relocations'), locale), formatNumber(add('financialEur'), locale)],
    alternatives: [formatNumber(add('alternativeEur'), locale), ''],
    offsets: [
      formatNumber(add('offsets'), locale),
      w.t('grid.benefittingTotal', {
        n: formatNumber(rows.filter((r) => r.benefitting).length, locale),
      }),
    ],
    deduction: ['', ''],
  };
  const contributing = rows.filter((r) => typeof r.balanceEur === 'number');
  const totalOutcome =
    set === 'deduction'
      ? results.ok
        ? formatMillions(results.results.effectiveEur, locale)
        : '—'
      : contributing.length > 0
        ? formatMillions(
            contributing.reduce((t, r) => t + (r.balanceEur ?? 0), 0),
            locale,
            true,
          )
        : '—';

  return (
    <div
      className={s.wrap}
      ref={grid}
      onPaste={paste}
      onKeyDown={move}
      {...TAB_LEFT_TO_THE_BROWSER}
      // Each cell entered is an undo step of its own.
      onFocus={(e) => {
        const at = e.target as HTMLElement;
        if (at.dataset.row === undefined) return;
        // Not drawn before the focus itself: the pane's state changes, nothing on screen does.
        startTransition(() => dispatch({ type: 'checkpoint' }));
      }}
    >
      {!only && <ColumnChoice set={set} onChoose={setChosen} />}
      {!results.ok && (
        <Caption1 role="status">
          {w.t('grid.noBalance', { message: outcomeInWords(w, results) })}
        </Caption1>
      )}
      <Caption1 role="status" aria-live="polite">
        {pasted}
      </Caption1>
      <Table
        size="extra-small"
        className={s.table}
        aria-label={w.t('grid.perState', { set: w.t(`grid.set.${set}`) })}
      >
        <TableHeader ref={heldTop} className={s.sticky}>
          <TableRow>
            <TableHeaderCell
              className={mergeClasses(s.state, set === 'deduction' && s.narrowState, t.header)}
            >
              {w.t('grid.state')}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(firstWidth, t.header)}>
              {first}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(secondWidth, t.header)}>
              {second}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(s.outcome, t.header)}>
              {outcomeLabel}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rowsInView.map((code, i) => (
            <PledgeGridRow
              key={code}
              code={code}
              index={i}
              set={set}
              pledge={pledgeOf(code)}
              description={round?.descriptions[code]}
              deduction={deductionOf(code)}
              defaultArticle={defaultArticle(code)}
              result={byCode.get(code)}
              marks={marks}
              locale={locale}
              dispatch={dispatch}
            />
          ))}
          <TableRow className={s.total}>
            <TableCell className={s.cell}>
              <Text size={200} weight="semibold" className={s.name}>
                {w.t('grid.total')}
              </Text>
              {results.ok && (
                <Caption1 className={s.number}>
                  {set === 'people' || set === 'offsets'
                    ? w.t('grid.toRelocate', {
                        n: formatNumber(results.results.totals.relocations, locale),
                      })
                    : formatMillions(results.results.totals.financialEur, locale)}
                </Caption1>
              )}
            </TableCell>
            {totals[set].map((t, i) => (
              <TableCell key={i} className={mergeClasses(s.cell, s.totalNumber)}>
                {t}
              </TableCell>
            ))}
            <TableCell className={mergeClasses(s.cell, s.outcome)}>
              <span className={s.number}>{totalOutcome}</span>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
