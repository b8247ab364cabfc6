import { useRef, useState, type Dispatch } from 'react';
import {
  EUROSTAT_QUERIES,
  fileProvenance,
  guessPeriodColumn,
  readGrid,
  type Grid,
  type Provenance,
  type ReadResult,
} from '../data';
import { ReasonedError } from '../data/reasons';
import { indicatorName } from '../report/words/indicatorWords';
import { sentenceInWords } from '../report/words/issueWords';
import type { FileReading } from './components/FileReadingReview';
import { importSeries, periodChoices, unreadableReview, valueColumnGuess } from './importing';
import { displayLocale } from './locale';
import { originInWords, type SourceOrigin } from './origin';
import { reasonNumbers } from './reasonNumbers';
import type { PaneServices } from './services';
import { skippedInWords } from './skippedRows';
import type { Action, PaneState } from './state';
import { useWords } from './words';

/** A series read and waiting for the analyst: its period to choose, or a table's columns. */
export type Pending =
  | {
      readonly kind: 'read';
      readonly read: ReadResult;
      readonly origin: SourceOrigin;
      readonly provenance: Provenance;
      readonly periods: string[];
    }
  | {
      readonly kind: 'grid';
      readonly grid: Grid;
      readonly origin: SourceOrigin;
      readonly provenance: Provenance;
    };

/** The last text file read, kept so the review can read it again another way. */
export interface KeptFile {
  readonly text: string;
  readonly name: string;
  readonly reading: FileReading;
  readonly provenanceOf: (read?: ReadResult) => Provenance;
}

/**
 * What replacing one indicator's series does: read a file, a workbook table or Eurostat, let the
 * analyst choose a period or a table's columns where the source holds several, then load the
 * series or show its review, each step said in the status bar.
 */
export function useSeriesImport({
  state,
  dispatch,
  services,
}: {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
}) {
  const w = useWords();
  const [indicator, setIndicator] = useState('population');
  const [pending, setPending] = useState<Pending | undefined>();
  const [source, setSource] = useState<KeptFile | undefined>();
  const [period, setPeriod] = useState('');
  const [valueColumn, setValueColumn] = useState('');
  const [tables, setTables] = useState<readonly { name: string; sheet: string }[] | undefined>();
  const [eurostatPeriod, setEurostatPeriod] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const indicatorWords = indicatorName(w, indicator);
  const query = EUROSTAT_QUERIES.find((q) => q.indicator === indicator);
  const busy = state.status.kind === 'busy';

  const locale = displayLocale();
  // A figure as the reader reports it, every digit in the pane's culture ("1,5" in French).
  const figure = reasonNumbers(locale);
  // A refusal with its facts (Eurostat's error, a request that failed) in the pane's language.
  const fail = (title: string, e: unknown) =>
    dispatch({
      type: 'status',
      status: {
        kind: 'done',
        intent: 'error',
        title,
        body:
          e instanceof ReasonedError ? sentenceInWords(w, e.reason, figure) : (e as Error).message,
      },
    });

  const finish = (
    read: ReadResult,
    chosenPeriod: string,
    origin: SourceOrigin,
    provenance: Provenance,
  ) => {
    const outcome = importSeries(read, {
      indicator,
      period: chosenPeriod,
      provenance,
      origin,
      participants: state.scenario.participants,
    });
    setPending(undefined);
    if (outcome.kind === 'review') {
      dispatch({ type: 'review', review: outcome.review });
      dispatch({ type: 'status', status: { kind: 'idle' } });
      return;
    }
    dispatch({ type: 'replace', loaded: outcome.loaded });
    dispatch({
      type: 'status',
      status: {
        kind: 'done',
        intent: 'success',
        title: w.t('dataTab.loaded', { indicator: indicatorWords, period: chosenPeriod }),
        body:
          w.t('dataTab.loadedBody', {
            n: figure(outcome.loaded.series.observations.size),
            origin: originInWords(w, origin),
          }) + skippedInWords(w, outcome.notes, locale),
      },
    });
  };

  const offer = (read: ReadResult, origin: SourceOrigin, provenance: Provenance) => {
    const periods = periodChoices(read);
    if (read.issues.some((i) => i.severity === 'error') && read.rows.length === 0) {
      dispatch({ type: 'review', review: unreadableReview(read, indicator, origin) });
      return;
    }
    if (periods.length === 1) return finish(read, periods[0] as string, origin, provenance);
    setPeriod(periods[0] ?? '');
    setPending({ kind: 'read', read, origin, provenance, periods });
  };

  const offerGrid = (grid: Grid, origin: SourceOrigin, provenance: Provenance) => {
    setValueColumn(valueColumnGuess(grid, indicator));
    setPeriod('');
    setPending({ kind: 'grid', grid, origin, provenance });
  };

  /** Reads a text file (again, with the analyst's choices from the review: decimals, columns). */
  const readText = async (
    file: { readonly text: string; readonly name: string; readonly reading: FileReading },
    provenanceOf: (read?: ReadResult) => Provenance,
  ) => {
    // The readers (JSON-stat among them) load with the first file: not in the first paint.
    const { readIndicatorFile } = await import(/* webpackChunkName: "readers" */ '../data/readers');
    // A header one letter off is used only once the analyst confirms it (the review asks).
    const read = readIndicatorFile(file.text, { ...file.reading, nearHeaders: 'ask' });
    setSource({ ...file, provenanceOf });
    dispatch({ type: 'review', review: undefined });
    offer(read, { kind: 'file', name: file.name }, provenanceOf(read));
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    dispatch({
      type: 'status',
      status: { kind: 'busy', label: w.t('dataTab.reading', { file: file.name }) },
    });
    try {
      const picked = await services.readFile(file);
      const provenanceOf = (read?: ReadResult) =>
        fileProvenance(file.name, read?.metadata, services.now());
      dispatch({ type: 'status', status: { kind: 'idle' } });
      if (picked.kind === 'grid')
        offerGrid(picked.grid, { kind: 'file', name: file.name }, provenanceOf());
      else {
        // The readers (JSON-stat among them) load with the first file: not in the first paint.
        await readText({ text: picked.text, name: file.name, reading: {} }, provenanceOf);
      }
    } catch (e) {
      fail(w.t('dataTab.notRead', { file: file.name }), e);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const onTables = async () => {
    dispatch({ type: 'status', status: { kind: 'busy', label: w.t('dataTab.listing') } });
    try {
      const list = await services.listTables();
      setTables(list);
      dispatch({
        type: 'status',
        status:
          list.length === 0
            ? {
                kind: 'done',
                intent: 'info',
                title: w.t('dataTab.noTables'),
                body: w.t('dataTab.noTablesBody'),
              }
            : { kind: 'idle' },
      });
    } catch (e) {
      fail(w.t('dataTab.notListed'), e);
    }
  };

  const onTable = async (name: string) => {
    dispatch({
      type: 'status',
      status: { kind: 'busy', label: w.t('dataTab.readingTable', { table: name }) },
    });
    try {
      const grid = await services.readTable(name);
      dispatch({ type: 'status', status: { kind: 'idle' } });
      offerGrid(
        grid,
        { kind: 'table', name },
        {
          dataset: `Workbook table ${name}`,
          release: 'as entered by the analyst',
          source: `Table ${name} of this workbook, read ${services.now().toISOString().slice(0, 10)}`,
        },
      );
    } catch (e) {
      fail(w.t('dataTab.tableNotRead', { table: name }), e);
    }
  };

  const onEurostat = async () => {
    if (!query) return;
    dispatch({
      type: 'status',
      status: {
        kind: 'busy',
        label: w.t('dataTab.asking', { dataset: query.dataset, period: eurostatPeriod }),
      },
    });
    try {
      const { read, url } = await services.fetchEurostat(indicator, eurostatPeriod);
      dispatch({ type: 'status', status: { kind: 'idle' } });
      // The request named the period: keep it, whatever else the answer holds.
      finish(
        read,
        eurostatPeriod,
        { kind: 'eurostat', dataset: query.dataset },
        {
          dataset: read.metadata.dataset ?? `Eurostat ${query.dataset}`,
          release: read.metadata.release ?? 'not stated in the response',
          source: `Eurostat Statistics API, ${url.split('&geo=')[0]}`,
        },
      );
    } catch (e) {
      fail(w.t('dataTab.notFromEurostat'), e);
    }
  };

  /** Reads the table's value column (and period column, or the period typed), then loads it. */
  const checkGrid = (grid: Grid, origin: SourceOrigin, provenance: Provenance) => {
    const gridPeriodColumn = guessPeriodColumn(grid.headers);
    const read = readGrid(grid, {
      valueColumn,
      ...(gridPeriodColumn ? { periodColumn: gridPeriodColumn } : { period }),
    });
    const periods = periodChoices(read);
    if (periods.length > 1) setPending({ kind: 'read', read, origin, provenance, periods });
    else finish(read, periods[0] ?? period, origin, provenance);
  };

  return {
    indicator,
    chooseIndicator: (id: string) => {
      setIndicator(id);
      setPending(undefined);
    },
    indicatorWords,
    query,
    busy,
    fileInput,
    tables,
    pending,
    period,
    setPeriod,
    valueColumn,
    setValueColumn,
    eurostatPeriod,
    setEurostatPeriod,
    source,
    onFile,
    onTables,
    onTable,
    onEurostat,
    finish,
    checkGrid,
    readText,
  };
}
