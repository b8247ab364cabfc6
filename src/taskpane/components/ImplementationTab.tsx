import { Button, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { type Implementation } from '../../core';
import {
  readImplementationCsv,
  readImplementationGrid,
  readNeedsCsv,
  type IndicatorSet,
  type ReadIssue,
} from '../../data';
import { IMPL, type PoolReport } from '../../report';
import { reportOf } from '../generate';
import {
  typeDistribution,
  withDraft,
  yearOfPreset,
  type ImplementationDraft,
} from '../implementation';
import type { PaneServices } from '../services';
import type { PaneState } from '../state';
import { displayLocale, formatNumber } from '../locale';
import { useWords } from '../words';
import { errorInWords } from '../outcomeWords';
import { CsvFileInput } from './CsvFileInput';
import { DistributionView, YearEndView } from './ImplementationViews';
import { RecordsGrid } from './RecordsGrid';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

interface Props {
  readonly state: PaneState;
  readonly services: PaneServices;
  readonly data?: IndicatorSet;
  readonly draft: ImplementationDraft | undefined;
  readonly onDraft: (draft: ImplementationDraft | undefined) => void;
  /** Opens the Results tab, where the findings of systemic shortcomings are set (Art. 60(3)). */
  readonly onShowFindings?: () => void;
}

/** Where records edited in the grid come from. */
function typedSource(loaded: string | undefined): string {
  if (!loaded || loaded === 'no records yet') return 'records typed in the task pane';
  return loaded.endsWith(', edited in the task pane')
    ? loaded
    : `${loaded}, edited in the task pane`;
}

/**
 * The pool through the year (issue 17): records of what was implemented, the needs benefitting
 * states declared, the distribution (typed over cell by cell) and the year's end, computed as the
 * Implementation sheet will be, before anything is written.
 */
export function ImplementationTab({
  state,
  services,
  data,
  draft,
  onDraft,
  onShowFindings,
}: Props) {
  const s = useStyles();
  const w = useWords();
  const locale = displayLocale();
  const [issues, setIssues] = useState<{ origin: string; list: readonly ReadIssue[] }>();
  // Records loaded (example, file, workbook): the grid starts again from them.
  const [loads, setLoads] = useState(0);
  const recordsFile = useRef<HTMLInputElement>(null);
  const needsFile = useRef<HTMLInputElement>(null);
  const participants = state.scenario.participants;

  // Computed as typed, never written: the report the Write button would write, with the sheet.
  const computed = useMemo((): { report?: PoolReport; impl?: Implementation; error?: string } => {
    if (!state.pledging || !state.includePledges) return {};
    try {
      const report = withDraft(reportOf(state, services, data), draft);
      return { report, ...(report.implementation ? { impl: report.implementation } : {}) };
    } catch (e) {
      return { error: errorInWords(w, e, locale) };
    }
  }, [state, services, data, draft, w, locale]);
  const benefitting = computed.report?.result.benefitting ?? [];
  const shortcomings =
    computed.impl?.benefittingStates.filter((b) => b.systemicShortcomings).map((b) => b.code) ?? [];

  const base = (): ImplementationDraft =>
    draft ?? {
      records: [],
      recordsSource: 'no records yet',
      needs: [],
      typed: [],
      year: yearOfPreset(state.scenario.presetId, services.now()),
    };
  const takeRecords = (sheet: ReturnType<typeof readImplementationCsv>, source: string) => {
    if (sheet.issues.some((i) => i.severity === 'error'))
      return setIssues({ origin: source, list: sheet.issues });
    setIssues(undefined);
    setLoads((n) => n + 1);
    onDraft({ ...base(), records: sheet.records, recordsSource: source });
  };
  const takeNeeds = (text: string, source: string) => {
    const sheet = readNeedsCsv(text, benefitting);
    if (sheet.issues.some((i) => i.severity === 'error'))
      return setIssues({ origin: source, list: sheet.issues });
    setIssues(undefined);
    onDraft({ ...base(), needs: sheet.needs, needsSource: source });
  };
  const examples = () => import(/* webpackChunkName: "example" */ '../../data/examples');

  if (!state.pledging || !state.includePledges) {
    return <Text role="status">{w.t('implementation.needPledges')}</Text>;
  }
  return (
    <div className={s.section}>
      <Text size={200}>{w.t('implementation.intro')}</Text>
      <div className={s.row}>
        <Button
          size="small"
          onClick={() =>
            void examples().then((m) => {
              takeRecords(
                readImplementationCsv(m.EXAMPLE_IMPLEMENTATION_2026.text, participants),
                m.EXAMPLE_IMPLEMENTATION_2026.source,
              );
            })
          }
        >
          {w.t('implementation.exampleRecords')}
        </Button>
        <Button size="small" onClick={() => recordsFile.current?.click()}>
          {w.t('implementation.recordsFile')}
        </Button>
        <Button
          size="small"
          onClick={() =>
            void services
              .readToolTable(IMPL.records)
              .then((grid) =>
                takeRecords(
                  readImplementationGrid(grid, participants),
                  'the Implementation records of this workbook',
                ),
              )
              .catch((e: Error) =>
                setIssues({
                  origin: 'the workbook',
                  list: [{ line: 1, column: '(table)', message: e.message, severity: 'error' }],
                }),
              )
          }
        >
          {w.t('implementation.fromWorkbook')}
        </Button>
        <CsvFileInput
          inputRef={recordsFile}
          label={w.t('implementation.recordsFileLabel')}
          onFile={(file) =>
            void file
              .text()
              .then((t) =>
                takeRecords(readImplementationCsv(t, participants), `the file ${file.name}`),
              )
          }
        />
      </div>
      <div className={s.row}>
        <Button
          size="small"

          onClick={() =>
            void examples().then((m) =>
              takeNeeds(m.EXAMPLE_NEEDS_2026.text, m.EXAMPLE_NEEDS_2026.source),
            )
          }
        >
          {w.t('implementation.exampleNeeds')}
        </Button>
        <Button size="small" onClick={() => needsFile.current?.click()}>
          {w.t('implementation.needsFile')}
        </Button>
        <CsvFileInput
          inputRef={needsFile}
          label={w.t('implementation.needsFileLabel')}
          onFile={(file) => void file.text().then((t) => takeNeeds(t, `the file ${file.name}`))}
        />
      </div>
      {issues && (
        <div role="alert">
          <Text weight="semibold">
            {w.t('implementation.nothingLoaded', { origin: issues.origin })}
          </Text>
          <IssueList issues={issues.list} />
        </div>
      )}
      {computed.error && <Text role="alert">{computed.error}</Text>}
      <RecordsGrid
        key={loads}
        initial={draft?.records ?? []}
        participants={participants}
        checked={computed.impl?.records}
        onRecords={(records) =>
          onDraft({
            ...base(),
            records,
            recordsSource: typedSource(draft?.recordsSource),
          })
        }
      />
      {draft && computed.impl && (
        <>
          <Caption1>
            {w.t('implementation.counted', {
              records: formatNumber(draft.records.length, locale),
              source: draft.recordsSource,
            })}{' '}
            {draft.needsSource
              ? w.t('implementation.needsFrom', { source: draft.needsSource })
              : w.t('implementation.noNeeds')}
          </Caption1>
          <Text size={200}>
            {w.t('implementation.shortcomings', {
              states:
                shortcomings.length > 0
                  ? shortcomings.map((code) => w.state(code)).join(', ')
                  : w.t('implementation.shortcomingsNone'),
            })}{' '}
            {onShowFindings && (
              <Link as="button" onClick={onShowFindings}>
                {w.t('implementation.setShortcomings')}
              </Link>
            )}
          </Text>
          <DistributionView
            impl={computed.impl}
            onType={(cell, v) => onDraft(typeDistribution(draft, cell, v))}
          />
          <YearEndView impl={computed.impl} />
        </>
      )}
    </div>
  );
}
