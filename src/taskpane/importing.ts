import {
  indicatorInfo,
  numericColumns,
  periodsOf,
  toSeries,
  type Grid,
  type Provenance,
  type ReadIssue,
  type ReadResult,
} from '../data';
import type { SourceOrigin } from './origin';
import type { ImportReview, LoadedSeries } from './state';

export interface ImportRequest {
  readonly indicator: string;
  readonly period: string;
  readonly provenance: Provenance;
  readonly origin: SourceOrigin;
  readonly participants: readonly string[];
}

export type ImportOutcome =
  | {
      readonly kind: 'loaded';
      readonly loaded: LoadedSeries;
      /** Rows skipped or left as gaps (aggregates, empty values), by line: said when loading. */
      readonly notes: readonly ReadIssue[];
    }
  | { readonly kind: 'review'; readonly review: ImportReview };

/** The periods a read file offers, latest first: the analyst picks one. */
export function periodChoices(read: ReadResult): string[] {
  return periodsOf(read.rows).reverse();
}

/**
 * Validates what was read into a series before anything touches the workbook. Clean data is loaded;
 * data with errors goes to review, where loading only the valid rows is offered when that is safe:
 * for the fair share (population, GDP) only if every participant still has its value; for a
 * pressure indicator always, a refused row becoming a visible gap.
 */
export function importSeries(read: ReadResult, request: ImportRequest): ImportOutcome {
  const result = toSeries(read, {
    indicator: request.indicator,
    period: request.period,
    provenance: request.provenance,
  });
  const errors = result.issues.filter((i) => i.severity === 'error');
  // Decimal commas the analyst did not choose: said in the review before anything is loaded.
  const numbers = result.numbers;
  const toCheck =
    numbers?.kind === 'read' && numbers.decimal === 'comma' && numbers.why !== 'chosen';
  if (errors.length === 0 && result.series && !toCheck) {
    const notes = result.issues.filter((i) => i.severity !== 'error');
    return { kind: 'loaded', loaded: { series: result.series, origin: request.origin }, notes };
  }
  const covered = result.series?.observations;
  const needsAll = indicatorInfo(request.indicator).role === 'fair-share';
  const safe =
    !!result.series &&
    result.duplicates === 0 &&
    (!needsAll || request.participants.every((c) => covered?.has(c)));
  return {
    kind: 'review',
    review: { indicator: request.indicator, origin: request.origin, result, safe },
  };
}

/** A file nothing could be read from: its review, the reader's errors and what it made of the file. */
export function unreadableReview(
  read: ReadResult,
  indicator: string,
  origin: SourceOrigin,
): ImportReview {
  return {
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
  };
}

/** A table's column that holds the indicator: the first numeric one named like it, else the first numeric one. */
export function valueColumnGuess(grid: Grid, indicator: string): string {
  const info = indicatorInfo(indicator);
  const numeric = numericColumns(grid);
  return (
    numeric.find((h) =>
      [info.label, info.short, info.id].some((n) => h.toLowerCase().startsWith(n.toLowerCase())),
    ) ??
    numeric[0] ??
    ''
  );
}
