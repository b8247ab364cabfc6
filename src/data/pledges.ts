import {
  isAdHocContributor,
  tryNormalizeCode,
  type DeductionArticle,
  type DeductionRequest,
  type Pledge,
} from '../core';
import { clipText, parseStrictNumber } from './numbers';
import { parseAlternativeRequested } from './pledgeAlternatives';
import { parseCsvTable, refuseLineBreaks } from './readers/csvTable';
import type { Grid } from './readers/table';
import { checkText } from './readers/text';
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
  // Art. 57(4): the financial value the pledging state indicates.
  alternativeEur: [
    'alternative measures (eur)',
    'alternative_eur',
    'alternative measures',
    'alternative_indicated_eur',
    'alternative measures: value indicated (eur)',
  ],
  // Art. 65(1): requested by a benefitting state (yes, no, not yet), and the value set jointly.
  alternativeRequested: ['alternative_requested', 'alternative measures: requested'],
  alternativeJointEur: ['alternative_joint_eur', 'alternative measures: value set jointly (eur)'],
  description: ['alternative measures: description', 'alternative_description', 'description'],
  offsets: ['responsibility offsets', 'offsets', 'responsibility_offsets'],
  deductionFraction: ['deduction requested', 'deduction'],
  deductionPercent: ['deduction_percent', 'deduction (%)', 'deduction percent'],
  article: ['deduction basis', 'deduction_article', 'article'],
  benefitting: ['benefitting', 'benefits from the pool'],
  note: ['source or note', 'source', 'note'],
} as const;

/** The columns a pledges CSV has, in order (the Pledges grid's too); files with only these still read. */
export const PLEDGES_CSV_HEADER =
  'code,relocations,financial_eur,alternative_eur,alternative_description,offsets,deduction_percent,deduction_article,benefitting,source';

/**
 * The optional columns on alternative measures (issue 14): whether a benefitting state requested
 * them (yes, no, not yet; Art. 65(1)) and the value set jointly (Art. 65(1)); `alternative_eur`
 * is the value the pledging state indicated (Art. 57(4)).
 */
export const PLEDGES_CSV_ALTERNATIVE_COLUMNS = 'alternative_requested,alternative_joint_eur';

interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, unknown>>;
  /** Quoted cells of a comma-separated file, where "83,456,045" is unambiguous. */
  readonly quoted?: Readonly<Record<string, boolean>>;
}

type Key = keyof typeof COLUMNS;

const EMPTY: Omit<PledgeSheet, 'issues'> = {
  pledges: [],
  deductions: [],
  descriptions: {},
  notes: {},
  benefitting: {},
};

export function readPledgesCsv(text: string, participants: readonly string[]): PledgeSheet {
  const parsed = parseCsvTable(text);
  if (parsed.unreadable) return { ...EMPTY, issues: parsed.issues };
  // Only the texts (what a measure is, the source) may span lines; a code or a number never does.
  const texts = [...COLUMNS.description, ...COLUMNS.note] as readonly string[];
  const table = refuseLineBreaks(
    parsed,
    parsed.headers.filter((h) => !texts.includes(h.toLowerCase())),
  );
  const thousands = table.delimiter === ',';
  const rows = table.records.map((r) => ({ ...r, quoted: thousands ? r.quoted : {} }));
  return readPledgeRows(table.headers, table.headerLine, rows, participants, table.issues);
}

export function readPledgesGrid(grid: Grid, participants: readonly string[]): PledgeSheet {
  const headerRow = grid.headerRow ?? 1;
  const headers = grid.headers.map((h) => String(h ?? '').trim());
  const rows = grid.rows.map((r, i) => ({
    line: headerRow + 1 + i,
    cells: Object.fromEntries(headers.map((h, j) => [h, r[j]])),
    // A text cell of a workbook cannot hide a field separator: strict thousands are unambiguous.
    quoted: Object.fromEntries(headers.map((h) => [h, true])),
  }));
  return readPledgeRows(headers, headerRow, rows, participants, []);
}

/**
 * Which column holds each field. Every header must be one the format knows (a misspelt header
 * would otherwise leave its column unread, every pledge 0), each field given once, and the state
 * code present. The Pledges table's "State" beside "Code" is the state's name, for reading.
 */
function mapColumns(
  headers: readonly string[],
  line: number,
): { columns: Partial<Record<Key, string>>; issues: ReadIssue[] } {
  const issues: ReadIssue[] = [];
  const error = (column: string, message: string) =>
    issues.push({ line, column, message, severity: 'error' });
  const found: Partial<Record<Key, string[]>> = {};
  const codeNames: readonly string[] = COLUMNS.code.filter((n) => n !== 'state');
  const hasCode = headers.some((h) => codeNames.includes(h.toLowerCase()));
  headers.forEach((header, i) => {
    const name = header.toLowerCase();
    if (header === '') return;
    if (name === 'state' && hasCode) return; // the state's name beside its code
    const key = (Object.keys(COLUMNS) as Key[]).find((k) =>
      (COLUMNS[k] as readonly string[]).includes(name),
    );
    if (!key) {
      const near = closestHeader(name);
      error(
        header,
        `Unknown column "${header}" (column ${i + 1})${near ? `: did you mean "${near}"?` : '.'} ` +
          `A pledges file has the columns ${PLEDGES_CSV_HEADER.split(',').join(', ')}.`,
      );
      return;
    }
    (found[key] ??= []).push(header);
  });
  for (const [key, names] of Object.entries(found) as [Key, string[]][]) {
    if (names.length > 1) {
      error(
        names[1] as string,
        `The columns ${names.map((n) => `"${n}"`).join(' and ')} both give ${key === 'code' ? 'the state code' : `the ${names[0]}`}: keep one, or the other would be ignored.`,
      );
    }
  }
  if (found.deductionFraction && found.deductionPercent) {
    error(
      found.deductionPercent[0] as string,
      `Both "${found.deductionFraction[0]}" (a fraction, 0 to 1) and "${found.deductionPercent[0]}" (0 to 100) give the deduction: keep one.`,
    );
  }
  if (!found.code) {
    error(
      '(header)',
      `No column names the state: add "code" (found: ${headers.join(', ') || 'no header'}).`,
    );
  }
  const columns = Object.fromEntries(
    Object.entries(found).map(([k, names]) => [k, (names as string[])[0]]),
  ) as Partial<Record<Key, string>>;
  const content: Key[] = [
    'relocations',
    'financialEur',
    'alternativeEur',
    'alternativeJointEur',
    'offsets',
    'deductionFraction',
    'deductionPercent',
  ];
  if (issues.length === 0 && !content.some((k) => columns[k])) {
    error(
      '(header)',
      'The file gives no pledge: add at least one of the columns relocations, financial_eur, alternative_eur, offsets, deduction_percent.',
    );
  }
  return { columns, issues };
}

/** The known header closest to a misspelt one (edit distance at most 3), to suggest. */
function closestHeader(name: string): string | undefined {
  let best: string | undefined;
  let distance = 4;
  for (const known of Object.values(COLUMNS).flat()) {
    const d = editDistance(name, known);
    if (d < distance) [best, distance] = [known, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Validates pledges row by row: known participating states, one row each, amounts that are numbers
 * (parseStrictNumber), finite and not negative, relocations whole, a deduction between 0 and 100 %
 * with its article (61 or 62) and no article without a deduction. Every problem names the line,
 * the state and the column; a row with a problem gives nothing, never a part.
 */
function readPledgeRows(
  headers: readonly string[],
  headerLine: number,
  rows: readonly Row[],
  participants: readonly string[],
  parseIssues: readonly ReadIssue[],
): PledgeSheet {
  const mapped = mapColumns(headers, headerLine);
  const issues: ReadIssue[] = [...parseIssues, ...mapped.issues];
  if (mapped.issues.length > 0) return { ...EMPTY, issues };
  const c = mapped.columns;
  const pledges: Pledge[] = [];
  const deductions: DeductionRequest[] = [];
  const descriptions: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const benefitting: Record<string, boolean> = {};
  const seen = new Map<string, number>();
  const codeColumn = c.code as string;

  for (const { line, cells, quoted } of rows) {
    const raw = text(cells[codeColumn]);
    if (raw === '') {
      const filled = Object.entries(cells).find(([, v]) => text(v) !== '');
      if (filled) {
        issues.push({
          line,
          column: codeColumn,
          message: `column ${codeColumn}: the row has "${clipText(text(filled[1]))}" under ${filled[0]} but no state code: write the code (such as DE) or delete the row.`,
          severity: 'error',
        });
      }
      continue;
    }
    const code = tryNormalizeCode(raw);
    const fail = (column: string, message: string) =>
      issues.push({
        line,
        column,
        message: `${code ?? clipText(raw)}, column ${column}: ${message}`,
        severity: 'error',
      });
    const long = Object.entries(cells).find(([, v]) => typeof v === 'string' && checkText(v));
    if (long) {
      fail(long[0], checkText(long[1] as string) as string);
      continue;
    }
    if (!code) {
      fail(
        codeColumn,
        `"${clipText(raw)}" is not a state code: use a Eurostat code such as DE, or EL for Greece.`,
      );
      continue;
    }
    // Art. 13(1): a Dublin-associated state pledges ad hoc, outside the key; never a participant.
    const adHoc = isAdHocContributor(code);
    if (!participants.includes(code) && !adHoc) {
      fail(
        codeColumn,
        `${code} is not among the participating states: add it to the participants or remove the row.`,
      );
      continue;
    }
    if (seen.has(code)) {
      fail(
        codeColumn,
        `a second row for ${code} (the first is on line ${seen.get(code)}): keep one row per state.`,
      );
      continue;
    }
    seen.set(code, line);
    let bad = false;
    /** A number of the column, undefined when the cell is empty (or the column absent). */
    const number = (key: Key): number | undefined => {
      const column = c[key];
      if (!column) return undefined;
      const v = cells[column];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
        return undefined;
      }
      const parsed =
        typeof v === 'number' || typeof v === 'string'
          ? parseStrictNumber(v, { thousands: quoted?.[column] ?? false })
          : ({ ok: false, reason: `${String(v)} is not a number: write the figure.` } as const);
      if (!parsed.ok) {
        fail(column, parsed.reason);
        bad = true;
        return undefined;
      }
      if (parsed.value < 0) {
        fail(column, `${parsed.value} is negative: a pledge cannot be.`);
        bad = true;
        return undefined;
      }
      return parsed.value;
    };
    const relocations = number('relocations') ?? 0;
    if (!Number.isInteger(relocations)) {
      fail(
        c.relocations as string,
        `${relocations} is not a whole number: relocations count people (Art. 56(2)(a)).`,
      );
      bad = true;
    }
    const requested = parseAlternativeRequested(
      text(c.alternativeRequested ? cells[c.alternativeRequested] : ''),
    );
    if (!requested.ok) {
      fail(c.alternativeRequested as string, requested.reason);
      bad = true;
    }
    const joint = number('alternativeJointEur');
    if (joint !== undefined && requested.ok && requested.value !== 'yes') {
      fail(
        c.alternativeJointEur as string,
        'a value set jointly follows a specific request of the benefitting state (Art. 65(1)): ' +
          `write yes under ${c.alternativeRequested ?? 'alternative_requested'}, or clear the value.`,
      );
      bad = true;
    }
    const pledge: Pledge = {
      code,
      relocations,
      financialEur: number('financialEur') ?? 0,
      alternativeEur: number('alternativeEur') ?? 0,
      offsets: number('offsets') ?? 0,
      ...(requested.ok && requested.value ? { alternativeRequested: requested.value } : {}),
      ...(joint !== undefined ? { alternativeSetJointlyEur: joint } : {}),
    };
    const share = deductionShare(number('deductionFraction'), number('deductionPercent'), c, fail);
    if (share === 'bad') bad = true;
    const deducted = typeof share === 'number' && share > 0;
    const articleText = text(c.article ? cells[c.article] : '');
    const article =
      articleText === ''
        ? undefined
        : Number(articleText.match(/^(?:art(?:icle)?\.?\s*)?(\d+)$/i)?.[1] ?? NaN);
    if (article !== undefined && article !== 61 && article !== 62) {
      fail(
        c.article as string,
        `"${clipText(articleText)}" is not a basis for a deduction: write 61 (migratory pressure) or 62 (significant migratory situation).`,
      );
      bad = true;
    } else if (deducted && article === undefined) {
      fail(
        c.article ?? 'deduction_article',
        'a deduction needs its basis: 61 (migratory pressure) or 62 (significant migratory situation).',
      );
      bad = true;
    } else if (article !== undefined && !bad && !deducted) {
      fail(
        c.article as string,
        `Art. ${article} is given without a deduction: write the deduction (${c.deductionPercent ?? c.deductionFraction ?? 'deduction_percent'}) or clear the basis.`,
      );
      bad = true;
    }
    const b = text(c.benefitting ? cells[c.benefitting] : '').toLowerCase();
    if (b !== '' && !['yes', 'no', 'y', 'n', 'true', 'false'].includes(b)) {
      fail(c.benefitting as string, `"${clipText(b)}" is not yes or no.`);
      bad = true;
    }
    if (adHoc && (deducted || b !== '')) {
      fail(
        deducted
          ? (c.deductionPercent ?? c.deductionFraction ?? 'deduction')
          : (c.benefitting as string),
        `${code} contributes ad hoc (Art. 13(1)): a deduction (Art. 61, 62) or benefitting from ` +
          'the pool (Art. 58, 59) is for Member States only; clear the cell.',
      );
      bad = true;
    }
    if (bad) continue;
    pledges.push(pledge);
    if (deducted) {
      deductions.push({ code, share, article: article as DeductionArticle });
    }
    if (b !== '') benefitting[code] = ['yes', 'y', 'true'].includes(b);
    const description = text(c.description ? cells[c.description] : '');
    if (description) descriptions[code] = description;
    const note = text(c.note ? cells[c.note] : '');
    if (note) notes[code] = note;
  }
  return { pledges, deductions, descriptions, notes, benefitting, issues };
}

/**
 * The deduction as a fraction (Art. 61, 62: full or partial): the fraction column takes 0 to 1, the
 * percent column 0 to 100. 'bad' after an issue; undefined when not given.
 */
function deductionShare(
  fraction: number | undefined,
  percent: number | undefined,
  c: Partial<Record<Key, string>>,
  fail: (column: string, message: string) => void,
): number | undefined | 'bad' {
  if (fraction !== undefined) {
    if (fraction <= 1) return fraction;
    const column = c.deductionFraction as string;
    fail(
      column,
      fraction <= 100
        ? `${fraction} is not a fraction: the column ${column} takes 0 to 1 (${fraction} % is ${fraction / 100}); write ${fraction / 100}, or name the column deduction_percent to give 0 to 100.`
        : `a deduction of ${fraction} is more than the whole contribution: the column ${column} takes 0 to 1 (50 % is 0.5).`,
    );
    return 'bad';
  }
  if (percent !== undefined) {
    if (percent <= 100) return percent / 100;
    fail(
      c.deductionPercent as string,
      `a deduction of ${percent} % is more than the whole contribution: give 0 % to 100 %.`,
    );
    return 'bad';
  }
  return undefined;
}

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}
