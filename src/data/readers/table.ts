import { codeFromName, tryNormalizeCode } from '../../core';
import { issueOf, phrase, type ReaderPhrase } from '../reasons';
import type { RawRow, ReadIssue, ReadResult } from '../types';
import { parseValue } from '../validate';
import { findColumn } from './csvTable';
import { textTooLong } from './text';

/** A table as a grid: a header row and rows of cell values (a workbook table, a sheet of an .xlsx). */
export interface Grid {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  /** Row number of the header in the sheet, so that issues name the sheet's rows (1 by default). */
  readonly headerRow?: number;
}

export interface GridMapping {
  /** The column with the state code (or English name); found by header when not given. */
  readonly codeColumn?: string;
  /** The column with the period; when absent, every row has `period`. */
  readonly periodColumn?: string;
  readonly period?: string;
  /** The column with the indicator's values. */
  readonly valueColumn: string;
}

export function guessCodeColumn(headers: readonly string[]): string | undefined {
  return findColumn(
    headers,
    'code',
    'geo',
    'country code',
    'state code',
    'country',
    'state',
    'member state',
  );
}

export function guessPeriodColumn(headers: readonly string[]): string | undefined {
  return findColumn(headers, 'year', 'period', 'time', 'time_period');
}

/** Columns whose cells are mostly numbers: the candidates for an indicator's values. */
export function numericColumns(grid: Grid): string[] {
  return grid.headers.filter((h, i) => {
    const cells = grid.rows
      .map((r) => r[i])
      .filter((v) => v !== '' && v !== null && v !== undefined);
    return (
      cells.length > 0 &&
      cells.filter((v) => typeof v === 'number' || /^[-+]?\d/.test(String(v))).length >=
        cells.length / 2
    );
  });
}

/**
 * Reads an indicator from a table in the analyst's own layout, mapped by its column headers: a
 * long table (code, year, value) or a wide one (code, then one column per indicator).
 */
export function readGrid(grid: Grid, mapping: GridMapping): ReadResult {
  const issues: ReadIssue[] = [];
  const headerRow = grid.headerRow ?? 1;
  const index = (name: string | undefined) =>
    name === undefined ? -1 : grid.headers.indexOf(name);
  const codeColumn = mapping.codeColumn ?? guessCodeColumn(grid.headers);
  const codeAt = index(codeColumn);
  const valueAt = index(mapping.valueColumn);
  const periodAt = index(mapping.periodColumn);
  if (codeAt < 0) {
    const found = { list: grid.headers.map(String) };
    issues.push(issueOf(headerRow, '(header)', phrase('grid.noCode', { found })));
  }
  if (valueAt < 0) {
    const column = mapping.valueColumn;
    issues.push(issueOf(headerRow, column, phrase('grid.noColumn', { column })));
  }
  if (periodAt < 0 && !mapping.period) {
    issues.push(issueOf(headerRow, '(header)', phrase('grid.noPeriod')));
  }
  if (issues.length > 0) return { rows: [], issues, metadata: {} };
  const rows: RawRow[] = [];
  let refused = 0;
  grid.rows.forEach((cells, i) => {
    const line = headerRow + 1 + i;
    if (cells.every(isEmpty)) return; // a blank row is not data
    const refuse = (column: string, reason: ReaderPhrase) => {
      issues.push(issueOf(line, column, reason));
      refused += 1;
    };
    const long = cells.findIndex((c) => typeof c === 'string' && textTooLong(c));
    if (long >= 0) {
      refuse(grid.headers[long] ?? `column ${long + 1}`, textTooLong(cells[long] as string)!);
      return;
    }
    const raw = cells[codeAt];
    if (isEmpty(raw)) {
      refuse(codeColumn as string, phrase('grid.noState'));
      return;
    }
    const text = String(raw).trim();
    const geo = tryNormalizeCode(text) ?? codeFromName(text) ?? text;
    const value = cellNumber(cells[valueAt]);
    if (typeof value === 'object' && value !== null) {
      refuse(mapping.valueColumn, phrase('grid.valueFor', { geo, problem: value }));
      return;
    }
    rows.push({
      line,
      geo,
      period: periodAt >= 0 ? String(cells[periodAt] ?? '').trim() : (mapping.period as string),
      value,
    });
  });
  return { rows, issues, refused, headerLine: headerRow, metadata: {} };
}

function isEmpty(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A cell of the value column: a number as Excel holds it (finite, within Excel's range), nothing
 * for a gap, or a text written as a number. A text cell cannot hide a field separator, so strict
 * thousands separators ("83,456,045") are unambiguous there. Anything else: the reason, as text.
 */
function cellNumber(cell: unknown): number | null | ReaderPhrase {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'number' && typeof cell !== 'string') {
    return typeof cell === 'boolean'
      ? phrase('grid.logical', { value: String(cell).toUpperCase() })
      : phrase('grid.notANumber');
  }
  const value = parseValue(cell, true);
  return value !== null && typeof value === 'object' ? value.why : value;
}
