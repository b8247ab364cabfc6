import type { IndicatorValue } from '../../core/reasons';
import type { ReadIssue } from '../../data';
import { sayPhrase, type FormatNumber, type Phrase } from '../../data/reasons/say';
import { indicatorName } from './indicatorWords';
import type { TextKey, Words } from './words';

/** The readers' places that are no column of the file (src/data: ReadIssue.column). */
const PLACES = ['(file)', '(document)', '(row)', '(header)', '(table)', '(first column)'] as const;

/**
 * A reader's problem in the words of a language: from its reason code and values where the reader
 * gives them (numbers formatted by `formatNumber`, in the culture of the pane's figures; phrases
 * within it said first), else the English sentence the reader wrote (a reader not yet turned into
 * codes).
 */
export function issueInWords(w: Words, issue: ReadIssue, formatNumber: FormatNumber): string {
  const reason = issue.reason;
  if (!reason) return issue.message;
  const problem = phraseInWords(w, reason, formatNumber);
  if (reason.state === undefined) return problem;
  const [area] = reason.code.split('.');
  return phraseInWords(w, {
    code: `${area}.atState`,
    values: { state: reason.state, column: issue.column, problem },
  });
}

/**
 * A phrase in the words of a language: a reader's code ("number.comma") is a key of the readers'
 * sections ("readers.number.comma"); a pane's own ("checks.field.whole") and the methodology's
 * ("method.twoPledges", core/reasons.ts) are their keys as they are.
 */
export function phraseInWords(
  w: Words,
  phrase: Phrase,
  formatNumber: FormatNumber = String,
): string {
  const say = w.t as (key: TextKey, params?: Readonly<Record<string, string>>) => string;
  const sayCode = (code: string, params: Readonly<Record<string, string>>) =>
    say((/^(checks|method)\./.test(code) ? code : `readers.${code}`) as TextKey, params);
  // An indicator with its period, by its name in this language (issue 18); else as it was given.
  const nameIndicator = (v: IndicatorValue) =>
    v.period === undefined ? v.label : `${indicatorName(w, v.indicator)} ${v.period}`;
  return sayPhrase(phrase, sayCode, formatNumber, nameIndicator);
}

/** The same, as a message of its own: its first letter a capital ("The value …", "« 4,5 » …"). */
export function sentenceInWords(
  w: Words,
  phrase: Phrase,
  formatNumber: FormatNumber = String,
): string {
  const text = phraseInWords(w, phrase, formatNumber);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a problem is, as the pane's list says it: "Line 18 · value", "Header · Population". */
export function issuePlace(w: Words, issue: ReadIssue, formatNumber: FormatNumber): string {
  const at =
    issue.line <= 1
      ? w.t('readers.where.header')
      : w.t('readers.where.line', { line: formatNumber(issue.line) });
  return issue.column
    ? w.t('readers.where.column', { at, column: columnInWords(w, issue.column) })
    : at;
}

/** A column's name as the file gives it; a place that is none ("(row)", "column 3") in words. */
function columnInWords(w: Words, column: string): string {
  const numbered = /^column (\d+)$/.exec(column);
  if (numbered) return w.t('readers.place.numbered', { n: numbered[1] ?? '' });
  const place = PLACES.find((p) => p === column);
  return place ? w.t(`readers.place.${place}`) : column;
}
