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
  Text,
  tokens,
} from '@fluentui/react-components';
import { memo, useMemo, useRef, useState, type Dispatch } from 'react';
import { readPledgesCsv, readPledgesGrid, type PledgeSheet, type ReadIssue } from '../../data';
import type { PledgingRound } from '../../report';
import type { TextKey } from '../../report/words';
import { displayLocale, formatNumber } from '../locale';
import type { PaneServices } from '../services';
import type { Action } from '../state';
import { useWords } from '../words';
import { CsvFileInput } from './CsvFileInput';
import { FileReadingReview, type FileReading } from './FileReadingReview';
import { IssueList } from './IssueList';

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
});

interface Props {
  readonly participants: readonly string[];
  readonly busy: boolean;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
}

/**
 * Where a pledging round comes from: the worked example, a CSV file (its columns explained, its
 * reading reviewed, its errors listed) or the workbook's Pledges table. Drawn again only when the
 * participants or the pane's business change, not on every keystroke in the grid below (issue 16).
 */
export const PledgeSources = memo(function PledgeSources({
  participants,
  busy,
  dispatch,
  services,
}: Props) {
  const s = useStyles();
  const w = useWords();
  const locale = useMemo(() => displayLocale(), []);
  const [issues, setIssues] = useState<
    { origin: string; list: readonly ReadIssue[] } | undefined
  >();
  const fileInput = useRef<HTMLInputElement>(null);
  // The file last read, kept so that it can be read again the other way (its decimal mark).
  const [file, setFile] = useState<{ text: string; source: string; sheet: PledgeSheet }>();

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

  return (
    <>
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
    </>
  );
});
