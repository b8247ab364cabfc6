import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState, type Dispatch } from 'react';
import {
  readPledgesCsv,
  readPledgesGrid,
  type IndicatorSet,
  type PledgeSheet,
  type ReadIssue,
} from '../../data';
import type { PledgingRound } from '../../report';
import type { TextKey } from '../../report/words';
import { displayLocale, formatNumber } from '../locale';
import { useWords } from '../words';
import { useResults } from '../results';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { CsvFileInput } from './CsvFileInput';
import { FileReadingReview, type FileReading } from './FileReadingReview';
import { IssueList } from './IssueList';
import { KeepTogether } from './KeepTogether';
import { art63PaneLines } from './art63PaneLines';
import { PledgeGrid } from './PledgeGrid';
import { PoolSummary } from './PoolSummary';

/**
 * The columns of a pledges CSV, in order, each with the catalogue key of what it holds and its
 * unit (data/pledges reads them).
 */
export const CSV_COLUMNS = [
  ['code', 'pledges.column.code'],
  ['relocations', 'pledges.column.relocations'],
  ['financial_eur', 'pledges.column.financial_eur'],
  ['alternative_eur', 'pledges.column.alternative_eur'],
  ['alternative_description', 'pledges.column.alternative_description'],
  ['offsets', 'pledges.column.offsets'],
  ['deduction_percent', 'pledges.column.deduction_percent'],
  ['deduction_article', 'pledges.column.deduction_article'],
  ['benefitting', 'pledges.column.benefitting'],
  ['source', 'pledges.column.source'],
] as const satisfies readonly (readonly [string, TextKey])[];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  columns: { margin: `${tokens.spacingVerticalXS} 0` },
  // Stacked, name above its meaning: at 350 px a two-column list leaves neither room.
  column: {
    display: 'flex',
    flexDirection: 'column',
    marginBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, paddingLeft: tokens.spacingHorizontalM },
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
  /** The data in use, as the pane composed it once; else composed from the state. */
  readonly data?: IndicatorSet;
}

/** The pledging round: loaded from the worked example, a file or the workbook's Pledges table. */
export function PledgesTab({ state, dispatch, services, data }: Props) {
  const s = useStyles();
  const w = useWords();
  const locale = useMemo(() => displayLocale(), []);
  const [issues, setIssues] = useState<
    { origin: string; list: readonly ReadIssue[] } | undefined
  >();
  const fileInput = useRef<HTMLInputElement>(null);
  // The file last read, kept so that it can be read again the other way (its decimal mark).
  const [file, setFile] = useState<{ text: string; source: string; sheet: PledgeSheet }>();
  const participants = state.scenario.participants;
  const busy = state.status.kind === 'busy';

  /** A CSV read, its convention kept for the review; then loaded unless it has an error. */
  const readFile = (text: string, source: string, reading: FileReading = {}) => {
    const sheet = readPledgesCsv(
      text,
      participants,
      reading.decimal ? { decimal: reading.decimal } : {},
    );
    setFile({ text, source, sheet });
    accept(sheet, source);
  };
  const accept = (sheet: PledgeSheet, source: string) => {
    const errors = sheet.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      setIssues({ origin: source, list: errors });
      dispatch({ type: 'status', status: { kind: 'idle' } });
      return;
    }
    setIssues(undefined);
    const round: PledgingRound = { ...sheet, source };
    // One action: if it replaces pledges typed here, the pane asks first and says what it kept.
    dispatch({
      type: 'pledging',
      round,
      announce: {
        kind: 'done',
        intent: 'success',
        title: w.t('pledges.loaded'),
        body: w.t('pledges.loadedBody', {
          pledges: formatNumber(sheet.pledges.length, locale),
          deductions: formatNumber(sheet.deductions.length, locale),
          source,
        }),
      },
    });
  };
  const attempt = async (label: string, load: () => Promise<void>) => {
    dispatch({ type: 'status', status: { kind: 'busy', label } });
    try {
      await load();
    } catch (e) {
      dispatch({
        type: 'status',
        status: {
          kind: 'done',
          intent: 'error',
          title: w.t('pledges.notLoaded'),
          body: (e as Error).message,
        },
      });
    }
  };

  // The round's consequences on the current scenario: computed as typed, never written.
  const results = useResults(state, data);

  return (
    <div className={s.section}>
      <Text size={200}>{w.t('pledges.intro')}</Text>
      <div className={s.row}>
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void attempt(w.t('pledges.loadingExample'), async () => {
              const { EXAMPLE_PLEDGES_2026 } = await import(
                /* webpackChunkName: "example" */ '../../data/examples'
              );
              setFile(undefined);
              accept(
                readPledgesCsv(EXAMPLE_PLEDGES_2026.text, participants),
                EXAMPLE_PLEDGES_2026.source,
              );
            })
          }
        >
          {w.t('pledges.example')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => fileInput.current?.click()}>
          {w.t('pledges.fromFile')}
        </Button>
        <CsvFileInput
          inputRef={fileInput}
          label={w.t('pledges.fileLabel')}
          onFile={(file) =>
            void attempt(w.t('pledges.reading', { file: file.name }), async () =>
              readFile(await file.text(), `the file ${file.name}`),
            )
          }
        />
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void attempt(w.t('pledges.readingTable'), async () => {
              let grid;
              try {
                grid = await services.readToolTable('Pledges');
              } catch (e) {
                if ((e as { code?: string }).code === 'ItemNotFound')
                  throw new Error(w.t('pledges.noTable'), { cause: e });
                throw e;
              }
              setFile(undefined);
              accept(readPledgesGrid(grid, participants), 'the Pledges table of this workbook');
            })
          }
        >
          {w.t('pledges.fromTable')}
        </Button>
      </div>
      <Accordion collapsible>
        <AccordionItem value="csv">
          <AccordionHeader size="small">{w.t('pledges.csvColumns')}</AccordionHeader>
          <AccordionPanel>
            <Caption1 block>{w.t('pledges.csvIntro')}</Caption1>
            <dl className={s.columns}>
              {CSV_COLUMNS.map(([name, what]) => (
                <div key={name} className={s.column}>
                  <dt>
                    <code>{name}</code>
                  </dt>
                  <dd>{w.t(what)}</dd>
                </div>
              ))}
            </dl>
            <Caption1 block>{w.t('pledges.csvAfter')}</Caption1>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {file?.sheet.numbers && (
        <FileReadingReview
          numbers={file.sheet.numbers}
          columns={undefined}
          onReread={(reading) => readFile(file.text, file.source, reading)}
        />
      )}
      {issues && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {w.t('pledges.nothingFrom', { source: issues.origin })}
            </MessageBarTitle>
            {w.t('pledges.fixRows')}
            <IssueList issues={issues.list} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.pledging && (
        <section aria-labelledby="round-heading" className={s.section}>
          <Text id="round-heading" as="h2" weight="semibold" size={300}>
            {w.t('pledges.round')}
          </Text>
          <Caption1>
            {/* The round's source as it goes into the workbook: in English, marked so. */}
            {w.t('pledges.from', { source: '\u0000' }).split('\u0000')[0]}
            <span lang="en">{state.pledging.source}</span>
            {w.t('pledges.from', { source: '\u0000' }).split('\u0000')[1]}
          </Caption1>
          {results.ok && results.results.art63 && (
            // Art. 63 in the pane's language (art63PaneLines), as the Results tab says it.
            <ul className={s.list}>
              {art63PaneLines(results.results.art63, (n) => formatNumber(n, locale), w).map(
                (line) => (
                  <li key={line}>
                    <Text size={200}>
                      <KeepTogether text={line} />
                    </Text>
                  </li>
                ),
              )}
            </ul>
          )}
          <Switch
            checked={state.includePledges}
            label={w.t('pledges.include')}
            onChange={(_, d) => dispatch({ type: 'includePledges', on: d.checked })}
          />
        </section>
      )}
      <section aria-labelledby="grid-heading" className={s.section}>
        <Text id="grid-heading" as="h2" weight="semibold" size={300}>
          {w.t('pledges.perState')}
        </Text>
        <Caption1>{w.t('pledges.perStateHint')}</Caption1>
        <PledgeGrid state={state} dispatch={dispatch} results={results} />
      </section>
      {state.pledging && (
        <PoolSummary
          pools={results.ok ? results.results.pools : undefined}
          art63={results.ok ? results.results.art63 : undefined}
          locale={locale}
        />
      )}
    </div>
  );
}
