import {
  Caption1,
  Checkbox,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import {
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type Dispatch,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { stateName, type DeductionArticle } from '../../core';
import { obligationText, POSITION_TEXT } from '../../report';
import { displayLocale, formatMillions, formatNumber } from '../locale';
import { moveInGrid, pastedBlock } from '../gridKeys';
import { readGridValue, type CellRule } from '../gridPaste';
import type { ResultRow, ResultsOutcome } from '../results';
import type { Action, PaneState, PledgeAmountField } from '../state';
import { useWords } from '../words';
import { NumberField } from './NumberField';

/**
 * A cell reached by the keyboard scrolls clear of what is held at the bottom of the pane (the pool
 * summary): the browser scrolls a focused field into view, not out from under a sticky block.
 */
function keepClearOfSummary(cell: HTMLElement): void {
  const cover = document.querySelector('[data-sticky-bottom]');
  if (!cover) return;
  const top = cover.getBoundingClientRect().top;
  const bottom = cell.getBoundingClientRect().bottom;
  if (bottom > top - 4) cell.closest('main')?.scrollBy({ top: bottom - top + 8 });
}

/** Pledged persons are whole (Art. 56(2)(a), Art. 63). */
const WHOLE = new Set<PledgeAmountField>(['relocations', 'offsets']);

/** The cells a pasted block fills, column by column, for each column set. */
const PASTE_TARGETS: Readonly<
  Record<
    ColumnSet,
    readonly ({ field: PledgeAmountField | 'deduction'; rule: CellRule } | undefined)[]
  >
> = {
  people: [
    { field: 'relocations', rule: { whole: true } },
    { field: 'financialEur', rule: {} },
  ],
  alternatives: [{ field: 'alternativeEur', rule: {} }],
  offsets: [{ field: 'offsets', rule: { whole: true } }],
  deduction: [{ field: 'deduction', rule: { max: 100 } }],
};

/** At 350 px seven columns do not fit: the grid shows the state, two columns and the outcome. */
export type ColumnSet = 'people' | 'alternatives' | 'offsets' | 'deduction';

/** The column sets, in the order offered; their names are the catalogue's (grid.set.*). */
export const COLUMN_SETS: readonly ColumnSet[] = ['people', 'alternatives', 'offsets', 'deduction'];

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { tableLayout: 'fixed', width: '100%' },
  state: { width: '27%' },
  outcome: { width: '19%', textAlign: 'end' },
  // The deduction's basis needs room for "Art. 61" beside its chevron.
  narrowState: { width: '23%' },
  cell: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: '2px',
    paddingRight: '2px',
    // A field reached by keyboard scrolls clear of the sticky column headers.
    scrollMarginTop: '5rem',
    // ... and clear of the pool summary held at the bottom of the Pledges tab.
    scrollMarginBottom: '10rem',
  },
  header: { whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200 },
  text: { minWidth: 0, width: '100%', boxSizing: 'border-box' },
  total: { borderTop: `2px solid ${tokens.colorNeutralStroke1}` },
  totalNumber: {
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeBase200,
  },
  // The column headers stay in sight while 26 rows scroll under them.
  sticky: {
    position: 'sticky',
    // Flush with the top of the scrolling body (its padding), so no row shows above the headers.
    top: `calc(-1 * ${tokens.spacingVerticalM})`,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  name: { display: 'block', overflowWrap: 'anywhere' },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  shortfall: { color: tokens.colorPaletteRedForeground1 },
  surplus: { color: tokens.colorPaletteGreenForeground1 },
  // Fluent's cell hides overflow: a focused input inside must still show its ring.
  focusable: { ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
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
  const s = useStyles();
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

  const rowOf = new Map(d.participants.map((code, i) => [code, i]));
  // Values pasted and refused, shown in their cells with why (issue 16).
  const [marks, setMarks] = useState<Record<string, { text: string; message: string }>>({});
  const [pasted, setPasted] = useState('');
  const grid = useRef<HTMLDivElement>(null);

  const amount = (code: string, field: PledgeAmountField, label: string, col = 0) => {
    const v = pledgeOf(code)?.[field];
    const whole = WHOLE.has(field);
    return (
      <NumberField
        ariaLabel={label}
        value={v ? v : undefined}
        placeholder="0"
        optional
        whole={whole}
        digits={whole ? 0 : 2}
        cell={{ row: rowOf.get(code) ?? 0, col }}
        {...(marks[`${code}:${field}`] ? { mark: marks[`${code}:${field}`] } : {})}
        locale={locale}
        onClear={() => dispatch({ type: 'pledgeAmount', code, field, value: 0 })}
        onCommit={(value) => dispatch({ type: 'pledgeAmount', code, field, value })}
      />
    );
  };

  const columns: Record<ColumnSet, [string, string, (code: string) => [ReactNode, ReactNode]]> = {
    people: [
      w.t('grid.col.relocations'),
      w.t('grid.col.financial'),
      (code) => [
        amount(code, 'relocations', w.t('grid.aria.relocations', { state: stateName(code) })),
        amount(code, 'financialEur', w.t('grid.aria.financial', { state: stateName(code) }), 1),
      ],
    ],
    alternatives: [
      w.t('grid.col.alternative'),
      w.t('grid.col.what'),
      (code) => [
        amount(code, 'alternativeEur', w.t('grid.aria.alternative', { state: stateName(code) })),
        // A description wraps in full in its narrow column ("staff and equipment", never "staff
        // and"): a two-line text area, one line of text (a line break is read as a space).
        <Textarea
          key="description"
          size="small"
          rows={2}
          resize="vertical"
          className={s.text}
          aria-label={w.t('grid.aria.what', { state: stateName(code) })}
          value={round?.descriptions[code] ?? ''}
          onChange={(_, x) =>
            dispatch({ type: 'pledgeDescription', code, text: x.value.replace(/\r?\n/g, ' ') })
          }
        />,
      ],
    ],
    offsets: [
      w.t('grid.col.offsets'),
      w.t('grid.col.benefitting'),
      (code) => [
        amount(code, 'offsets', w.t('grid.aria.offsets', { state: stateName(code) })),
        <Checkbox
          key="benefitting"
          aria-label={w.t('grid.aria.benefitting', { state: stateName(code) })}
          checked={byCode.get(code)?.benefitting ?? false}
          onChange={(_, x) => dispatch({ type: 'benefitting', code, on: x.checked === true })}
        />,
      ],
    ],
    deduction: [
      w.t('grid.col.deduction'),
      w.t('grid.col.basis'),
      (code) => {
        const x = deductionOf(code);
        return [
          <NumberField
            key="share"
            ariaLabel={w.t('grid.aria.deduction', { state: stateName(code) })}
            value={x ? x.share * 100 : undefined}
            placeholder="0"
            optional
            max={100}
            unit="%"
            cell={{ row: rowOf.get(code) ?? 0, col: 0 }}
            {...(marks[`${code}:deduction`] ? { mark: marks[`${code}:deduction`] } : {})}
            locale={locale}
            onClear={() => dispatch({ type: 'removeDeduction', code })}
            onCommit={(v) =>
              v === 0
                ? dispatch({ type: 'removeDeduction', code })
                : dispatch({
                    type: 'deduction',
                    code,
                    share: v / 100,
                    article: x?.article ?? defaultArticle(code),
                  })
            }
          />,
          <Select
            key="basis"
            size="small"
            aria-label={w.t('grid.aria.basis', { state: stateName(code) })}
            disabled={!x}
            value={String(x?.article ?? defaultArticle(code))}
            onChange={(_, o) =>
              x &&
              dispatch({
                type: 'deduction',
                code,
                share: x.share,
                article: Number(o.value) as DeductionArticle,
              })
            }
          >
            <option value="61">Art. 61</option>
            <option value="62">Art. 62</option>
          </Select>,
        ];
      },
    ],
  };
  const [first, second, cells] = columns[set];

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
      if (!read.ok) refused[`${code}:${target.field}`] = { text: raw, message: read.message };
      else if (target.field === 'deduction')
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
    const from = stateName(d.participants[row] ?? '');
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

  const outcome = (r: ResultRow | undefined): ReactNode => {
    if (!r) return '—';
    // A state with its whole contribution deducted owes nothing: said in words, never "0.0 M".
    if (r.deductionShare >= 1 && !r.pledgedEur)
      return <Caption1>{w.t('grid.fullyDeducted')}</Caption1>;
    if (set === 'deduction')
      return <span className={s.number}>{formatMillions(r.effectiveEur, locale)}</span>;
    if (r.balanceEur === undefined) return '—';
    // Art. 60(3): no surplus or shortfall where a state is not obliged to implement.
    if (r.balanceEur === null)
      return (
        <Caption1 title={obligationText(r.notObligedBecause)}>{w.t('grid.notObliged')}</Caption1>
      );
    // Coloured by the position the Balance sheet writes (within half a person meets the share).
    const cls =
      r.position === 'shortfall' ? s.shortfall : r.position === 'surplus' ? s.surplus : undefined;
    return (
      <span className={mergeClasses(s.number, cls)} title={r.position && POSITION_TEXT[r.position]}>
        {formatMillions(r.balanceEur, locale, true)}
      </span>
    );
  };

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
      // Each cell entered is an undo step of its own.
      onFocus={(e) => {
        const at = e.target as HTMLElement;
        if (at.dataset.row === undefined) return;
        keepClearOfSummary(at);
        dispatch({ type: 'checkpoint' });
      }}
    >
      {!only && (
        <RadioGroup
          layout="horizontal"
          // Wraps at 350 px instead of widening the pane.
          style={{ flexWrap: 'wrap' }}
          aria-label={w.t('grid.columnsShown')}
          value={set}
          onChange={(_, x) => setChosen(x.value as ColumnSet)}
        >
          {COLUMN_SETS.map((k) => (
            <Radio key={k} value={k} label={w.t(`grid.set.${k}`)} />
          ))}
        </RadioGroup>
      )}
      {!results.ok && (
        <Caption1 role="status">{w.t('grid.noBalance', { message: results.message })}</Caption1>
      )}
      <Caption1 role="status" aria-live="polite">
        {pasted}
      </Caption1>
      <Table
        size="extra-small"
        className={s.table}
        aria-label={w.t('grid.perState', { set: w.t(`grid.set.${set}`) })}
      >
        <TableHeader className={s.sticky}>
          <TableRow>
            <TableHeaderCell
              className={mergeClasses(s.state, set === 'deduction' && s.narrowState, s.header)}
            >
              {w.t('grid.state')}
            </TableHeaderCell>
            <TableHeaderCell className={s.header}>{first}</TableHeaderCell>
            <TableHeaderCell className={s.header}>{second}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(s.outcome, s.header)}>
              {outcomeLabel}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {d.participants.map((code) => {
            const r = byCode.get(code);
            const [a, b] = cells(code);
            return (
              <TableRow key={code}>
                <TableCell className={s.cell}>
                  <Text size={200} weight="semibold" className={s.name}>
                    {stateName(code)}
                  </Text>
                  {r && (
                    <Caption1 className={s.number}>
                      {set === 'people' || set === 'offsets'
                        ? w.t('grid.toRelocate', { n: formatNumber(r.relocations, locale) })
                        : formatMillions(r.financialEur, locale)}
                    </Caption1>
                  )}
                </TableCell>
                <TableCell className={mergeClasses(s.cell, s.focusable)}>{a}</TableCell>
                <TableCell className={mergeClasses(s.cell, s.focusable)}>{b}</TableCell>
                <TableCell className={mergeClasses(s.cell, s.outcome)}>{outcome(r)}</TableCell>
              </TableRow>
            );
          })}
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
