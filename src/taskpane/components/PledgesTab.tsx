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
import { art63Lines, type PledgingRound } from '../../report';
import { displayLocale, formatNumber } from '../locale';
import { useResults } from '../results';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { CsvFileInput } from './CsvFileInput';
import { FileReadingReview, type FileReading } from './FileReadingReview';
import { IssueList } from './IssueList';
import { KeepTogether } from './KeepTogether';
import { PledgeGrid } from './PledgeGrid';
import { PoolSummary } from './PoolSummary';

/** What a pledges CSV holds, column by column, with its unit (data/pledges.ts reads them). */
export const CSV_COLUMNS: readonly (readonly [string, string])[] = [
  ['code', 'the state: a Eurostat code such as FR, or EL for Greece'],
  ['relocations', 'relocations pledged, in persons (Art. 56(2)(a))'],
  ['financial_eur', 'financial contribution, in EUR (Art. 56(2)(b))'],
  ['alternative_eur', 'alternative measures at their value, in EUR (Art. 56(2)(c))'],
  ['alternative_description', 'what the alternative measures are, in words'],
  ['offsets', 'responsibility offsets offered, in persons (Art. 63)'],
  ['deduction_percent', 'deduction requested, % of the indicative contribution (0–100)'],
  ['deduction_article', 'its basis: 61 (migratory pressure) or 62 (significant situation)'],
  ['benefitting', 'yes or no: the state benefits from the pool'],
  ['source', 'where the figures come from, in words'],
];

const NO_TABLE =
  'This workbook has no Pledges table yet: write the tables with a pledging round first, or load a CSV.';

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
        title: 'Pledges loaded',
        body: `${sheet.pledges.length} states’ pledges and ${sheet.deductions.length} deductions from ${source}. They go into the Pledges and Balance sheets.`,
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
          title: 'No pledges were loaded',
          body: (e as Error).message,
        },
      });
    }
  };

  // The round's consequences on the current scenario: computed as typed, never written.
  const results = useResults(state, data);

  return (
    <div className={s.section}>
      <Text size={200}>
        What each state pledged at the High-Level Solidarity Forum (Art. 13): relocations, financial
        contributions, alternative measures at their value, responsibility offsets, and deductions
        requested (Art. 61, 62).
      </Text>
      <div className={s.row}>
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void attempt('Loading the worked example…', async () => {
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
          Load the illustrative 2026 round
        </Button>
        <Button size="small" disabled={busy} onClick={() => fileInput.current?.click()}>
          From a CSV file…
        </Button>
        <CsvFileInput
          inputRef={fileInput}
          label="Pledges file (CSV)"
          onFile={(file) =>
            void attempt(`Reading ${file.name}…`, async () =>
              readFile(await file.text(), `the file ${file.name}`),
            )
          }
        />
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void attempt('Reading the Pledges table…', async () => {
              let grid;
              try {
                grid = await services.readToolTable('Pledges');
              } catch (e) {
                if ((e as { code?: string }).code === 'ItemNotFound')
                  throw new Error(NO_TABLE, { cause: e });
                throw e;
              }
              setFile(undefined);
              accept(readPledgesGrid(grid, participants), 'the Pledges table of this workbook');
            })
          }
        >
          Read the Pledges table of this workbook
        </Button>
      </div>
      <Accordion collapsible>
        <AccordionItem value="csv">
          <AccordionHeader size="small">CSV columns</AccordionHeader>
          <AccordionPanel>
            <Caption1 block>
              One row per state, a header row first; empty cells count as 0. Columns in this order:
            </Caption1>
            <dl className={s.columns}>
              {CSV_COLUMNS.map(([name, what]) => (
                <div key={name} className={s.column}>
                  <dt>
                    <code>{name}</code>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
            <Caption1 block>
              Pledges edited in the workbook recalculate its Balance by themselves; read them back
              here before writing the tables again.
            </Caption1>
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
            <MessageBarTitle>Nothing was loaded from {issues.origin}</MessageBarTitle>
            Fix these rows and load it again.
            <IssueList issues={issues.list} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.pledging && (
        <section aria-labelledby="round-heading" className={s.section}>
          <Text id="round-heading" as="h2" weight="semibold" size={300}>
            The round
          </Text>
          <Caption1>From {state.pledging.source}.</Caption1>
          {results.ok && results.results.art63 && (
            <ul className={s.list}>
              {art63Lines(results.results.art63, (n) => formatNumber(n, locale)).map((line) => (
                <li key={line}>
                  <Text size={200}>
                    <KeepTogether text={line} />
                  </Text>
                </li>
              ))}
            </ul>
          )}
          <Switch
            checked={state.includePledges}
            label="Write the Pledges and Balance sheets with the tables"
            onChange={(_, d) => dispatch({ type: 'includePledges', on: d.checked })}
          />
        </section>
      )}
      <section aria-labelledby="grid-heading" className={s.section}>
        <Text id="grid-heading" as="h2" weight="semibold" size={300}>
          Pledges per state
        </Text>
        <Caption1>
          Type each state’s pledges; the balance (pledged minus its contribution after deduction, in
          EUR million) follows as you type. Beside each state: its fair share of the reference
          number.
        </Caption1>
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
