import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useRef, useState, type Dispatch } from 'react';
import {
  checkPeriod,
  EUROSTAT_QUERIES,
  eurostatQuery,
  fileProvenance,
  guessPeriodColumn,
  indicatorInfo,
  INDICATORS,
  numericColumns,
  readGrid,
  type Grid,
  type Provenance,
  type ReadIssue,
  type ReadResult,
} from '../../data';
import { importSeries, periodChoices } from '../importing';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { preloaded } from '../preload';
import { LiveRegion } from '../shell/LiveRegion';
import { useWords } from '../words';
import { ReasonedError } from '../../data/reasons';
import { issueInWords, sentenceInWords } from '../../report/words/issueWords';
import type { Words } from '../../report/words';
import { indicatorName } from '../../report/words/indicatorWords';
import { displayLocale, formatNumber } from '../locale';
import type { FileReading } from './FileReadingReview';

// The review (its issue list, the number conventions and the column step) shows only once a file
// was read: a chunk of its own, not part of the first paint.
const ReviewBar = preloaded(
  () => import(/* webpackChunkName: "review" */ './ReviewBar'),
  (m) => m.ReviewBar,
);

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  // A long option must not widen the pane: the list shrinks to the column (at 350 px).
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  hidden: { display: 'none' },
});

const NAMED = 3;

/**
 * " 2 rows skipped or left as gaps: line 29: …; line 30: …." — which rows, not only how many, in
 * the pane's language (each note from its reason, as the review says it).
 */
function skippedInWords(w: Words, notes: readonly ReadIssue[]): string {
  if (notes.length === 0) return '';
  const n = (x: number) => formatNumber(x, displayLocale());
  const named = notes
    .slice(0, NAMED)
    .map((note) =>
      w.t('dataTab.skippedLine', {
        line: n(note.line),
        problem: issueInWords(w, note, n).replace(/\.$/, ''),
      }),
    )
    .join('; ');
  const more =
    notes.length > NAMED ? w.t('dataTab.skippedMore', { n: n(notes.length - NAMED) }) : '';
  return ` ${w.plural('dataTab.skipped', notes.length, { n: n(notes.length), named, more })}`;
}

type Pending =
  | {
      readonly kind: 'read';
      readonly read: ReadResult;
      readonly origin: string;
      readonly provenance: Provenance;
      readonly periods: string[];
    }
  | {
      readonly kind: 'grid';
      readonly grid: Grid;
      readonly origin: string;
      readonly provenance: Provenance;
    };

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
}

/** Replaces one indicator's series from a file, a workbook table or Eurostat, validated first. */
export function ImportSection({ state, dispatch, services }: Props) {
  const s = useStyles();
  const w = useWords();
  const [indicator, setIndicator] = useState('population');
  const [pending, setPending] = useState<Pending | undefined>();
  // The last text file read, kept so the review can read it again another way.
  const [source, setSource] = useState<
    | {
        readonly text: string;
        readonly name: string;
        readonly reading: FileReading;
        readonly provenanceOf: (read?: ReadResult) => Provenance;
      }
    | undefined
  >();
  const [period, setPeriod] = useState('');
  const [valueColumn, setValueColumn] = useState('');
  const [tables, setTables] = useState<readonly { name: string; sheet: string }[] | undefined>();
  const [eurostatPeriod, setEurostatPeriod] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const info = indicatorInfo(indicator);
  const indicatorWords = indicatorName(w, indicator);
  const query = EUROSTAT_QUERIES.find((q) => q.indicator === indicator);
  const busy = state.status.kind === 'busy';

  const figure = (x: number) => formatNumber(x, displayLocale());
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
    origin: string,
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
            n: formatNumber(outcome.loaded.series.observations.size, displayLocale()),
            origin,
          }) + skippedInWords(w, outcome.notes),
      },
    });
  };

  const offer = (read: ReadResult, origin: string, provenance: Provenance) => {
    const periods = periodChoices(read);
    if (read.issues.some((i) => i.severity === 'error') && read.rows.length === 0) {
      dispatch({
        type: 'review',
        review: {
          indicator,
          origin,
          safe: false,
          result: {
            series: undefined,
            issues: read.issues,
            accepted: 0,
            rejected: 0,
            duplicates: 0,
            ...(read.numbers ? { numbers: read.numbers } : {}),
          },
          ...(read.columns ? { columns: read.columns } : {}),
        },
      });
      return;
    }
    if (periods.length === 1) return finish(read, periods[0] as string, origin, provenance);
    setPeriod(periods[0] ?? '');
    setPending({ kind: 'read', read, origin, provenance, periods });
  };

  const offerGrid = (grid: Grid, origin: string, provenance: Provenance) => {
    const numeric = numericColumns(grid);
    const guess =
      numeric.find((h) =>
        [info.label, info.short, info.id].some((n) => h.toLowerCase().startsWith(n.toLowerCase())),
      ) ??
      numeric[0] ??
      '';
    setValueColumn(guess);
    setPeriod('');
    setPending({ kind: 'grid', grid, origin, provenance });
  };

  /** Reads a text file (again, with the analyst's choices from the review: decimals, columns). */
  const readText = async (
    file: { readonly text: string; readonly name: string; readonly reading: FileReading },
    provenanceOf: (read?: ReadResult) => Provenance,
  ) => {
    // The readers (JSON-stat among them) load with the first file: not in the first paint.
    const { readIndicatorFile } = await import(
      /* webpackChunkName: "readers" */ '../../data/readers'
    );
    // A header one letter off is used only once the analyst confirms it (the review asks).
    const read = readIndicatorFile(file.text, { ...file.reading, nearHeaders: 'ask' });
    setSource({ ...file, provenanceOf });
    dispatch({ type: 'review', review: undefined });
    offer(read, `file ${file.name}`, provenanceOf(read));
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
      if (picked.kind === 'grid') offerGrid(picked.grid, `file ${file.name}`, provenanceOf());
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
      offerGrid(grid, `table ${name}`, {
        dataset: `Workbook table ${name}`,
        release: 'as entered by the analyst',
        source: `Table ${name} of this workbook, read ${services.now().toISOString().slice(0, 10)}`,
      });
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
      finish(read, eurostatPeriod, `Eurostat ${query.dataset}`, {
        dataset: read.metadata.dataset ?? `Eurostat ${query.dataset}`,
        release: read.metadata.release ?? 'not stated in the response',
        source: `Eurostat Statistics API, ${url.split('&geo=')[0]}`,
      });
    } catch (e) {
      fail(w.t('dataTab.notFromEurostat'), e);
    }
  };

  const gridPeriodColumn =
    pending?.kind === 'grid' ? guessPeriodColumn(pending.grid.headers) : undefined;
  const periodProblem =
    query && eurostatPeriod !== ''
      ? checkPeriod(eurostatQuery(indicator), eurostatPeriod)
      : undefined;
  const eurostatProblem = periodProblem && sentenceInWords(w, periodProblem, figure);
  const review = state.review;

  return (
    <section className={s.box} aria-labelledby="replace-heading">
      <Text weight="semibold" id="replace-heading" as="h2" className={s.heading} size={300}>
        {w.t('import.heading')}
      </Text>
      <Field label={w.t('import.indicator')} size="small">
        <Select
          select={{ className: s.select }}
          size="small"
          value={indicator}
          onChange={(_, d) => {
            setIndicator(d.value);
            setPending(undefined);
          }}
        >
          {INDICATORS.map((i) => (
            <option key={i.id} value={i.id}>
              {indicatorName(w, i.id)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.row}>
        <Button size="small" disabled={busy} onClick={() => fileInput.current?.click()}>
          {w.t('import.fromFile')}
        </Button>
        <input
          ref={fileInput}
          className={s.hidden}
          type="file"
          aria-label={w.t('import.fileLabel')}
          accept=".csv,.tsv,.txt,.json,.xlsx"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button size="small" disabled={busy} onClick={() => void onTables()}>
          {w.t('import.fromTable')}
        </Button>
      </div>
      {tables && tables.length > 0 && (
        <Field label={w.t('import.table')} size="small">
          <Select
            select={{ className: s.select }}
            size="small"
            defaultValue=""
            onChange={(_, d) => d.value && void onTable(d.value)}
          >
            <option value="" disabled>
              {w.t('import.chooseTable')}
            </option>
            {tables.map((t) => (
              <option key={t.name} value={t.name}>
                {`${t.name} (${t.sheet})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {query ? (
        <div className={s.box}>
          <div className={s.row}>
            <Field
              label={w.t(query.period === 'year' ? 'import.eurostatYear' : 'import.eurostatMonth', {
                dataset: query.dataset,
              })}
              size="small"
              validationMessage={eurostatProblem}
              validationState={eurostatProblem ? 'error' : 'none'}
            >
              <Input
                size="small"
                value={eurostatPeriod}
                placeholder={query.period === 'year' ? '2025' : '2025-12'}
                onChange={(_, d) => setEurostatPeriod(d.value.trim())}
              />
            </Field>
            <Button
              size="small"
              disabled={busy || eurostatPeriod === '' || !!eurostatProblem}
              onClick={() => void onEurostat()}
            >
              {w.t('import.fetch')}
            </Button>
          </div>
          <Caption1>{w.t('import.privacy')}</Caption1>
        </div>
      ) : (
        <Caption1>
          {w.t('dataTab.noEurostat', { indicator: indicatorWords.toLowerCase() })}
        </Caption1>
      )}

      {pending?.kind === 'read' && (
        <div className={s.row}>
          <Field label={w.t('import.period')} size="small">
            <Select
              select={{ className: s.select }}
              size="small"
              value={period}
              onChange={(_, d) => setPeriod(d.value)}
            >
              {pending.periods.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            size="small"
            onClick={() => finish(pending.read, period, pending.origin, pending.provenance)}
          >
            {w.t('import.load', { period })}
          </Button>
        </div>
      )}
      {pending?.kind === 'grid' && (
        <div className={s.box}>
          <Field
            label={w.t('dataTab.valueColumn', { indicator: indicatorWords.toLowerCase() })}
            size="small"
          >
            <Select
              select={{ className: s.select }}
              size="small"
              value={valueColumn}
              onChange={(_, d) => setValueColumn(d.value)}
            >
              {numericColumns(pending.grid).map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
          {!gridPeriodColumn && (
            <Field label={w.t('import.periodOfValues')} size="small">
              <Input
                size="small"
                value={period}
                placeholder="2025"
                onChange={(_, d) => setPeriod(d.value.trim())}
              />
            </Field>
          )}
          <Button
            size="small"
            disabled={valueColumn === '' || (!gridPeriodColumn && period === '')}
            onClick={() => {
              const read = readGrid(pending.grid, {
                valueColumn,
                ...(gridPeriodColumn ? { periodColumn: gridPeriodColumn } : { period }),
              });
              const periods = periodChoices(read);
              if (periods.length > 1)
                setPending({
                  kind: 'read',
                  read,
                  origin: pending.origin,
                  provenance: pending.provenance,
                  periods,
                });
              else finish(read, periods[0] ?? period, pending.origin, pending.provenance);
            }}
          >
            {w.t('import.checkAndLoad')}
          </Button>
        </div>
      )}

      {/* A file's review is announced as it appears, assertively when it holds errors (issue 16). */}
      <LiveRegion
        urgent={
          review !== undefined &&
          (!review.safe || review.result.issues.some((i) => i.severity === 'error'))
        }
      >
        {review && (
          <Suspense fallback={null}>
            <ReviewBar
              review={review}
              onLoad={() => {
                const series = review.result.series;
                const errors = review.result.issues.some((i) => i.severity === 'error');
                if (series)
                  dispatch({
                    type: 'replace',
                    loaded: {
                      series,
                      origin: errors ? `${review.origin}, valid rows only` : review.origin,
                    },
                  });
              }}
              onClose={() => dispatch({ type: 'review', review: undefined })}
              onReread={
                source && review.origin === `file ${source.name}`
                  ? (reading) =>
                      void readText(
                        { ...source, reading: { ...source.reading, ...reading } },
                        source.provenanceOf,
                      )
                  : undefined
              }
            />
          </Suspense>
        )}
      </LiveRegion>
    </section>
  );
}
