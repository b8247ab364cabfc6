import type { ReasonValue } from './reasons/say';
import type { ConventionDecision } from './numberConvention';
import type { ColumnFindings } from './readers/columns';

/** Where a figure comes from: who published it, in which dataset and release, and where the copy was found. */
export interface Provenance {
  /** Publisher and dataset code, e.g. "Eurostat demo_pjan". */
  readonly dataset: string;
  /** Release (last update) of the dataset the figures were taken from, ISO date where known. */
  readonly release: string;
  /** Where this copy was found: an API request, a file, a public repository and commit. */
  readonly source: string;
  /** Anything a reader of the figures must know (breaks, revisions, gaps). */
  readonly note?: string;
}

export interface Observation {
  /** Eurostat state code (EL for Greece). */
  readonly code: string;
  readonly value: number;
  /** Eurostat status flag: p provisional, e estimated, b break in series, d definition differs. */
  readonly flag?: string;
  /** The source as the row stated it, where it says more than the series' provenance. */
  readonly source?: string;
}

/** One indicator for one period, one value per state at most, from one release. */
export interface IndicatorSeries {
  /** A key from the indicator catalogue (src/data/indicators.ts). */
  readonly indicator: string;
  readonly period: string;
  readonly provenance: Provenance;
  readonly observations: ReadonlyMap<string, Observation>;
}

/** The data one computation uses: population and GDP for the fair share, pressure indicators. */
export interface IndicatorSet {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly series: readonly IndicatorSeries[];
}

export type Severity = 'error' | 'warning';

/**
 * A problem found while reading a file: the physical line of the file (or the sheet row of a table)
 * and the column where it is, and the fix in the message.
 */
export interface ReadIssue {
  readonly line: number;
  readonly column: string;
  /** In English (the command line, the logs); the pane says `reason` in its language where given. */
  readonly message: string;
  readonly severity: Severity;
  /** The problem as facts, for the words of each language (src/report/words/<lang>/readers.ts). */
  readonly reason?: IssueReason;
}

/**
 * A reader's problem as facts: a reason code ("pledges.secondRow"), the values its words need (a
 * number stays a number, formatted in the reader's culture), and for a row, the state it is about.
 */
export interface IssueReason {
  readonly code: string;
  /** A text as found, a number, or a phrase of its own (reasons/say.ts). */
  readonly values?: Readonly<Record<string, ReasonValue>>;
  readonly state?: string;
}

/** A row as read from any format, before validation. */
export interface RawRow {
  readonly line: number;
  readonly geo: string;
  readonly period: string;
  /** As written in the file; validation turns it into a number or an issue. */
  readonly value: string | number | null;
  /**
   * The value was quoted in a comma-separated file, so thousands separators in it are unambiguous
   * ("83,456,045"); elsewhere a comma makes the value an error.
   */
  readonly thousands?: boolean;
  /** The file is read with decimal commas (numberConvention.ts); a decimal point otherwise. */
  readonly decimal?: 'comma' | 'point';
  readonly flag?: string;
  readonly unit?: string;
  readonly source?: string;
}

export interface ReadResult {
  readonly rows: readonly RawRow[];
  readonly issues: readonly ReadIssue[];
  /**
   * Data rows the reader refused (a line of the wrong shape, a malformed cell), each with an error
   * issue on its line: never in `rows`, always counted as rejected by validation.
   */
  readonly refused?: number;
  /**
   * Of those, how many fall in each period, where the reader knows (a Eurostat TSV line holds one
   * observation per period): validation then counts only the chosen period's as rejected.
   */
  readonly refusedByPeriod?: ReadonlyMap<string, number>;
  /** The line (or sheet row) of the header, where problems of the whole file are reported; 1 by default. */
  readonly headerLine?: number;
  /**
   * How the file's numbers were read (decimal commas or points, and why), or that it mixes both
   * and was refused with the choice offered; absent where numbers are not text (JSON-stat).
   */
  readonly numbers?: ConventionDecision;
  /** Where a long file lacks needed columns: its headers, what is missing, what is one edit away. */
  readonly columns?: ColumnFindings;
  /** What the file said of itself: dataset code, release date, title. */
  readonly metadata: {
    readonly dataset?: string;
    readonly release?: string;
    readonly title?: string;
  };
}

/**
 * The provenance of a series read from an analyst's file (the task pane and the command line say
 * the same): the dataset and release the file states, else the file's name and a placeholder, and
 * the file with the day it was loaded as the source.
 */
export function fileProvenance(
  fileName: string,
  metadata: ReadResult['metadata'] | undefined,
  loaded: Date,
): Provenance {
  return {
    dataset: metadata?.dataset ?? `File ${fileName}`,
    release: metadata?.release ?? 'as stated in the file',
    source: `File ${fileName}, loaded ${loaded.toISOString().slice(0, 10)}`,
  };
}

export function formatIssue(issue: ReadIssue): string {
  return `Line ${issue.line}, column ${issue.column}: ${issue.message}`;
}
