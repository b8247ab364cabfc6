/**
 * Implementation records (what was implemented, by whom, towards whom, when) from a CSV file or the
 * workbook's Implementation input table, validated like every other input: each problem names the
 * physical line, the column and the fix; a file with any problem loads nothing.
 */
import {
  MEASURE_TYPES,
  STATES,
  tryNormalizeCode,
  unitOf,
  type ImplementationRecord,
  type MeasureType,
} from '../core';
import { clipText, parseStrictNumber } from './numbers';
import { parseCsvTable, refuseLineBreaks } from './readers/csvTable';
import type { Grid } from './readers/table';
import { textTooLong } from './readers/text';
import { issueOf, phrase, type ReaderPhrase } from './reasons';
import type { ReadIssue } from './types';

/** The columns of an implementation-records CSV, in order: also the template the README shows. */
export const IMPLEMENTATION_CSV_HEADER = 'date,contributing,benefitting,type,persons,eur,note';

/** Accepted names of each column (the CSV's, then the workbook table's). */
const COLUMNS = {
  date: ['date'],
  contributing: ['contributing', 'contributing state'],
  benefitting: ['benefitting', 'benefitting state'],
  type: ['type'],
  persons: ['persons'],
  eur: ['eur', 'euros', 'amount (eur)'],
  note: ['note', 'source or note', 'source'],
} as const;
type Key = keyof typeof COLUMNS;
const REQUIRED: readonly Key[] = ['date', 'contributing', 'benefitting', 'type', 'persons', 'eur'];

export interface ImplementationSheet {
  /** Every record, or none when any row has a problem: a file is never loaded in part. */
  readonly records: readonly (ImplementationRecord & { readonly line: number })[];
  readonly issues: readonly ReadIssue[];
}

interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, unknown>>;
}

/** Who may implement: a participating state, or a Dublin-associated state ad hoc (Art. 13(1), 14(3)). */
function mayImplement(code: string, participants: readonly string[]): boolean {
  return participants.includes(code) || STATES.some((s) => s.code === code && s.group === 'EFTA');
}

export function readImplementationCsv(
  text: string,
  participants: readonly string[],
): ImplementationSheet {
  const parsed = parseCsvTable(text);
  if (parsed.unreadable) return { records: [], issues: parsed.issues };
  const notes = COLUMNS.note as readonly string[];
  const table = refuseLineBreaks(
    parsed,
    parsed.headers.filter((h) => !notes.includes(h.toLowerCase())),
  );
  return readRows(
    { headers: table.headers, headerLine: table.headerLine, rows: table.records },
    participants,
    table.issues,
  );
}

/** The workbook's Implementation input table: dates may be Excel serial numbers. */
export function readImplementationGrid(
  grid: Grid,
  participants: readonly string[],
): ImplementationSheet {
  const headerRow = grid.headerRow ?? 1;
  const headers = grid.headers.map((h) => String(h ?? '').trim());
  const rows = grid.rows.map((r, i) => ({
    line: headerRow + 1 + i,
    cells: Object.fromEntries(headers.map((h, j) => [h, r[j]])),
  }));
  return readRows({ headers, headerLine: headerRow, rows }, participants, []);
}

function mapColumns(headers: readonly string[], line: number) {
  const issues: ReadIssue[] = [];
  const columns: Partial<Record<Key, string>> = {};
  const error = (column: string, reason: ReaderPhrase) =>
    issues.push(issueOf(line, column, reason));
  for (const header of headers) {
    if (header === '') continue;
    const key = (Object.keys(COLUMNS) as Key[]).find((k) =>
      (COLUMNS[k] as readonly string[]).includes(header.toLowerCase()),
    );
    // Columns the tool computes on the workbook's table (the check) are not read back.
    if (!key) {
      if (header.toLowerCase() === 'check') continue;
      const columns = { list: IMPLEMENTATION_CSV_HEADER.split(',') };
      error(header, phrase('records.unknownColumn', { header, columns }));
    } else if (columns[key]) {
      error(header, phrase('records.twoColumns', { first: columns[key], second: header, key }));
    } else columns[key] = header;
  }
  const missing = REQUIRED.filter((k) => !columns[k]);
  if (missing.length > 0) {
    const values = { missing: { list: missing }, header: IMPLEMENTATION_CSV_HEADER };
    error(
      '(header)',
      phrase(missing.length > 1 ? 'records.missing' : 'records.missing.one', values),
    );
  }
  return { columns: columns as Record<Key, string> & { note?: string }, issues };
}

/** A type of Art. 56(2) in words, with its article ("a relocation", "an offset"). */
const typeWords = (type: MeasureType): ReaderPhrase => phrase(`records.type.${type}`);

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** An ISO date (yyyy-mm-dd) that exists, from text or an Excel serial number (1900 date system). */
function readDate(v: unknown): string | { reason: ReaderPhrase } {
  if (typeof v === 'number' && Number.isInteger(v) && v > 60 && v < 2958466) {
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const t = text(v);
  const m = t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) {
    return { reason: phrase('records.notADate', { text: clipText(t) }) };
  }
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== t) return { reason: phrase('records.notADay', { text: t }) };
  return t;
}

/**
 * Validates record by record: a date, known states (the contributing state participating or
 * Dublin-associated, the benefitting state another state, named for every type but a financial
 * contribution, which goes to the Union budget, Art. 64(1)), a type, and its amount in its own
 * column: whole persons for relocations and offsets, euros for the others, above zero.
 */
function readRows(
  table: { headers: readonly string[]; headerLine: number; rows: readonly Row[] },
  participants: readonly string[],
  parseIssues: readonly ReadIssue[],
): ImplementationSheet {
  const { headers, headerLine, rows } = table;
  const mapped = mapColumns(headers, headerLine);
  const issues: ReadIssue[] = [...parseIssues, ...mapped.issues];
  if (mapped.issues.length > 0) return { records: [], issues };
  const c = mapped.columns;
  const records: (ImplementationRecord & { line: number })[] = [];
  for (const { line, cells } of rows) {
    if (Object.values(cells).every((v) => text(v) === '')) continue;
    const before = issues.length;
    const fail = (key: Key, problem: ReaderPhrase) => {
      const column = c[key] ?? key;
      issues.push(issueOf(line, column, phrase('records.atColumn', { column, problem })));
    };
    const long = Object.entries(cells).find(([, v]) => typeof v === 'string' && textTooLong(v));
    if (long) {
      issues.push(issueOf(line, long[0], textTooLong(long[1] as string)!));
      continue;
    }
    const date = readDate(cells[c.date]);
    if (typeof date !== 'string') fail('date', date.reason);
    const contributingText = text(cells[c.contributing]);
    const contributing = tryNormalizeCode(contributingText);
    if (!contributing) {
      fail(
        'contributing',
        contributingText === ''
          ? phrase('records.noContributing')
          : phrase('records.notACode', { text: clipText(contributingText) }),
      );
    } else if (!mayImplement(contributing, participants)) {
      fail('contributing', phrase('records.mayNotImplement', { code: contributing }));
    }
    const typeText = text(cells[c.type]).toLowerCase();
    const type = (MEASURE_TYPES as readonly string[]).includes(typeText)
      ? (typeText as MeasureType)
      : undefined;
    if (!type) fail('type', phrase('records.notAType', { text: clipText(typeText) }));
    const benefittingText = text(cells[c.benefitting]);
    const benefitting = benefittingText === '' ? '' : tryNormalizeCode(benefittingText);
    if (benefitting === undefined) {
      fail(
        'benefitting',
        phrase('records.notABenefittingCode', { text: clipText(benefittingText) }),
      );
    } else if (benefitting === '' && type && type !== 'financial') {
      fail('benefitting', phrase('records.noBenefitting', { type: typeWords(type) }));
    } else if (benefitting !== '' && benefitting === contributing) {
      fail('benefitting', phrase('records.towardsItself', { code: benefitting }));
    }
    let amount: number | undefined;
    if (type) {
      const own: Key = unitOf(type) === 'persons' ? 'persons' : 'eur';
      const other: Key = own === 'persons' ? 'eur' : 'persons';
      if (text(cells[c[other]]) !== '') {
        const values = { type: typeWords(type), own: c[own], other: c[other] };
        fail(other, phrase(own === 'persons' ? 'records.inPersons' : 'records.inEuros', values));
      }
      const raw = cells[c[own]];
      const parsed =
        typeof raw === 'number' || typeof raw === 'string' ? parseStrictNumber(raw) : undefined;
      if (!parsed || text(raw) === '')
        fail(
          own,
          phrase(own === 'persons' ? 'records.needsPersons' : 'records.needsEuros', {
            type: typeWords(type),
          }),
        );
      else if (!parsed.ok) fail(own, parsed.why);
      else if (parsed.value <= 0)
        fail(own, phrase('records.notAboveZero', { value: parsed.value }));
      else if (own === 'persons' && !Number.isInteger(parsed.value))
        fail(own, phrase('records.notWhole', { value: parsed.value }));
      else amount = parsed.value;
    }
    if (
      issues.length > before ||
      typeof date !== 'string' ||
      !contributing ||
      !type ||
      benefitting === undefined ||
      amount === undefined
    )
      continue;
    const note = c.note ? text(cells[c.note]) : '';
    records.push({
      line,
      date,
      contributing,
      benefitting,
      type,
      amount,
      ...(note ? { note } : {}),
    });
  }
  return { records: issues.some((i) => i.severity === 'error') ? [] : records, issues };
}
