import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { PLEDGE_REASONS, readPledgesCsv } from '../../src/data';
import { createWords, ENGLISH } from '../../src/report/words';
import { en } from '../../src/report/words/en/full';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { issueInWords } from '../../src/report/words/issueWords';

const BAD = [
  // Semicolon-separated, so read with decimal commas: "1,5" relocations for Germany.
  'code;relocations;offsets;deduction_percent;deduction_article;benefitting',
  'BE;10;;;61;no',
  'DE;1,5;;50;;',
  'SE;;;;;maybe',
  'DK;5;;;;',
  'IT;;-1;;;',
  'XX;1;;;;',
  'ES;;;120;62;',
  'NL;;;10;63;',
  'gr;1;3;;;yes',
  'EL;2;;;;',
].join('\n');

describe("the readers' problems in each language (facts from src/data, words from the catalogue)", () => {
  it("the English catalogue says each pledges problem word for word as the reader's message", () => {
    for (const [code, text] of Object.entries(PLEDGE_REASONS)) {
      expect([code, (en as Record<string, unknown>)[`readers.pledges.${code}`]]).toEqual([
        code,
        text,
      ]);
    }
    const sheet = readPledgesCsv(BAD, DEFAULT_PARTICIPANTS);
    const coded = sheet.issues.filter((i) => i.reason);
    expect(coded.length).toBeGreaterThanOrEqual(8);
    for (const issue of coded) expect(issueInWords(ENGLISH, issue, String)).toBe(issue.message);
  });

  it('says them in French and German with the Regulation’s terms and the figures in the culture', () => {
    const sheet = readPledgesCsv(BAD, DEFAULT_PARTICIPANTS);
    const french = createWords('fr', fr);
    const german = createWords('de', de);
    const fmt = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);
    const said = (w: typeof french, locale: string) =>
      sheet.issues.map((i) => issueInWords(w, i, fmt(locale)));
    const inFrench = said(french, 'fr-FR');
    const inGerman = said(german, 'de-DE');
    expect(inFrench).toContain(
      'DE, colonne relocations : 1,5 n’est pas un nombre entier : les relocalisations comptent des personnes (art. 56, par. 2, point a)).',
    );
    expect(inGerman).toContain(
      'DE, Spalte relocations: 1,5 ist keine ganze Zahl: Umsiedlungen zählen Personen (Artikel 56 Absatz 2 Buchstabe a).',
    );
    expect(inGerman).toContain(
      'BE, Spalte deduction_article: Artikel 61 ist ohne Abzug angegeben: Schreiben Sie den Abzug (deduction_percent) oder löschen Sie die Grundlage.',
    );
    expect(inFrench.join('\n')).not.toMatch(/is not|column|write/);
  });
});
