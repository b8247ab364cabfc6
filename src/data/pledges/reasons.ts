import { fillHoles } from '../reasons/say';
import type { IssueReason, ReadIssue } from '../types';

/**
 * The pledges reader's problems as facts: a reason code and its values (src/data returns facts;
 * the words are the report's, src/report/words/{en,fr,de}/readers.ts). The English sentence is kept
 * in `message` for the command line and the logs; test/report/readerWords.test.ts checks it is the
 * English catalogue's, word for word.
 */
export const PLEDGE_REASONS = {
  unknownColumn:
    'Unknown column "{header}" (column {index}). A pledges file has the columns {columns}.',
  unknownColumnNear:
    'Unknown column "{header}" (column {index}): did you mean "{near}"? A pledges file has the columns {columns}.',
  twoCodeColumns:
    'The columns {both} both give the state code: keep one, or the other would be ignored.',
  twoColumns: 'The columns {both} both give the {field}: keep one, or the other would be ignored.',
  twoDeductionColumns:
    'Both "{fraction}" (a fraction, 0 to 1) and "{percent}" (0 to 100) give the deduction: keep one.',
  noCodeColumn: 'No column names the state: add "code" (found: {found}).',
  noPledgeColumn:
    'The file gives no pledge: add at least one of the columns relocations, financial_eur, alternative_eur, offsets, deduction_percent.',
  rowWithoutCode:
    'column {column}: the row has "{text}" under {under} but no state code: write the code (such as DE) or delete the row.',
  notACode: '"{text}" is not a state code: use a Eurostat code such as DE, or EL for Greece.',
  notParticipant:
    '{code} is not among the participating states: add it to the participants or remove the row.',
  secondRow: 'a second row for {code} (the first is on line {first}): keep one row per state.',
  negative: '{value} is negative: a pledge cannot be.',
  notWhole: '{value} is not a whole number: relocations count people (Art. 56(2)(a)).',
  notRequested:
    '"{text}" is not yes, no or not yet (Art. 65(1): a specific request of the benefitting state).',
  jointWithoutRequest:
    'a value set jointly follows a specific request of the benefitting state (Art. 65(1)): write yes under {column}, or clear the value.',
  notABasis:
    '"{text}" is not a basis for a deduction: write 61 (migratory pressure) or 62 (significant migratory situation).',
  noBasis:
    'a deduction needs its basis: 61 (migratory pressure) or 62 (significant migratory situation).',
  basisWithoutDeduction:
    'Art. {article} is given without a deduction: write the deduction ({column}) or clear the basis.',
  notYesNo: '"{text}" is not yes or no.',
  adHoc:
    '{code} contributes ad hoc (Art. 13(1)): a deduction (Art. 61, 62) or benefitting from the pool (Art. 58, 59) is for Member States only; clear the cell.',
  fractionIsPercent:
    '{value} is not a fraction: the column {column} takes 0 to 1 ({value} % is {fraction}); write {fraction}, or name the column deduction_percent to give 0 to 100.',
  fractionAboveWhole:
    'a deduction of {value} is more than the whole contribution: the column {column} takes 0 to 1 (50 % is 0.5).',
  percentAboveWhole:
    'a deduction of {value} % is more than the whole contribution: give 0 % to 100 %.',
  /** A row's problem, prefixed by its state and column. */
  atState: '{state}, column {column}: {problem}',
} as const;

export type PledgeReasonCode = Exclude<keyof typeof PLEDGE_REASONS, 'atState'>;

export interface PledgeReason extends IssueReason {
  readonly code: PledgeReasonCode;
}

/** A problem of the file's header or a row, as facts and (for the command line) in English. */
export function pledgeIssue(
  line: number,
  column: string,
  reason: { code: PledgeReasonCode; values?: IssueReason['values'] },
  state?: string,
): ReadIssue {
  const full: IssueReason = {
    code: `pledges.${reason.code}`,
    ...(reason.values ? { values: reason.values } : {}),
    ...(state !== undefined ? { state } : {}),
  };
  const problem = fillHoles(PLEDGE_REASONS[reason.code], reason.values);
  return {
    line,
    column,
    severity: 'error',
    message:
      state === undefined ? problem : fillHoles(PLEDGE_REASONS.atState, { state, column, problem }),
    reason: full,
  };
}
