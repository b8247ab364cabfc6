/** The languages the pane, the report words and the function help are written in. */
export const LANGUAGES = ['en', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a language picker shows it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
};

/**
 * The language for a BCP 47 tag such as Office's display language ("fr-FR", "de-AT", "en-US"):
 * its primary subtag if we have it, English otherwise (an Italian Office gets English).
 */
export function languageOf(tag: string | undefined | null): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** What the analyst chose in the pane: a language, or Office's display language ("auto"). */
export type LanguageChoice = Language | 'auto';

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'auto' || (LANGUAGES as readonly unknown[]).includes(value);
}

/** The language in force: the analyst's choice, else Office's display language. */
export function chosenLanguage(choice: LanguageChoice, officeTag: string | undefined): Language {
  return choice === 'auto' ? languageOf(officeTag) : choice;
}
