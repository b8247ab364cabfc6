import {
  chosenLanguage,
  createWords,
  ENGLISH,
  holesIn,
  languageOf,
  LANGUAGES,
  loadWords,
  type Entry,
} from '../../src/report/words';
import { en } from '../../src/report/words/en/full';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';

import { PLEDGE_REASONS } from '../../src/data';
import { READER_REASONS } from '../../src/data/reasons';

const catalogues: Record<string, Readonly<Record<string, Entry>>> = { fr, de };

describe('the catalogues in three languages', () => {
  it.each(Object.keys(catalogues))(
    '%s has every English key, no other, each of the same kind',
    (l) => {
      const other = catalogues[l] as Readonly<Record<string, Entry>>;
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        expect([key, typeof other[key]]).toEqual([key, typeof entry]);
      }
    },
  );

  it.each(Object.keys(catalogues))('%s keeps the {holes} of every English text', (l) => {
    const other = catalogues[l] as Readonly<Record<string, Entry>>;
    for (const [key, entry] of Object.entries(en)) {
      expect([key, holesIn(other[key] as Entry)]).toEqual([key, holesIn(entry)]);
    }
  });

  it('has words in each language for every reason code the readers give (src/data/reasons)', () => {
    const codes = [
      ...Object.keys(READER_REASONS),
      ...Object.keys(PLEDGE_REASONS).map((c) => `pledges.${c}`),
    ];
    for (const code of codes) {
      const key = `readers.${code}`;
      for (const c of [en, fr, de] as Readonly<Record<string, Entry>>[]) {
        expect([key, typeof c[key]]).toEqual([key, 'string']);
      }
      // The English is the reader's own text, so the command line and the pane say one thing.
      const english = (READER_REASONS as Record<string, string>)[code];
      if (english) expect([key, (en as Record<string, Entry>)[key]]).toEqual([key, english]);
    }
  });

  it('has no empty text in any language', () => {
    for (const c of [en, fr, de] as Readonly<Record<string, Entry>>[]) {
      for (const [key, entry] of Object.entries(c)) {
        const texts: string[] = typeof entry === 'string' ? [entry] : Object.values(entry);
        for (const t of texts) expect([key, t.trim().length > 0]).toEqual([key, true]);
      }
    }
  });
});

describe('words', () => {
  it('fills holes with the values the caller formatted', () => {
    expect(ENGLISH.t('shell.language.auto', { language: 'Deutsch' })).toBe('As Office (Deutsch)');
  });

  it('picks the plural form by the language’s rule: French 0 and 1 are singular, English 0 plural', () => {
    const catalogue = { ...en, 'x.rows': { one: '{n} ligne', other: '{n} lignes' } };
    const french = createWords('fr', catalogue as never);
    const english = createWords('en', {
      ...catalogue,
      'x.rows': { one: '{n} row', other: '{n} rows' },
    } as never);
    const plural = (w: typeof french, n: number) =>
      (w.plural as (k: string, c: number, p: Record<string, string>) => string)('x.rows', n, {
        n: String(n),
      });
    expect([0, 1, 2].map((n) => plural(french, n))).toEqual(['0 ligne', '1 ligne', '2 lignes']);
    expect([0, 1, 2].map((n) => plural(english, n))).toEqual(['0 rows', '1 row', '2 rows']);
  });

  it('checks the holes at compile time', () => {
    // @ts-expect-error: the hole {language} needs a value.
    ENGLISH.t('shell.language.auto');
    // @ts-expect-error: a text without holes takes none.
    ENGLISH.t('shell.title', { x: '1' });
    // @ts-expect-error: a key that is not in the catalogue.
    ENGLISH.t('shell.nonexistent');
    expect(ENGLISH.t('shell.title')).toBe('Solidarity pool');
  });

  it('loads French and German as their own chunks, English at hand', async () => {
    expect((await loadWords('fr')).t('shell.tab.data')).toBe('Données');
    expect((await loadWords('de')).t('shell.tab.data')).toBe('Daten');
    expect(await loadWords('en')).toBe(ENGLISH);
  });
});

describe('the language in force', () => {
  it('follows Office’s display language by its primary subtag, English for any other', () => {
    expect(
      ['fr-FR', 'fr-BE', 'de-AT', 'de-CH', 'en-US', 'it-IT', '', undefined].map(languageOf),
    ).toEqual(['fr', 'fr', 'de', 'de', 'en', 'en', 'en', 'en']);
  });

  it('is the analyst’s choice over Office’s', () => {
    expect(chosenLanguage('auto', 'de-DE')).toBe('de');
    expect(chosenLanguage('fr', 'de-DE')).toBe('fr');
    expect(LANGUAGES).toEqual(['en', 'fr', 'de']);
  });
});
