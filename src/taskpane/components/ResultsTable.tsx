import {
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import type { Words } from '../../report/words';
import { formatNumber, formatPercent } from '../locale';
import type { ResultRow } from '../results';
import { useRowsInView } from '../shell/rowsInView';
import { Amount } from './Amount';
import { exactPersons, fullShare, millions, wholeEuros } from './amounts';
import { useHeldInView } from './heldInView';
import { useTableStyles } from './tableStyles';

/** What a cell shows: an amount (short, and in full on focus and hover) or words. */
export type Shown =
  | { readonly amount: string; readonly full: string; readonly tone?: 'shortfall' }
  | { readonly words: string; readonly why?: string };

export interface Column {
  readonly id: string;
  readonly label: string;
  readonly value: (r: ResultRow) => number | string;
  readonly show: (r: ResultRow) => Shown;
}

export type Sort = { readonly id: string; readonly dir: 'ascending' | 'descending' };

/** Art. 60(3): a state not obliged to implement says so, in words, with its reason. */
function notObliged(r: ResultRow, w: Words): Shown | undefined {
  return r.notObligedBecause
    ? { words: w.t('results.notObliged'), why: w.t(`results.why.${r.notObligedBecause}`) }
    : undefined;
}

/**
 * The columns of a layout: fair shares, or deductions (and with pledges, the balance, and the
 * mandatory offsets once Art. 63(3) applies: before, no state owes any and the column would only
 * take the width the others need at 350 px).
 */
export function resultColumns(
  layout: 'shares' | 'effective',
  locale: string,
  round: { readonly pledges: boolean; readonly mandatoryOffsets: boolean },
  w: Words,
): Column[] {
  const { pledges } = round;
  const eur = (n: number) => w.t('results.full.eur', { amount: wholeEuros(n, locale) });
  const name: Column = {
    id: 'state',
    label: w.t('results.col.state'),
    value: (r) => w.state(r.code),
    show: (r) => ({ words: w.state(r.code) }),
  };
  if (layout === 'shares')
    return [
      name,
      {
        id: 'fairShare',
        label: w.t('results.col.fairShare'),
        value: (r) => r.fairShare,
        show: (r) => ({
          amount: formatPercent(r.fairShare, locale, 2),
          full: w.t('results.full.share', { share: fullShare(r.fairShare, locale) }),
        }),
      },
      {
        id: 'relocations',
        label: w.t('results.col.relocations'),
        value: (r) => r.relocations,
        show: (r) => ({
          amount: formatNumber(r.relocations, locale),
          full: w.t('results.full.relocations', { amount: exactPersons(r.relocations, locale) }),
        }),
      },
      {
        id: 'financialEur',
        label: w.t('results.col.eur'),
        value: (r) => r.financialEur,
        show: (r) => ({ amount: millions(r.financialEur, locale), full: eur(r.financialEur) }),
      },
    ];
  const fullyDeducted = (r: ResultRow) =>
    r.notObligedBecause === 'full-deduction-61' || r.notObligedBecause === 'full-deduction-62';
  return [
    name,
    {
      id: 'deduction',
      label: w.t('results.col.deducted'),
      value: (r) => r.deductionShare,
      show: (r) =>
        r.deductionShare > 0
          ? {
              amount: formatPercent(r.deductionShare, locale, 0),
              full: formatPercent(r.deductionShare, locale, 2),
            }
          : { words: '—', why: w.t('results.none') },
    },
    {
      id: 'effective',
      label: w.t('results.col.effective'),
      value: (r) => r.effectiveEur,
      // Art. 61, 62: nothing is left of a fully deducted contribution; say why, not "0.0".
      show: (r) =>
        fullyDeducted(r)
          ? { words: w.t('results.fullyDeducted'), why: w.t(`results.why.${r.notObligedBecause!}`) }
          : { amount: millions(r.effectiveEur, locale), full: eur(r.effectiveEur) },
    },
    ...(pledges
      ? [
          {
            id: 'balance',
            label: w.t('results.col.balance'),
            value: (r: ResultRow) => r.balanceEur ?? 0,
            // Art. 60(3): no surplus or shortfall where a state is not obliged.
            show: (r: ResultRow): Shown =>
              notObliged(r, w) ??
              (typeof r.balanceEur === 'number'
                ? {
                    amount: millions(r.balanceEur, locale, true),
                    full: w.t(
                      r.position === 'shortfall'
                        ? 'results.position.shortfall'
                        : r.position === 'surplus'
                          ? 'results.position.surplus'
                          : 'results.position.meets',
                      { eur: wholeEuros(r.balanceEur, locale, true) },
                    ),
                    ...(r.position === 'shortfall' ? { tone: 'shortfall' as const } : {}),
                  }
                : { words: w.t('results.notObliged') }),
          },
          ...(round.mandatoryOffsets
            ? [
                {
                  id: 'mandatory',
                  label: w.t('results.col.mandatory'),
                  value: (r: ResultRow) => r.mandatoryOffsets,
                  // The balance beside it already says, in words, who is not obliged.
                  show: (r: ResultRow): Shown =>
                    r.notObligedBecause
                      ? { words: '—', why: w.t(`results.why.${r.notObligedBecause}`) }
                      : {
                          amount: formatNumber(r.mandatoryOffsets, locale),
                          full: w.t('results.full.offsets', {
                            amount: formatNumber(r.mandatoryOffsets, locale, 2),
                          }),
                        },
                },
              ]
            : []),
        ]
      : [
          {
            id: 'obliged',
            label: w.t('results.col.obliged'),
            value: (r: ResultRow) => r.notObligedBecause ?? '',
            show: (r: ResultRow): Shown =>
              r.notObligedBecause
                ? {
                    words: w.t(`results.reason.${r.notObligedBecause}`),
                    why: w.t(`results.why.${r.notObligedBecause}`),
                  }
                : { words: w.t('results.obliged') },
          },
        ]),
  ];
}

/** A cell's content: an amount, or words with their reason as a title. */
function CellContent({ shown }: { readonly shown: Shown }) {
  const s = useTableStyles();
  if ('words' in shown) return <span title={shown.why}>{shown.words}</span>;
  return (
    <Amount
      shown={shown.amount}
      full={shown.full}
      className={shown.tone === 'shortfall' ? s.shortfall : undefined}
    />
  );
}

/**
 * The results by state, sortable by any column, its header row held at the top while the rows
 * scroll beneath it; the amounts are reached by Tab once, then by the arrow keys.
 */
export function SortedTable({
  columns,
  rows,
  sort,
  label,
  onSort,
}: {
  readonly columns: readonly Column[];
  readonly rows: readonly ResultRow[];
  readonly sort: Sort;
  readonly label: string;
  readonly onSort: (id: string) => void;
}) {
  const s = useTableStyles();
  // Rows reached by the keyboard scroll clear of the sticky header: it reserves its height.
  const heldTop = useHeldInView('top');
  const arrows = useArrowNavigationGroup({ axis: 'grid', memorizeCurrent: true });
  const by = columns.find((c) => c.id === sort.id) ?? columns[1] ?? columns[0];
  const sorted = [...rows].sort((a, b) => {
    if (!by) return 0;
    const x = by.value(a);
    const y = by.value(b);
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return sort.dir === 'ascending' ? c : -c;
  });
  // The rows a 700 px pane shows paint with the tab's first click, the others a frame later.
  const inView = useRowsInView(sorted, 12);
  return (
    <Table size="extra-small" sortable className={s.table} aria-label={label}>
      <TableHeader ref={heldTop} className={s.sticky}>
        <TableRow>
          {columns.map((c, i) => (
            <TableHeaderCell
              key={c.id}
              className={mergeClasses(i === 0 ? s.label : undefined, s.header)}
              button={i === 0 ? undefined : { className: s.numHeader }}
              sortDirection={by?.id === c.id ? sort.dir : undefined}
              onClick={() => onSort(c.id)}
            >
              {c.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody {...arrows}>
        {inView.map((r) => (
          <TableRow key={r.code}>
            {columns.map((c, i) => {
              const shown = c.show(r);
              return (
                <TableCell
                  key={c.id}
                  className={i === 0 ? s.label : 'words' in shown ? s.words : s.num}
                >
                  <CellContent shown={shown} />
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
