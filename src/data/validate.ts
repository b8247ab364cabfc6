import { tryNormalizeCode } from '../core';
import type { ConventionDecision } from './numberConvention';
import { parseStrictNumber, type DecimalMark } from './numbers';
import { figureFor, issueOf, phrase, type ReaderPhrase } from './reasons';
import type {
  IndicatorSeries,
  Observation,
  Provenance,
  RawRow,
  ReadIssue,
  ReadResult,
} from './types';

/** Eurostat geo codes that are not states (aggregates, regions, routes): skipped with a note. */
const NOT_A_STATE =
  /^(EU\d*(_\d{4})?|EA\d*|EU_PLUS|EFTA|EEA\d*|EU27_2020|EU28|TOTAL|ROUTE.*|[A-Z]{2}_[A-Z0-9_]+|[A-Z]{2}\d+)$/;

export interface SeriesRequest {
  readonly indicator: string;
  /** The period to keep; required when the rows hold several. */
  readonly period?: string;
  readonly provenance: Provenance;
  /** Keeps only matching rows (e.g. one unit of a file that holds several measures). */
  readonly select?: (row: RawRow) => boolean;
}

export interface SeriesResult {
  /** The series built from the valid rows (undefined when none is valid or the period is unclear). */
  readonly series: IndicatorSeries | undefined;
  readonly issues: readonly ReadIssue[];
  /** Rows kept and rows refused, for "load the valid rows only" decisions. */
  readonly accepted: number;
  readonly rejected: number;
  /** Rows refused as a second value for a state: which one is right, only the analyst knows. */
  readonly duplicates: number;
  /** How the file's numbers were read (ReadResult.numbers), for the review to say and offer. */
  readonly numbers?: ConventionDecision;
}

export function periodsOf(rows: readonly RawRow[]): string[] {
  return [...new Set(rows.map((r) => r.period))].sort();
}

/**
 * Parses a value as written in a file: "" or ":" for missing, else a number under the strict rules
 * of `parseStrictNumber` (thousands separators only where the row says the quoting allows them).
 */
export function parseValue(
  raw: RawRow['value'],
  thousands = false,
  decimal: DecimalMark = 'point',
): number | null | { readonly invalid: string; readonly why: ReaderPhrase } {
  if (raw === null) return null;
  if (typeof raw === 'string' && (raw.trim() === '' || raw.trim() === ':')) return null;
  const parsed = parseStrictNumber(raw, { thousands, decimal });
  return parsed.ok ? parsed.value : { invalid: parsed.reason, why: parsed.why };
}

/**
 * Validates rows into one series: known state codes (GR accepted for EL), one period, numbers that
 * are not negative, one value per state. Every problem names the line, the column and the fix;
 * missing values are gaps (a warning), never zero.
 */
export function toSeries(read: ReadResult, request: SeriesRequest): SeriesResult {
  const numbers = read.numbers ? { numbers: read.numbers } : {};
  if (read.numbers?.kind === 'mixed') {
    // Refused whole by the reader, with the choice offered: nothing else to say of it yet.
    const rejected = read.refused ?? 0;
    return {
      series: undefined,
      issues: [...read.issues],
      accepted: 0,
      rejected,
      duplicates: 0,
      ...numbers,
    };
  }
  return { ...validRows(read, request), ...numbers };
}

function validRows(read: ReadResult, request: SeriesRequest): SeriesResult {
  const issues: ReadIssue[] = [...read.issues];
  const rows = request.select ? read.rows.filter(request.select) : read.rows;
  const periods = periodsOf(rows);
  const period = request.period ?? (periods.length === 1 ? periods[0] : undefined);
  if (period === undefined) {
    issues.push(
      issueOf(
        read.headerLine ?? 1,
        'year',
        periods.length === 0
          ? phrase('series.noObservations')
          : phrase('series.periods', { n: periods.length, periods: { list: periods } }),
      ),
    );
    return {
      series: undefined,
      issues,
      accepted: 0,
      rejected: rows.length + (read.refused ?? 0),
      duplicates: 0,
    };
  }
  if (!periods.includes(period)) {
    issues.push(
      issueOf(
        read.headerLine ?? 1,
        'year',
        periods.length > 0
          ? phrase('series.missingPeriod', { period, periods: { list: periods } })
          : phrase('series.noPeriods', { period }),
      ),
    );
    return { series: undefined, issues, accepted: 0, rejected: read.refused ?? 0, duplicates: 0 };
  }
  const observations = new Map<string, Observation>();
  const firstLine = new Map<string, number>();
  // Rows the reader refused (wrong shape) are rejected, never loaded in part: those of the chosen
  // period where the reader knows it, else all (a line of the wrong shape has no trusted period).
  let rejected = read.refusedByPeriod
    ? (read.refusedByPeriod.get(period) ?? 0)
    : (read.refused ?? 0);
  let duplicates = 0;
  const refuse = (row: RawRow, column: string, reason: ReaderPhrase) => {
    issues.push(issueOf(row.line, column, reason));
    rejected += 1;
  };
  for (const row of rows) {
    if (row.period !== period) continue;
    const code = tryNormalizeCode(row.geo);
    if (!code) {
      if (NOT_A_STATE.test(row.geo.trim().toUpperCase())) {
        issues.push(
          issueOf(row.line, 'geo', phrase('series.notAState', { geo: row.geo }), 'warning'),
        );
      } else {
        refuse(row, 'geo', phrase('series.unknownCode', { geo: row.geo }));
      }
      continue;
    }
    const value = parseValue(row.value, row.thousands, row.decimal);
    if (value !== null && typeof value === 'object') {
      // '"n/a" is not a number: ...' becomes '"n/a" for MT is not a number: ...'.
      refuse(row, 'value', figureFor(value.why, code));
      continue;
    }
    if (value === null) {
      issues.push(issueOf(row.line, 'value', phrase('series.gap', { code }), 'warning'));
      continue;
    }
    if (value < 0) {
      refuse(row, 'value', phrase('series.negative', { value, code }));
      continue;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      // A line as the review names it: never grouped ("line 1234", as the list of problems says).
      const first = { number: earlier, names: true } as const;
      refuse(row, 'geo', phrase('series.again', { code, period, first }));
      duplicates += 1;
      continue;
    }
    firstLine.set(code, row.line);
    observations.set(code, {
      code,
      value,
      ...(row.flag ? { flag: row.flag } : {}),
      ...(row.source ? { source: row.source } : {}),
    });
  }
  const series =
    observations.size > 0
      ? { indicator: request.indicator, period, provenance: request.provenance, observations }
      : undefined;
  return { series, issues, accepted: observations.size, rejected, duplicates };
}

export function errorsOf(issues: readonly ReadIssue[]): ReadIssue[] {
  return issues.filter((i) => i.severity === 'error');
}
