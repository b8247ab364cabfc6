/**
 * The machinery of the catalogues: an entry is a text with named holes (`{state}`), or a plural
 * (`{ one, other }`, chosen by Intl.PluralRules for the language). The holes are read from the
 * English text's type, so a caller that forgets one, or names one that is not there, does not
 * compile; every value is a string, so numbers arrive already formatted by the caller (in Excel's
 * culture, which is not the display language: see excel-rules.md rule 6).
 */

/** A text that depends on a count: CLDR's categories for our languages (French has "many"). */
export interface Plural {
  readonly one: string;
  readonly other: string;
  readonly many?: string;
}

export type Entry = string | Plural;

/** The names of the `{holes}` in a text type. */
type Holes<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;

/** The holes of an entry: for a plural, those of all its forms. */
export type HolesOf<E> = E extends string
  ? Holes<E>
  : E extends Plural
    ? Holes<E['one']> | Holes<E['other']> | Holes<E['many']>
    : never;

/** No argument for an entry without holes; otherwise one value (a string) per hole. */
export type ParamArgs<E> = [HolesOf<E>] extends [never]
  ? []
  : [params: Readonly<Record<HolesOf<E>, string>>];

/** Another language's version of a section: every key, no other; texts for texts, plurals for plurals. */
export type Localized<Section> = {
  readonly [K in keyof Section]: Section[K] extends string ? string : Plural;
};

/** The `{holes}` a text has, for the test that checks each language keeps the English ones. */
export function holesIn(entry: Entry): string[] {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
  const names = texts.flatMap((t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''));
  return [...new Set(names)].sort();
}

/** Fills the holes of a text; a hole without a value stays visible rather than vanishing. */
export function fill(text: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (hole, name: string) => params[name] ?? hole);
}

/** The form of a plural for a count in a language (CLDR's rule, e.g. French 0 and 1 are "one"). */
export function pluralForm(entry: Plural, count: number, rules: Intl.PluralRules): string {
  const category = rules.select(count);
  if (category === 'one') return entry.one;
  if (category === 'many' && entry.many !== undefined) return entry.many;
  return entry.other;
}
