/**
 * @jest-environment jsdom
 */
// Issue 18: what Office shows of the add-in before the pane opens (its name and description, the
// ribbon's group, button and tooltip, the first-run callout) in French and German, for the same
// Office display languages as the functions' metadata, in the pane's own words.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { functionsLocales, shownStrings } from './localizedStrings';
import { manifestSchemaErrors } from './validateManifest';

const xml = readFileSync(join(resolve(__dirname, '../..'), 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const strings = shownStrings(doc);
const named = (name: string) => strings.find((s) => s.name === name)!;
// The formulas' prefix, =EUPACT., is the same in every language (the help pages say so).
const translated = strings.filter((s) => s.name !== 'Functions.Namespace');
const LANGUAGES = { fr: 'fr-FR', de: 'de-DE' } as const;

describe('the manifest’s strings in French and German', () => {
  it('validates against the manifest schemas with its overrides', async () => {
    expect(await manifestSchemaErrors(xml)).toEqual([]);
  });

  it('overrides every string Office shows for the functions’ locales, and no locale else', () => {
    const locales = functionsLocales(doc);
    expect(locales).toEqual(expect.arrayContaining(['fr-FR', 'de-DE']));
    expect(translated.map((s) => s.name)).toEqual([
      'DisplayName',
      'Description',
      'GetStarted.Title',
      'Group.Label',
      'OpenPane.Label',
      'GetStarted.Description',
      'OpenPane.Tooltip',
    ]);
    for (const s of translated) expect([s.name, [...s.byLocale.keys()]]).toEqual([s.name, locales]);
    expect([...named('Functions.Namespace').byLocale]).toEqual([]);
  });

  it('says each in French for every French locale and in German for every German one', () => {
    for (const s of translated) {
      for (const [language, locale] of Object.entries(LANGUAGES)) {
        const value = s.byLocale.get(locale)!;
        expect([s.name, locale, value === s.english]).toEqual([s.name, locale, false]);
        for (const [other, otherValue] of s.byLocale) {
          if (other.startsWith(`${language}-`))
            expect([s.name, other, otherValue]).toEqual([s.name, other, value]);
        }
      }
    }
  });

  it('keeps within the schema’s lengths, and the ribbon’s labels short', () => {
    for (const s of translated) {
      for (const [locale, value] of s.byLocale) {
        expect([s.name, locale, value.length <= s.limit]).toEqual([s.name, locale, true]);
      }
    }
    for (const label of [named('Group.Label'), named('OpenPane.Label')]) {
      for (const [locale, value] of label.byLocale) {
        expect([label.name, locale, value.length <= 24]).toEqual([label.name, locale, true]);
      }
    }
  });

  // A value over the schema's limit is refused, so the validation above checks the lengths too.
  it('would be refused with a French tooltip over 250 characters', async () => {
    const tooltip = named('OpenPane.Tooltip').byLocale.get('fr-FR')!;
    const long = xml.replace(`Value="${tooltip}"`, `Value="${'x'.repeat(251)}"`);
    expect(await manifestSchemaErrors(long)).toEqual([
      expect.stringMatching(/^manifest\.xml:\d+: .*'Value'.*'x{251}'.*length/),
    ]);
  });

  it('names the button as the pane names itself, and the way to it as the pane says it', () => {
    const button = named('OpenPane.Label');
    expect(button.byLocale.get('fr-FR')).toBe(fr['shell.title']);
    expect(button.byLocale.get('de-DE')).toBe(de['shell.title']);
    const path = { fr: `Données > ${fr['shell.title']}`, de: `Daten > ${de['shell.title']}` };
    expect(named('GetStarted.Description').byLocale.get('fr-FR')).toContain(path.fr);
    expect(named('GetStarted.Description').byLocale.get('de-DE')).toContain(path.de);
    expect(fr['shell.loadFailed.body']).toContain(`(${path.fr})`);
    expect(de['shell.loadFailed.body']).toContain(`(${path.de})`);
  });

  it('describes the add-in in the Regulation’s terms (GLOSSARY.md)', () => {
    const description = named('Description');
    expect(description.byLocale.get('fr-FR')).toMatch(
      /parts équitables, réserve annuelle de solidarité/,
    );
    expect(description.byLocale.get('de-DE')).toMatch(
      /gerechte Anteile, der Jährliche Solidaritätspool/,
    );
    expect(named('OpenPane.Tooltip').byLocale.get('de-DE')).toMatch(
      /des Jährlichen Solidaritätspools/,
    );
  });

  it('puts a narrow no-break space before French ; : ! ?', () => {
    for (const s of translated) {
      expect([s.name, s.byLocale.get('fr-FR')!.match(/[^\u202f][;:!?]/g)]).toEqual([s.name, null]);
    }
  });
});
