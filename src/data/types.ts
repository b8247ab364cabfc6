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

/** A problem found while reading a file: the line (1 = the header) and column where it is, and the fix. */
export interface ReadIssue {
  readonly line: number;
  readonly column: string;
  readonly message: string;
  readonly severity: Severity;
}

/** A row as read from any format, before validation. */
export interface RawRow {
  readonly line: number;
  readonly geo: string;
  readonly period: string;
  /** As written in the file; validation turns it into a number or an issue. */
  readonly value: string | number | null;
  readonly flag?: string;
  readonly unit?: string;
  readonly source?: string;
}

export interface ReadResult {
  readonly rows: readonly RawRow[];
  readonly issues: readonly ReadIssue[];
  /** What the file said of itself: dataset code, release date, title. */
  readonly metadata: {
    readonly dataset?: string;
    readonly release?: string;
    readonly title?: string;
  };
}

export function formatIssue(issue: ReadIssue): string {
  return `Line ${issue.line}, column ${issue.column}: ${issue.message}`;
}
