import type { ReadIssue } from '../../data';
import type { TextKey, Words } from './words';

/**
 * A reader's problem in the words of a language: from its reason code and values where the reader
 * gives them (numbers formatted by `formatNumber`, in the culture of the pane's figures), else the
 * English sentence the reader wrote (the readers not yet turned into codes).
 */
export function issueInWords(
  w: Words,
  issue: ReadIssue,
  formatNumber: (n: number) => string,
): string {
  const reason = issue.reason;
  if (!reason) return issue.message;
  const values = Object.fromEntries(
    Object.entries(reason.values ?? {}).map(([k, v]) => [
      k,
      typeof v === 'number' ? formatNumber(v) : v,
    ]),
  );
  const say = w.t as (key: TextKey, params?: Readonly<Record<string, string>>) => string;
  const problem = say(`readers.${reason.code}` as TextKey, values);
  if (reason.state === undefined) return problem;
  const [area] = reason.code.split('.');
  return say(`readers.${area}.atState` as TextKey, {
    state: reason.state,
    column: issue.column,
    problem,
  });
}

/** Where a problem is, as the pane's list says it: "Line 18 · value", "Header · Population". */
export function issuePlace(
  w: Words,
  issue: ReadIssue,
  formatNumber: (n: number) => string,
): string {
  const at =
    issue.line <= 1
      ? w.t('readers.where.header')
      : w.t('readers.where.line', { line: formatNumber(issue.line) });
  return issue.column ? w.t('readers.where.column', { at, column: issue.column }) : at;
}
