import {
  Caption1,
  Checkbox,
  makeStyles,
  mergeClasses,
  Select,
  TableCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { memo, type Dispatch, type ReactNode } from 'react';
import { type DeductionArticle, type DeductionRequest, type Pledge } from '../../core';
import { obligationText, POSITION_TEXT } from '../../report';
import { formatMillions, formatNumber } from '../locale';
import type { ResultRow } from '../results';
import type { Action, PledgeAmountField } from '../state';
import { useWords } from '../words';
import { NumberField } from './NumberField';
import { useStillFocusStyles } from './stillFocus';

import type { ColumnSet } from './gridColumns';

export type { ColumnSet } from './gridColumns';

/** Pledged persons are whole (Art. 56(2)(a), Art. 63). */
export const WHOLE = new Set<PledgeAmountField>(['relocations', 'offsets']);

export type Marks = Readonly<Record<string, { readonly text: string; readonly message: string }>>;

export const useGridStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { tableLayout: 'fixed', width: '100%' },
  // The state's name and "4,806 to relocate" on a line each, the outcome's figure ("-96.1 M").
  state: { width: '30%' },
  outcome: { width: '18%', textAlign: 'end' },
  // The deduction's basis needs room for "Art. 61" beside its chevron.
  narrowState: { width: '23%' },
  cell: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: '2px',
    paddingRight: '2px',
  },
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
  // A figure with its words ("4,806 to relocate"): wraps between them rather than be cut.
  counted: { fontVariantNumeric: 'tabular-nums', display: 'block', overflowWrap: 'anywhere' },
  shortfall: { color: tokens.colorPaletteRedForeground1 },
  surplus: { color: tokens.colorPaletteGreenForeground1 },
  // Fluent's cell hides overflow: a focused input inside must still show its ring.
  focusable: { ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

interface Props {
  readonly code: string;
  /** The row's place in the grid, for Enter and the arrow keys. */
  readonly index: number;
  readonly set: ColumnSet;
  readonly pledge: Pledge | undefined;
  readonly description: string | undefined;
  readonly deduction: DeductionRequest | undefined;
  /** Art. 61 for a state found under migratory pressure, else Art. 62 (significant situation). */
  readonly defaultArticle: DeductionArticle;
  readonly result: ResultRow | undefined;
  /** Values pasted and refused, by `code:field`. */
  readonly marks: Marks;
  readonly locale: string;
  readonly dispatch: Dispatch<Action>;
}

/**
 * One state's row: drawn again only when what it shows changed (its pledge, deduction, figures or
 * marks), so a keystroke in one cell redraws that row, not the 26 (issue 16's keystroke budget);
 * where only its figures changed (the first pledge gives every row a balance), not its fields.
 */
export const PledgeGridRow = memo(function PledgeGridRow(props: Props) {
  const { code, set, result: r, locale } = props;
  const s = useGridStyles();
  const w = useWords();
  const outcome = (): ReactNode => {
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

  return (
    <TableRow>
      <TableCell className={s.cell}>
        <Text size={200} weight="semibold" className={s.name}>
          {w.state(code)}
        </Text>
        {r && (
          <Caption1 className={s.counted}>
            {set === 'people' || set === 'offsets'
              ? w.t('grid.toRelocate', { n: formatNumber(r.relocations, locale) })
              : formatMillions(r.financialEur, locale)}
          </Caption1>
        )}
      </TableCell>
      <TypedCells
        code={code}
        index={props.index}
        set={set}
        pledge={props.pledge}
        description={props.description}
        deduction={props.deduction}
        defaultArticle={props.defaultArticle}
        benefitting={r?.benefitting ?? false}
        marks={props.marks}
        locale={locale}
        dispatch={props.dispatch}
      />
      <TableCell className={mergeClasses(s.cell, s.outcome)}>{outcome()}</TableCell>
    </TableRow>
  );
});

/** The two cells the analyst types in: drawn again when their values change, not the row's figures. */
const TypedCells = memo(function TypedCells({
  code,
  index,
  set,
  pledge,
  description,
  deduction: x,
  defaultArticle,
  benefitting,
  marks,
  locale,
  dispatch,
}: Omit<Props, 'result'> & { readonly benefitting: boolean }) {
  const s = useGridStyles();
  const still = useStillFocusStyles().still;
  const w = useWords();
  const st = { state: w.state(code) };
  const mark = (field: string) => marks[`${code}:${field}`];

  const amount = (field: PledgeAmountField, label: string, col = 0) => {
    const v = pledge?.[field];
    const whole = WHOLE.has(field);
    const m = mark(field);
    return (
      <NumberField
        ariaLabel={label}
        value={v ? v : undefined}
        placeholder="0"
        optional
        whole={whole}
        digits={whole ? 0 : 2}
        cell={{ row: index, col }}
        {...(m ? { mark: m } : {})}
        locale={locale}
        onClear={() => dispatch({ type: 'pledgeAmount', code, field, value: 0 })}
        onCommit={(value) => dispatch({ type: 'pledgeAmount', code, field, value })}
      />
    );
  };

  const cells = (): [ReactNode, ReactNode] => {
    switch (set) {
      case 'people':
        return [
          amount('relocations', w.t('grid.aria.relocations', st)),
          amount('financialEur', w.t('grid.aria.financial', st), 1),
        ];
      case 'alternatives':
        return [
          amount('alternativeEur', w.t('grid.aria.alternative', st)),
          // A description wraps in full in its narrow column ("staff and equipment", never "staff
          // and"): a two-line text area, one line of text (a line break is read as a space).
          <Textarea
            key="description"
            size="small"
            rows={2}
            resize="vertical"
            className={mergeClasses(s.text, still)}
            aria-label={w.t('grid.aria.what', st)}
            value={description ?? ''}
            onChange={(_, e) =>
              dispatch({ type: 'pledgeDescription', code, text: e.value.replace(/\r?\n/g, ' ') })
            }
          />,
        ];
      case 'offsets':
        return [
          amount('offsets', w.t('grid.aria.offsets', st)),
          <Checkbox
            key="benefitting"
            aria-label={w.t('grid.aria.benefitting', st)}
            checked={benefitting}
            onChange={(_, e) => dispatch({ type: 'benefitting', code, on: e.checked === true })}
          />,
        ];
      case 'deduction': {
        const m = mark('deduction');
        return [
          <NumberField
            key="share"
            ariaLabel={w.t('grid.aria.deduction', st)}
            value={x ? x.share * 100 : undefined}
            placeholder="0"
            optional
            max={100}
            unit="%"
            cell={{ row: index, col: 0 }}
            {...(m ? { mark: m } : {})}
            locale={locale}
            onClear={() => dispatch({ type: 'removeDeduction', code })}
            onCommit={(v) =>
              v === 0
                ? dispatch({ type: 'removeDeduction', code })
                : dispatch({
                    type: 'deduction',
                    code,
                    share: v / 100,
                    article: x?.article ?? defaultArticle,
                  })
            }
          />,
          <Select
            key="basis"
            size="small"
            aria-label={w.t('grid.aria.basis', st)}
            disabled={!x}
            value={String(x?.article ?? defaultArticle)}
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
      }
    }
  };

  const [a, b] = cells();
  return (
    <>
      <TableCell className={mergeClasses(s.cell, s.focusable)}>{a}</TableCell>
      <TableCell className={mergeClasses(s.cell, s.focusable)}>{b}</TableCell>
    </>
  );
});
