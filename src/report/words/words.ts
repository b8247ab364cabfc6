import { enFirstPaint, type Catalogue } from './en';
import type { Language } from './language';
import { stateNameIn } from './stateNames';
import { fill, pluralForm, type Localized, type ParamArgs, type Plural } from './translate';

/** Keys whose entry is a text, and keys whose entry is a plural. */
export type TextKey = {
  [K in keyof Catalogue]: Catalogue[K] extends string ? K : never;
}[keyof Catalogue];
export type PluralKey = Exclude<keyof Catalogue, TextKey>;

/**
 * The words of one language. `t('shell.tab.data')`; holes by name, values already formatted by
 * the caller: `t('review.read', { rows: formatNumber(31, locale) })`; a count picks the plural
 * form and fills nothing by itself: `plural('review.rows', n, { n: formatNumber(n, locale) })`.
 */
export interface Words {
  readonly language: Language;
  t<K extends TextKey>(key: K, ...params: ParamArgs<Catalogue[K]>): string;
  plural<K extends PluralKey>(key: K, count: number, ...params: ParamArgs<Catalogue[K]>): string;
  /** A state's name in this language ("Allemagne", "Deutschland"), from its Eurostat code. */
  state(code: string): string;
}

/** The words of a catalogue (the English one, or one loaded by loadWords). */
export function createWords(language: Language, catalogue: Localized<Catalogue>): Words {
  // Made on the first plural, not as the module loads (ENGLISH is made then: the pane's start-up).
  let rules: Intl.PluralRules | undefined;
  const entries = catalogue as Readonly<Record<string, string | Plural>>;
  return {
    language,
    t: (key, ...params) => fill(entries[key] as string, params[0]),
    plural: (key, count, ...params) =>
      fill(
        pluralForm(entries[key] as Plural, count, (rules ??= new Intl.PluralRules(language))),
        params[0],
      ),
    state: (code) => stateNameIn(language, code),
  };
}

/** English: the first paint's words at once, the tabs' words added by loadEnglishTabWords. */
const englishEntries: Record<string, string | Plural> = { ...enFirstPaint };

/** English, always at hand (in the first paint; the reference for the other languages). */
export const ENGLISH: Words = createWords('en', englishEntries as Localized<Catalogue>);

let englishTabWords: Promise<void> | undefined;

/**
 * Adds the English words of the tabs that are chunks of their own (en/tabs.ts) to ENGLISH: each of
 * those tabs is loaded together with them, so no tab shows before its words are there.
 */
export function loadEnglishTabWords(): Promise<void> {
  englishTabWords ??= import(/* webpackChunkName: "words-en-tabs" */ './en/tabs').then((m) => {
    Object.assign(englishEntries, m.enTabs);
  });
  return englishTabWords;
}

/**
 * The words of a language. French and German are chunks of their own, fetched only when asked
 * for, so an English pane's first paint does not carry them.
 */
export async function loadWords(language: Language): Promise<Words> {
  switch (language) {
    case 'fr':
      return createWords('fr', (await import(/* webpackChunkName: "words-fr" */ './fr')).fr);
    case 'de':
      return createWords('de', (await import(/* webpackChunkName: "words-de" */ './de')).de);
    default:
      return ENGLISH;
  }
}
