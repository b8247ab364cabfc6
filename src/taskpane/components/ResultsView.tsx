import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { OBLIGATION_SHORT, obligationText, POSITION_TEXT } from '../../report';
import { displayLocale, formatMillions, formatNumber, formatPercent } from '../locale';
import type { PaneResults, ResultRow, ResultsOutcome } from '../results';
import { CompareView, type Comparison } from './CompareView';
import { RoundView, type RoundControls } from './RoundView';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { tableLayout: 'fixed', width: '100%' },
  state: { width: '28%' },
  numHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  header: { whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200 },
  shortfall: { color: tokens.colorPaletteRedForeground1 },
});

export type ResultsLayout = 'shares' | 'effective' | 'compare';

interface Column {
  readonly id: string;
  readonly label: string;
  readonly value: (r: ResultRow) => number | string;
  readonly show: (r: ResultRow) => string;
}

function columnsOf(layout: 'shares' | 'effective', locale: string, pledges: boolean): Column[] {
  const name: Column = { id: 'state', label: 'State', value: (r) => r.name, show: (r) => r.name };
  if (layout === 'shares')
    return [
      name,
      {
        id: 'fairShare',
        label: 'Fair share',
        value: (r) => r.fairShare,
        show: (r) => formatPercent(r.fairShare, locale, 2),
      },
      {
        id: 'relocations',
        label: 'Relocations',
        value: (r) => r.relocations,
        show: (r) => formatNumber(r.relocations, locale),
      },
      {
        id: 'financialEur',
        label: 'EUR (M)',
        value: (r) => r.financialEur,
        show: (r) => formatMillions(r.financialEur, locale),
      },
    ];
  return [
    name,
    {
      id: 'deduction',
      label: 'Deducted',
      value: (r) => r.deductionShare,
      show: (r) => (r.deductionShare > 0 ? formatPercent(r.deductionShare, locale, 0) : '—'),
    },
    {
      id: 'effective',
      label: 'Contribution after deduction (EUR)',
      value: (r) => r.effectiveEur,
      show: (r) => formatMillions(r.effectiveEur, locale),
    },
    ...(pledges
      ? [
          {
            id: 'balance',
            label: 'Balance (EUR)',
            value: (r: ResultRow) => r.balanceEur ?? 0,
            // Art. 60(3): no surplus or shortfall where a state is not obliged.
            show: (r: ResultRow) =>
              typeof r.balanceEur === 'number'
                ? formatMillions(r.balanceEur, locale, true)
                : 'Not obliged',
          },
          {
            id: 'mandatory',
            label: 'Mandatory offsets (Art. 63(3))',
            value: (r: ResultRow) => r.mandatoryOffsets,
            show: (r: ResultRow) => formatNumber(r.mandatoryOffsets, locale),
          },
        ]
      : []),
    {
      id: 'obliged',
      label: 'Must implement (Art. 60(3))',
      value: (r) => OBLIGATION_SHORT[r.notObligedBecause ?? 'obliged'],
      show: (r) => OBLIGATION_SHORT[r.notObligedBecause ?? 'obliged'],
    },
  ];
}

interface Props {
  readonly results: ResultsOutcome;
  readonly comparison: Comparison;
  readonly locale?: string;
  /** The Art. 63 scenario facts and reading, where the pane lets the analyst set them. */
  readonly controls?: RoundControls;
}

/**
 * What the tables would show, before anything is written: fair shares (Annex I), indicative
 * contributions (Art. 12(2)), contributions after deductions (Art. 61, 62) and, with pledges, each
 * state's balance and the pool against Art. 63. Sortable by any column; numbers in the analyst's
 * locale.
 */
export function ResultsView({ results, comparison, locale: given, controls }: Props) {
  const s = useStyles();
  const locale = useMemo(() => given ?? displayLocale(), [given]);
  const [layout, setLayout] = useState<ResultsLayout>('shares');
  const [sort, setSort] = useState<{ id: string; dir: 'ascending' | 'descending' }>({
    id: 'fairShare',
    dir: 'descending',
  });

  if (!results.ok)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            No results: the scenario cannot be computed{results.state ? ` (${results.state})` : ''}
          </MessageBarTitle>
          {results.message}
        </MessageBarBody>
      </MessageBar>
    );
  const r: PaneResults = results.results;
  const pledges = r.art63 !== undefined;

  return (
    <div className={s.section}>
      <Text size={200}>
        {formatNumber(r.rows.length, locale)} states. Commission proposal (Art. 12(2)):{' '}
        {formatNumber(r.commission.relocations, locale)} relocations or{' '}
        {formatMillions(r.commission.financialEur, locale)} EUR.{' '}
        {r.councilAct
          ? 'Council reference numbers (Art. 57(1))'
          : 'No Council act yet: the fair shares rest on the proposal'}
        : {formatNumber(r.totals.relocations, locale)} relocations or{' '}
        {formatMillions(r.totals.financialEur, locale)} EUR. Nothing is written until you write the
        tables.
      </Text>
      <RoundView results={r} locale={locale} {...(controls ? { controls } : {})} />
      <RadioGroup
        layout="horizontal"
        aria-label="Results shown"
        value={layout}
        onChange={(_, x) => setLayout(x.value as ResultsLayout)}
      >
        <Radio value="shares" label="Fair shares" />
        <Radio value="effective" label={pledges ? 'Deductions & balance' : 'After deductions'} />
        <Radio value="compare" label="Compare" />
      </RadioGroup>
      {layout === 'compare' ? (
        <CompareView comparison={comparison} locale={locale} />
      ) : (
        <SortedTable
          columns={columnsOf(layout, locale, pledges)}
          rows={r.rows}
          sort={sort}
          onSort={(id) =>
            setSort((x) => ({
              id,
              dir: x.id === id && x.dir === 'descending' ? 'ascending' : 'descending',
            }))
          }
        />
      )}
    </div>
  );
}

function SortedTable({
  columns,
  rows,
  sort,
  onSort,
}: {
  readonly columns: readonly Column[];
  readonly rows: readonly ResultRow[];
  readonly sort: { id: string; dir: 'ascending' | 'descending' };
  readonly onSort: (id: string) => void;
}) {
  const s = useStyles();
  const by = columns.find((c) => c.id === sort.id) ?? columns[1] ?? columns[0];
  const sorted = [...rows].sort((a, b) => {
    if (!by) return 0;
    const x = by.value(a);
    const y = by.value(b);
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return sort.dir === 'ascending' ? c : -c;
  });
  return (
    <Table size="extra-small" sortable className={s.table} aria-label="Results by state">
      <TableHeader>
        <TableRow>
          {columns.map((c, i) => (
            <TableHeaderCell
              key={c.id}
              className={mergeClasses(i === 0 ? s.state : undefined, s.header)}
              button={i === 0 ? undefined : { className: s.numHeader }}
              sortDirection={by?.id === c.id ? sort.dir : undefined}
              onClick={() => onSort(c.id)}
            >
              {c.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((r) => (
          <TableRow key={r.code}>
            {columns.map((c, i) => (
              <TableCell key={c.id} className={i === 0 ? undefined : s.num}>
                <span
                  className={
                    c.id === 'balance' && r.position === 'shortfall' ? s.shortfall : undefined
                  }
                  title={
                    c.id === 'obliged'
                      ? obligationText(r.notObligedBecause)
                      : c.id === 'balance' && r.position
                        ? POSITION_TEXT[r.position]
                        : undefined
                  }
                >
                  {c.show(r)}
                </span>
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
