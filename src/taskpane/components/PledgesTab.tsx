import {
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
import { readPledgesCsv, readPledgesGrid, type PledgeSheet, type ReadIssue } from '../../data';
import type { PledgingRound } from '../../report';
import { reportOf } from '../generate';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
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
}

/** The pledging round: loaded from the worked example, a file or the workbook's Pledges table. */
export function PledgesTab({ state, dispatch, services }: Props) {
  const s = useStyles();
  const [issues, setIssues] = useState<
    { origin: string; list: readonly ReadIssue[] } | undefined
  >();
  const fileInput = useRef<HTMLInputElement>(null);
  const participants = state.scenario.participants;
  const busy = state.status.kind === 'busy';

  const accept = (sheet: PledgeSheet, source: string) => {
    const errors = sheet.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      setIssues({ origin: source, list: errors });
      dispatch({ type: 'status', status: { kind: 'idle' } });
      return;
    }
    setIssues(undefined);
    const round: PledgingRound = { ...sheet, source };
    dispatch({ type: 'pledging', round });
    dispatch({
      type: 'status',
      status: {
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

  // A preview of the round's consequences on the current scenario (computed, never written).
  const preview = useMemo(() => {
    if (!state.pledging) return undefined;
    try {
      return reportOf({ ...state, includePledges: true }, services).round?.pool.consequences;
    } catch {
      return undefined;
    }
  }, [state, services]);

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
        <input
          ref={fileInput}
          className={s.hidden}
          type="file"
          accept=".csv,.txt"
          aria-label="Pledges file (CSV)"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file)
              void attempt(`Reading ${file.name}…`, async () =>
                accept(readPledgesCsv(await file.text(), participants), `the file ${file.name}`),
              );
            e.target.value = '';
          }}
        />
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void attempt('Reading the Pledges table…', async () =>
              accept(
                readPledgesGrid(await services.readToolTable('Pledges'), participants),
                'the Pledges table of this workbook',
              ),
            )
          }
        >
          Read the Pledges table of this workbook
        </Button>
      </div>
      <Caption1>
        CSV columns: code, relocations, financial_eur, alternative_eur, alternative_description,
        offsets, deduction_percent, deduction_article, benefitting, source. Edited pledges in the
        workbook recalculate the Balance by themselves; read them back here before writing the
        tables again.
      </Caption1>
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
            The round loaded
          </Text>
          <Caption1>From {state.pledging.source}.</Caption1>
          {preview && (
            <ul className={s.list}>
              {preview.map((line) => (
                <li key={line}>
                  <Text size={200}>{line}</Text>
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
    </div>
  );
}
