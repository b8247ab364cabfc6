import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import { displayLocale, formatMillions, formatNumber } from '../locale';
import type { PaneResults, ResultsOutcome } from '../results';
import { outcomeInWords } from '../outcomeWords';
import { useWords } from '../words';
import { CompareView, type Comparison } from './CompareView';
import { RoundView, type RoundControls } from './RoundView';
import { resultColumns, SortedTable, type Sort } from './ResultsTable';
import { useTableStyles } from './tableStyles';

export type ResultsLayout = 'shares' | 'effective' | 'compare';

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
 * state's balance and the pool against Art. 63. The table comes first, sortable by any column, in
 * the analyst's locale; the pools and Art. 63 follow it.
 */
export function ResultsView({ results, comparison, locale: given, controls }: Props) {
  const s = useTableStyles();
  const w = useWords();
  const locale = useMemo(() => given ?? displayLocale(), [given]);
  const [layout, setLayout] = useState<ResultsLayout>('shares');
  const [sort, setSort] = useState<Sort>({ id: 'fairShare', dir: 'descending' });
  const later = useDeferredValue(true, false);

  if (!results.ok)
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {results.state
              ? w.t('results.noResultsIn', { state: results.state })
              : w.t('results.noResults')}
          </MessageBarTitle>
          {outcomeInWords(w, results, locale)}
        </MessageBarBody>
      </MessageBar>
    );
  const r: PaneResults = results.results;
  const pledges = r.art63 !== undefined;
  const count = (n: number) => formatNumber(n, locale);
  const millions = (n: number) => formatMillions(n, locale).replace(/\u00A0M$/, '');
  const reference = {
    relocations: count(r.totals.relocations),
    eur: millions(r.totals.financialEur),
  };

  return (
    <div className={s.section}>
      <RadioGroup
        layout="horizontal"
        aria-label={w.t('results.shown')}
        value={layout}
        onChange={(_, x) => setLayout(x.value as ResultsLayout)}
      >
        <Radio value="shares" label={w.t('results.layout.shares')} />
        <Radio
          value="effective"
          label={w.t(pledges ? 'results.layout.balance' : 'results.layout.effective')}
        />
        <Radio value="compare" label={w.t('results.layout.compare')} />
      </RadioGroup>
      {layout === 'compare' ? (
        <CompareView comparison={comparison} locale={locale} />
      ) : (
        <SortedTable
          columns={resultColumns(
            layout,
            locale,
            { pledges, mandatoryOffsets: r.art63?.mandatory.status === 'applies' },
            w,
          )}
          rows={r.rows}
          sort={sort}
          label={w.t('results.table')}
          onSort={(id) =>
            setSort((x) => ({
              id,
              dir: x.id === id && x.dir === 'descending' ? 'ascending' : 'descending',
            }))
          }
        />
      )}
      <Text size={200}>
        {w.plural('results.summary', r.rows.length, {
          n: count(r.rows.length),
          relocations: count(r.commission.relocations),
          eur: millions(r.commission.financialEur),
        })}{' '}
        {r.councilAct ? w.t('results.council', reference) : w.t('results.noCouncil', reference)}{' '}
        {w.t('results.nothingWritten')}
      </Text>
      {/* Below the table, out of view at first: drawn in the render after the tab's first. */}
      {later && <RoundView results={r} locale={locale} {...(controls ? { controls } : {})} />}
    </div>
  );
}
