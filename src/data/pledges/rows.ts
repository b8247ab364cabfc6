import {
  isAdHocContributor,
  tryNormalizeCode,
  type DeductionArticle,
  type DeductionRequest,
  type Pledge,
} from '../../core';
import { clipText, parseStrictNumber, type DecimalMark } from '../numbers';
import { parseAlternativeRequested } from '../pledgeAlternatives';
import { checkText } from '../readers/text';
import type { ReadIssue } from '../types';
import type { Key } from './columns';
import type { Row } from './convention';
import { deductionBasis, deductionShare } from './deduction';
import { pledgeIssue, type PledgeReasonCode } from './reasons';

type Values = Readonly<Record<string, string | number>>;

/** What one row gives when it has no problem. */
interface RowRead {
  readonly pledge: Pledge;
  readonly deduction?: DeductionRequest;
  readonly benefitting?: boolean;
  readonly description?: string;
  readonly note?: string;
}

export interface RowsRead {
  readonly pledges: Pledge[];
  readonly deductions: DeductionRequest[];
  readonly descriptions: Record<string, string>;
  readonly notes: Record<string, string>;
  readonly benefitting: Record<string, boolean>;
  readonly issues: ReadIssue[];
}

/**
 * Validates pledges row by row: known participating states, one row each, amounts that are numbers
 * (parseStrictNumber, in the file's convention), finite and not negative, relocations whole, a
 * deduction between 0 and 100 % with its article (61 or 62) and no article without a deduction.
 * Every problem names the line, the state and the column; a row with a problem gives nothing,
 * never a part.
 */
export function readPledgeRows(
  c: Partial<Record<Key, string>>,
  rows: readonly Row[],
  participants: readonly string[],
  decimal: DecimalMark,
): RowsRead {
  const out: RowsRead = {
    pledges: [],
    deductions: [],
    descriptions: {},
    notes: {},
    benefitting: {},
    issues: [],
  };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const read = readPledgeRow(row, c, participants, decimal, seen, out.issues);
    if (!read) continue;
    const code = read.pledge.code;
    out.pledges.push(read.pledge);
    if (read.deduction) out.deductions.push(read.deduction);
    if (read.benefitting !== undefined) out.benefitting[code] = read.benefitting;
    if (read.description) out.descriptions[code] = read.description;
    if (read.note) out.notes[code] = read.note;
  }
  return out;
}

function readPledgeRow(
  { line, cells, quoted }: Row,
  c: Partial<Record<Key, string>>,
  participants: readonly string[],
  decimal: DecimalMark,
  seen: Map<string, number>,
  issues: ReadIssue[],
): RowRead | undefined {
  const codeColumn = c.code as string;
  const raw = text(cells[codeColumn]);
  if (raw === '') {
    const filled = Object.entries(cells).find(([, v]) => text(v) !== '');
    if (filled) {
      issues.push(
        pledgeIssue(line, codeColumn, {
          code: 'rowWithoutCode',
          values: { column: codeColumn, text: clipText(text(filled[1])), under: filled[0] },
        }),
      );
    }
    return undefined;
  }
  const code = tryNormalizeCode(raw);
  const state = code ?? clipText(raw);
  let bad = false;
  const fail = (column: string, reason: PledgeReasonCode, values?: Values) => {
    issues.push(pledgeIssue(line, column, { code: reason, ...(values ? { values } : {}) }, state));
    bad = true;
  };
  /** A problem said only in English (the number reader's, the cell-length check). */
  const failInEnglish = (column: string, message: string) => {
    issues.push({
      line,
      column,
      message: `${state}, column ${column}: ${message}`,
      severity: 'error',
    });
    bad = true;
  };
  const long = Object.entries(cells).find(([, v]) => typeof v === 'string' && checkText(v));
  if (long) {
    failInEnglish(long[0], checkText(long[1] as string) as string);
    return undefined;
  }
  if (!code) {
    fail(codeColumn, 'notACode', { text: clipText(raw) });
    return undefined;
  }
  // Art. 13(1): a Dublin-associated state pledges ad hoc, outside the key; never a participant.
  const adHoc = isAdHocContributor(code);
  if (!participants.includes(code) && !adHoc) {
    fail(codeColumn, 'notParticipant', { code });
    return undefined;
  }
  const first = seen.get(code);
  if (first !== undefined) {
    fail(codeColumn, 'secondRow', { code, first });
    return undefined;
  }
  seen.set(code, line);
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
        ? parseStrictNumber(v, { thousands: quoted?.[column] ?? false, decimal })
        : ({ ok: false, reason: `${String(v)} is not a number: write the figure.` } as const);
    if (!parsed.ok) {
      failInEnglish(column, parsed.reason);
      return undefined;
    }
    if (parsed.value < 0) {
      fail(column, 'negative', { value: parsed.value });
      return undefined;
    }
    return parsed.value;
  };
  const relocations = number('relocations') ?? 0;
  if (!Number.isInteger(relocations)) {
    fail(c.relocations as string, 'notWhole', { value: relocations });
  }
  const requestedText = text(c.alternativeRequested ? cells[c.alternativeRequested] : '');
  const requested = parseAlternativeRequested(requestedText);
  if (!requested.ok) {
    fail(c.alternativeRequested as string, 'notRequested', { text: clipText(requestedText) });
  }
  const joint = number('alternativeJointEur');
  if (joint !== undefined && requested.ok && requested.value !== 'yes') {
    fail(c.alternativeJointEur as string, 'jointWithoutRequest', {
      column: c.alternativeRequested ?? 'alternative_requested',
    });
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
  const deducted = typeof share === 'number' && share > 0;
  const articleText = text(c.article ? cells[c.article] : '');
  const article = deductionBasis(articleText);
  if (article !== undefined && article !== 61 && article !== 62) {
    fail(c.article as string, 'notABasis', { text: clipText(articleText) });
  } else if (deducted && article === undefined) {
    fail(c.article ?? 'deduction_article', 'noBasis');
  } else if (article !== undefined && !bad && !deducted) {
    fail(c.article as string, 'basisWithoutDeduction', {
      article,
      column: c.deductionPercent ?? c.deductionFraction ?? 'deduction_percent',
    });
  }
  const b = text(c.benefitting ? cells[c.benefitting] : '').toLowerCase();
  if (b !== '' && !['yes', 'no', 'y', 'n', 'true', 'false'].includes(b)) {
    fail(c.benefitting as string, 'notYesNo', { text: clipText(b) });
  }
  if (adHoc && (deducted || b !== '')) {
    const column = deducted
      ? (c.deductionPercent ?? c.deductionFraction ?? 'deduction')
      : (c.benefitting as string);
    fail(column, 'adHoc', { code });
  }
  if (bad) return undefined;
  const description = text(c.description ? cells[c.description] : '');
  const note = text(c.note ? cells[c.note] : '');
  return {
    pledge,
    ...(deducted ? { deduction: { code, share, article: article as DeductionArticle } } : {}),
    ...(b !== '' ? { benefitting: ['yes', 'y', 'true'].includes(b) } : {}),
    ...(description ? { description } : {}),
    ...(note ? { note } : {}),
  };
}

function text(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}
