import type { DeductionRequest, Pledge } from '../../core';
import { mixedIssue, type ConventionDecision } from '../numberConvention';
import type { DecimalMark } from '../numbers';
import { parseCsvTable, refuseLineBreaks } from '../readers/csvTable';
import type { Grid } from '../readers/table';
import type { ReadIssue } from '../types';
import { mapColumns, TEXT_COLUMNS } from './columns';
import { pledgeConvention, type Row } from './convention';
import { readPledgeRows } from './rows';

export { PLEDGES_CSV_ALTERNATIVE_COLUMNS, PLEDGES_CSV_HEADER } from './columns';
export { PLEDGE_REASONS, type PledgeReasonCode } from './reasons';

/** The pledging round as read from a file or from the workbook's Pledges table. */
export interface PledgeSheet {
  readonly pledges: readonly Pledge[];
  readonly deductions: readonly DeductionRequest[];
  /** What each alternative measure is (staff, equipment, ...). */
  readonly descriptions: Readonly<Record<string, string>>;
  readonly notes: Readonly<Record<string, string>>;
  /** Yes or no where the source says whether a state benefits; the others keep the default. */
  readonly benefitting: Readonly<Record<string, boolean>>;
  readonly issues: readonly ReadIssue[];
  /**
   * How a file's figures were read (decimal commas or points, and why), or that it writes them
   * both ways and was refused with the choice offered; absent for the workbook's table, whose
   * numbers are numbers.
   */
  readonly numbers?: ConventionDecision;
}

export interface PledgesCsvOptions {
  /** How the figures are written, where the analyst chose (pane: the review; CLI: --decimal). */
  readonly decimal?: DecimalMark;
}

const EMPTY: Omit<PledgeSheet, 'issues'> = {
  pledges: [],
  deductions: [],
  descriptions: {},
  notes: {},
  benefitting: {},
};

export function readPledgesCsv(
  text: string,
  participants: readonly string[],
  options: PledgesCsvOptions = {},
): PledgeSheet {
  const parsed = parseCsvTable(text);
  if (parsed.unreadable) return { ...EMPTY, issues: parsed.issues };
  // Only the texts (what a measure is, the source) may span lines; a code or a number never does.
  const table = refuseLineBreaks(
    parsed,
    parsed.headers.filter((h) => !TEXT_COLUMNS.includes(h.toLowerCase())),
  );
  const thousands = table.delimiter === ',';
  const rows = table.records.map((r) => ({ ...r, quoted: thousands ? r.quoted : {} }));
  const mapped = mapColumns(table.headers, table.headerLine);
  const issues = [...table.issues, ...mapped.issues];
  if (mapped.issues.length > 0) return { ...EMPTY, issues };
  const numbers = pledgeConvention(rows, mapped.columns, table.delimiter, options.decimal);
  if (numbers.kind === 'mixed') {
    return { ...EMPTY, issues: [...issues, mixedIssue(numbers, table.headerLine)], numbers };
  }
  const read = readPledgeRows(mapped.columns, rows, participants, numbers.decimal);
  return { ...read, issues: [...issues, ...read.issues], numbers };
}

export function readPledgesGrid(grid: Grid, participants: readonly string[]): PledgeSheet {
  const headerRow = grid.headerRow ?? 1;
  const headers = grid.headers.map((h) => String(h ?? '').trim());
  const rows: Row[] = grid.rows.map((r, i) => ({
    line: headerRow + 1 + i,
    cells: Object.fromEntries(headers.map((h, j) => [h, r[j]])),
    // A text cell of a workbook cannot hide a field separator: strict thousands are unambiguous.
    quoted: Object.fromEntries(headers.map((h) => [h, true])),
  }));
  const mapped = mapColumns(headers, headerRow);
  if (mapped.issues.length > 0) return { ...EMPTY, issues: mapped.issues };
  const read = readPledgeRows(mapped.columns, rows, participants, 'point');
  return read;
}
