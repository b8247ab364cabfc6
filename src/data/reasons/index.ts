import type { ReadIssue, Severity } from '../types';
import { FIGURE_REASONS } from './figures';
import { FILE_REASONS } from './files';
import { INPUT_REASONS } from './inputs';
import { JSON_STAT_REASONS } from './jsonStat';
import { fillHoles, sayPhrase, type Phrase } from './say';

export * from './say';

/**
 * Every reader's reasons in English, by code (the pledges reader's are in pledges/reasons.ts). The
 * English catalogue's readers section is made of these (src/report/words/en/readerReasons.ts), so
 * the command line's message and the pane's English are one text; French and German translate them.
 */
export const READER_REASONS = {
  ...FIGURE_REASONS,
  ...FILE_REASONS,
  ...JSON_STAT_REASONS,
  ...INPUT_REASONS,
} as const;

export type ReaderReasonCode = keyof typeof READER_REASONS;

/** A phrase of a reader's: a code of READER_REASONS and its values. */
export interface ReaderPhrase extends Phrase {
  readonly code: ReaderReasonCode;
}

// Made on first use, not as the module loads (the pane's start-up, npm run bench).
let englishNumber: Intl.NumberFormat | undefined;

/** A phrase in English, as the command line prints it (numbers as en-GB writes them). */
export function inEnglish(phrase: Phrase): string {
  return sayPhrase(
    phrase,
    (code, params) => fillHoles(READER_REASONS[code as ReaderReasonCode] ?? code, params),
    (n) =>
      (englishNumber ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 })).format(n),
  );
}

/** A reader's problem as facts (`reason`) and in English (`message`). */
export function issueOf(
  line: number,
  column: string,
  reason: ReaderPhrase,
  severity: Severity = 'error',
): ReadIssue {
  return { line, column, severity, message: inEnglish(reason), reason };
}

/**
 * A refusal thrown rather than returned (a request to Eurostat that failed): its message in English
 * for the logs, its reason as facts for the pane to say in its language.
 */
export class ReasonedError extends Error {
  readonly reason: ReaderPhrase;

  constructor(reason: ReaderPhrase, options?: ErrorOptions) {
    super(inEnglish(reason), options);
    this.name = 'ReasonedError';
    this.reason = reason;
  }
}

/** A phrase of a reader's (shorter to write than the object). */
export function phrase(code: ReaderReasonCode, values?: Phrase['values']): ReaderPhrase {
  return values ? { code, values } : { code };
}

/**
 * A figure's problem named for its state: '"n/a" for MT is not a number: ...' where the problem
 * quotes the figure, else 'The value for MT: the cell is empty: ...'.
 */
export function figureFor(why: ReaderPhrase, code: string): ReaderPhrase {
  const quoted = why.values?.quoted;
  if (quoted && typeof quoted === 'object' && 'code' in quoted) {
    const text = quoted.values?.text ?? '';
    return {
      ...why,
      values: { ...why.values, quoted: phrase('number.quotedFor', { text, code }) },
    };
  }
  return phrase('series.valueFor', { code, problem: why });
}
