/**
 * How a reader's problem is said from its facts: a reason code with its values, where a value is a
 * text as found in the file (never translated), a number (formatted in the culture of whoever says
 * it), a phrase of its own (a reason code and values: "the comma", a figure's problem inside a
 * row's), or a list of those. src/data says it in English (ReadIssue.message, for the command line
 * and the logs); the pane says the same facts in its language (src/report/words/issueWords.ts).
 */

import type { IndicatorValue, NumberStyle, NumberValue } from '../../core/reasons';

export interface Phrase {
  readonly code: string;
  readonly values?: Readonly<Record<string, ReasonValue>>;
}

export interface PhraseList {
  readonly list: readonly ReasonValue[];
  /** Between two entries; ", " unless given. */
  readonly joiner?: string;
}

export type ReasonValue = string | number | NumberValue | IndicatorValue | Phrase | PhraseList;

/** A number written in a language; `how`, where the reason says how it is written (a NumberValue). */
export type FormatNumber = (n: number, how?: NumberStyle) => string;

/** The words of one language for a phrase: its code's text with the holes filled. */
export type SayCode = (code: string, params: Readonly<Record<string, string>>) => string;

/** A text with its {holes} filled; a hole without a value stays visible rather than vanishing. */
export function fillHoles(
  text: string,
  values: Readonly<Record<string, unknown>> | undefined,
): string {
  return text.replace(/\{(\w+)\}/g, (hole, name: string) => {
    const v = values?.[name];
    return v === undefined ? hole : String(v);
  });
}

/** An indicator named in a language; its label as given unless the language names it. */
export type NameIndicator = (v: IndicatorValue) => string;

/**
 * A phrase said in a language: nested phrases and lists first, numbers by `formatNumber`, the
 * indicators a reason names by `nameIndicator`.
 */
export function sayPhrase(
  phrase: Phrase,
  say: SayCode,
  formatNumber: FormatNumber,
  nameIndicator: NameIndicator = (v) => v.label,
): string {
  const value = (v: ReasonValue): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return formatNumber(v);
    if ('list' in v) return v.list.map(value).join(v.joiner ?? ', ');
    if ('number' in v) return formatNumber(v.number, v);
    if ('indicator' in v) return nameIndicator(v);
    return sayPhrase(v, say, formatNumber, nameIndicator);
  };
  const params = Object.fromEntries(
    Object.entries(phrase.values ?? {}).map(([k, v]) => [k, value(v)]),
  );
  return say(phrase.code, params);
}

/** A phrase with a value replaced or added (a figure's problem named for its state). */
export function withValue(phrase: Phrase, name: string, value: ReasonValue): Phrase {
  return { ...phrase, values: { ...phrase.values, [name]: value } };
}
