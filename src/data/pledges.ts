import {
  tryNormalizeCode,
  type DeductionArticle,
  type DeductionRequest,
  type Pledge,
} from '../core';
import { findColumn, parseCsvTable } from './readers/csvTable';
import type { Grid } from './readers/table';
import type { ReadIssue } from './types';

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
}

/** The columns of a pledges source, by the names a CSV or the workbook's Pledges table uses. */
const COLUMNS = {
  code: ['code', 'geo', 'state code', 'country code', 'state'],
  relocations: ['relocations', 'relocation'],
  financialEur: [
    'financial contribution (eur)',
    'financial_eur',
    'financial',
    'financial contribution',
  ],
  alternativeEur: ['alternative measures (eur)', 'alternative_eur', 'alternative measures'],
  description: ['alternative measures: description', 'alternative_description', 'description'],
  offsets: ['responsibility offsets', 'offsets', 'responsibility_offsets'],
  deductionFraction: ['deduction requested', 'deduction'],
  deductionPercent: ['deduction_percent', 'deduction (%)', 'deduction percent'],
  article: ['deduction basis', 'deduction_article', 'article'],
  benefitting: ['benefitting', 'benefits from the pool'],
  note: ['source or note', 'source', 'note'],
} as const;

/** The columns a pledges CSV has, in order: also the template the README shows. */
export const PLEDGES_CSV_HEADER =
  'code,relocations,financial_eur,alternative_eur,alternative_description,offsets,deduction_percent,deduction_article,benefitting,source';

interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, unknown>>;
}

export function readPledgesCsv(text: string, participants: readonly string[]): PledgeSheet {
  const table = parseCsvTable(text);
  return readPledgeRows(table.headers, table.records, participants, table.issues);
}

export function readPledgesGrid(grid: Grid, participants: readonly string[]): PledgeSheet {
  const headerRow = grid.headerRow ?? 1;
  const rows = grid.rows.map((r, i) => ({
    line: headerRow + 1 + i,
    cells: Object.fromEntries(grid.headers.map((h, j) => [h, r[j]])),
  }));
  return readPledgeRows(grid.headers, rows, participants, []);
}

/**
 * Validates pledges row by row: known participating states, one row each, amounts that are numbers
 * and not negative, a deduction between 0 and 100 % with its article (61 or 62). Every problem
 * names the line, the state and the column.
 */
function readPledgeRows(
  headers: readonly string[],
  rows: readonly Row[],
  participants: readonly string[],
  parseIssues: readonly ReadIssue[],
): PledgeSheet {
  const issues: ReadIssue[] = [...parseIssues];
  const col = (names: readonly string[]) => findColumn(headers, ...names);
  const c = Object.fromEntries(
    Object.entries(COLUMNS).map(([k, names]) => [k, col(names)]),
  ) as Record<keyof typeof COLUMNS, string | undefined>;
  if (!c.code) {
    issues.push({
      line: 1,
      column: '(header)',
      message: `No column names the state: add "code" (found: ${headers.join(', ')}).`,
      severity: 'error',
    });
    return { pledges: [], deductions: [], descriptions: {}, notes: {}, benefitting: {}, issues };
  }
  const pledges: Pledge[] = [];
  const deductions: DeductionRequest[] = [];
  const descriptions: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const benefitting: Record<string, boolean> = {};
  const seen = new Map<string, number>();

  for (const { line, cells } of rows) {
    const raw = text(cells[c.code]);
    if (raw === '') continue;
    const code = tryNormalizeCode(raw);
    const fail = (column: string, message: string) =>
      issues.push({
        line,
        column,
        message: `${code ?? raw}, column ${column}: ${message}`,
        severity: 'error',
      });
    if (!code) {
      fail(
        c.code,
        `"${raw}" is not a state code: use a Eurostat code such as DE, or EL for Greece.`,
      );
      continue;
    }
    if (!participants.includes(code)) {
      fail(
        c.code,
        `${code} is not among the participating states: add it to the participants or remove the row.`,
      );
      continue;
    }
    if (seen.has(code)) {
      fail(
        c.code,
        `a second row for ${code} (the first is on line ${seen.get(code)}): keep one row per state.`,
      );
      continue;
    }
    seen.set(code, line);
    let bad = false;
    const amount = (key: keyof typeof COLUMNS): number => {
      const column = c[key];
      if (!column) return 0;
      const v = cells[column];
      if (v === '' || v === null || v === undefined) return 0;
      const n = typeof v === 'number' ? v : Number(String(v).replace(/[\s_]/g, ''));
      if (!Number.isFinite(n)) {
        fail(column, `"${String(v)}" is not a number: write digits only, with a dot for decimals.`);
        bad = true;
        return 0;
      }
      if (n < 0) {
        fail(column, `${n} is negative: a pledge cannot be.`);
        bad = true;
        return 0;
      }
      return n;
    };
    const pledge: Pledge = {
      code,
      relocations: amount('relocations'),
      financialEur: amount('financialEur'),
      alternativeEur: amount('alternativeEur'),
      offsets: amount('offsets'),
    };
    const share = c.deductionFraction
      ? amount('deductionFraction')
      : amount('deductionPercent') / 100;
    const deductionColumn = (c.deductionFraction ?? c.deductionPercent) as string;
    if (share > 1) {
      fail(
        deductionColumn,
        `a deduction of ${share * 100} % is more than the whole contribution: give 0 % to 100 %.`,
      );
      bad = true;
    }
    const articleText = text(c.article ? cells[c.article] : '');
    const article =
      articleText === '' ? undefined : Number(articleText.replace(/^art(icle)?\.?\s*/i, ''));
    if (article !== undefined && article !== 61 && article !== 62) {
      fail(
        c.article as string,
        `"${articleText}" is not a basis for a deduction: write 61 (migratory pressure) or 62 (significant migratory situation).`,
      );
      bad = true;
    }
    if (share > 0 && article === undefined) {
      fail(
        c.article ?? 'deduction_article',
        'a deduction needs its basis: 61 (migratory pressure) or 62 (significant migratory situation).',
      );
      bad = true;
    }
    const b = text(c.benefitting ? cells[c.benefitting] : '').toLowerCase();
    if (b !== '' && !['yes', 'no', 'y', 'n', 'true', 'false'].includes(b)) {
      fail(c.benefitting as string, `"${b}" is not yes or no.`);
      bad = true;
    }
    if (bad) continue;
    pledges.push(pledge);
    if (share > 0) deductions.push({ code, share, article: article as DeductionArticle });
    if (b !== '') benefitting[code] = ['yes', 'y', 'true'].includes(b);
    const description = text(c.description ? cells[c.description] : '');
    if (description) descriptions[code] = description;
    const note = text(c.note ? cells[c.note] : '');
    if (note) notes[code] = note;
  }
  return { pledges, deductions, descriptions, notes, benefitting, issues };
}

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}
