import {
  readImplementationCsv,
  readIndicatorFile,
  readNeedsCsv,
  toSeries,
  type ReadIssue,
} from '../../src/data';
import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { createWords, ENGLISH, type Words } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { issueInWords, issuePlace } from '../../src/report/words/issueWords';

/**
 * Each reader's problems are facts (src/data/reasons) said by the catalogue: one faulty file per
 * reader, read in French and in German, gives the line, the column and the fix in that language,
 * the figures in the language's culture; the English is the reader's own message, word for word.
 */
const FRENCH = createWords('fr', fr);
const GERMAN = createWords('de', de);
const culture = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);

function said(w: Words, locale: string, issues: readonly ReadIssue[]): string[] {
  return issues.map(
    (i) => `${issuePlace(w, i, culture(locale))}: ${issueInWords(w, i, culture(locale))}`,
  );
}

const provenance = { dataset: 'a test file', release: 'none', source: 'this test' };
function seriesIssues(text: string): ReadIssue[] {
  const read = readIndicatorFile(text);
  return [...toSeries(read, { indicator: 'population', provenance }).issues];
}

/** Every coded issue says in English exactly the message the command line prints. */
function expectEnglishIsTheMessage(issues: readonly ReadIssue[]): void {
  const coded = issues.filter((i) => i.reason);
  expect(coded.length).toBe(issues.length);
  for (const i of coded) expect(issueInWords(ENGLISH, i, String)).toBe(i.message);
}

describe("the readers' reasons in French and German (facts from src/data, words from the catalogue)", () => {
  it('a population file: a figure with two dots, a code that is none, a gap', () => {
    const issues = seriesIssues(
      'geo,year,value\nAT,2026,9215956\nFR,2026,68.6.1\nXY,2026,5\nMT,2026,',
    );
    expectEnglishIsTheMessage(issues);
    expect(issues.map((i) => i.message)).toContain(
      '"68.6.1" for FR has more than one dot: write digits only, with one dot for decimals and no thousands separator.',
    );
    expect(said(FRENCH, 'fr-FR', issues)).toEqual([
      'Ligne 3 · value: « 68.6.1 » pour FR contient plus d’un point : écrivez uniquement des chiffres, avec un seul point pour les décimales et sans séparateur des milliers.',
      'Ligne 4 · geo: Code d’État inconnu « XY » : utilisez un code Eurostat tel que DE, ou EL (ou GR) pour la Grèce.',
      'Ligne 5 · value: Aucune valeur pour MT : laissée vide (jamais comptée comme zéro).',
    ]);
    expect(said(GERMAN, 'de-DE', issues)).toEqual([
      'Zeile 3 · value: „68.6.1“ für FR enthält mehr als einen Punkt: Schreiben Sie nur Ziffern, mit einem einzigen Punkt für die Dezimalstellen und ohne Tausendertrennzeichen.',
      'Zeile 4 · geo: Unbekannter Staatencode „XY“: Verwenden Sie einen Eurostat-Code wie DE oder EL (oder GR) für Griechenland.',
      'Zeile 5 · value: Kein Wert für MT: als Lücke gelassen (nie als null gezählt).',
    ]);
  });

  it('a GDP file that writes figures both ways is refused with the choice, in each language', () => {
    const issues = seriesIssues('geo;year;value\nAT;2024;494087,6\nFR;2024;2919899.9');
    expectEnglishIsTheMessage(issues);
    const [french] = said(FRENCH, 'fr-FR', issues);
    expect(french).toMatch(
      /^En-tête · value: Le fichier écrit les nombres des deux manières\u202F: «\u202F494087,6\u202F» \(ligne 2\) ne se lit qu’avec une virgule décimale, «\u202F2919899\.9\u202F» \(ligne 3\) qu’avec un point décimal\u202F;.* Choisissez comment le lire\u202F: avec des virgules décimales ou avec des points décimaux/,
    );
    const [german] = said(GERMAN, 'de-DE', issues);
    expect(german).toMatch(
      /^Kopfzeile · value: Die Datei schreibt Zahlen auf beide Arten: „494087,6“ \(Zeile 2\) ist nur mit Dezimalkomma lesbar, „2919899\.9“ \(Zeile 3\) nur mit Dezimalpunkt;.* Wählen Sie, wie die Datei gelesen wird: mit Dezimalkommas oder mit Dezimalpunkten/,
    );
  });

  it('a semicolon GDP file with a figure of two commas, read with decimal commas', () => {
    const issues = seriesIssues('geo;year;value\nAT;2024;494087,6\nBE;2024;1.234,5,6');
    expectEnglishIsTheMessage(issues);
    expect(said(FRENCH, 'fr-FR', issues)).toEqual([
      'Ligne 3 · value: « 1.234,5,6 » pour BE contient plus d’une virgule : avec des virgules décimales, écrivez une seule virgule avant les décimales (494087,6).',
    ]);
    expect(said(GERMAN, 'de-DE', issues)).toEqual([
      'Zeile 3 · value: „1.234,5,6“ für BE enthält mehr als ein Komma: Schreiben Sie bei Dezimalkommas ein einziges Komma vor den Dezimalstellen (494087,6).',
    ]);
  });

  it('an asylum file (Eurostat bulk TSV) with a value joined to its flag and a short line', () => {
    const tsv =
      'freq,unit,geo\\TIME_PERIOD\t2023\t2024\nA,PER,DE\t329120\t229751p\nA,PER,FR\t145095';
    const issues = seriesIssues(tsv).filter((i) => i.severity === 'error');
    expectEnglishIsTheMessage(issues);
    expect(said(FRENCH, 'fr-FR', issues)).toEqual([
      'Ligne 2 · 2024: « 229751p » colle la valeur et l’indicateur : Eurostat met une espace entre eux (« 229751 p »).',
      'Ligne 3 · 2024: La ligne compte 2 cellules séparées par des tabulations alors que l’en-tête en compte 3 : rien n’en a été lu. Séparez les cellules par des tabulations (et non par des virgules ou des espaces) et écrivez « : » pour une valeur manquante.',
    ]);
    expect(said(GERMAN, 'de-DE', issues)[0]).toBe(
      'Zeile 2 · 2024: „229751p“ verbindet Wert und Kennzeichen: Eurostat schreibt ein Leerzeichen dazwischen („229751 p“).',
    );
  });

  it('a long CSV whose line has fewer fields than the header says the separator in words', () => {
    const issues = seriesIssues('geo;year;value\nAT;2024\nDE;2024;1');
    expectEnglishIsTheMessage(issues);
    expect(issues[0]?.message).toMatch(/Separate the cells with a semicolon/);
    expect(said(FRENCH, 'fr-FR', issues)[0]).toBe(
      'Ligne 2 · value: La ligne compte 2 champs alors que l’en-tête en compte 3 (manquent : value) : rien n’en a été lu. Séparez les cellules par un point-virgule, et écrivez une cellule vide en ne mettant rien entre deux séparateurs.',
    );
    expect(said(GERMAN, 'de-DE', issues)[0]).toBe(
      'Zeile 2 · value: Die Zeile hat 2 Felder, die Kopfzeile 3 (es fehlen: value): Nichts davon wurde gelesen. Trennen Sie die Zellen durch ein Semikolon und schreiben Sie eine leere Zelle als nichts zwischen zwei Trennzeichen.',
    );
  });

  it('a needs file (Art. 58(2)): half a person, and a state that is not benefitting', () => {
    const sheet = readNeedsCsv('code,type,level\nIT,relocation,10.5\nDE,financial,1000', ['IT']);
    expectEnglishIsTheMessage(sheet.issues);
    expect(said(FRENCH, 'fr-FR', sheet.issues)).toEqual([
      'Ligne 2 · level: colonne level : 10,5 n’est pas un nombre entier : les relocalisations comptent des personnes.',
      'Ligne 3 · code: colonne code : DE n’est pas un État membre bénéficiaire (art. 58, par. 1, et art. 59, par. 4) : déclarez-le bénéficiaire ou supprimez la ligne.',
    ]);
    expect(said(GERMAN, 'de-DE', sheet.issues)).toEqual([
      'Zeile 2 · level: Spalte level: 10,5 ist keine ganze Zahl: Umsiedlungen zählen Personen.',
      'Zeile 3 · code: Spalte code: DE ist kein begünstigter Mitgliedstaat (Artikel 58 Absatz 1, Artikel 59 Absatz 4): Erklären Sie ihn als begünstigt oder entfernen Sie die Zeile.',
    ]);
  });

  it('an implementation records file: a relocation counted in euros, a date in another order', () => {
    const csv = [
      'date,contributing,benefitting,type,persons,eur',
      '2026-07-01,DE,IT,relocation,,12000',
      '01/07/2026,FR,IT,financial,,1234567.5',
    ].join('\n');
    const sheet = readImplementationCsv(csv, DEFAULT_PARTICIPANTS);
    expectEnglishIsTheMessage(sheet.issues);
    expect(sheet.issues[0]?.message).toBe(
      'column eur: a relocation is counted in persons: move the figure to persons and clear eur.',
    );
    expect(said(FRENCH, 'fr-FR', sheet.issues)).toEqual([
      'Ligne 2 · eur: colonne eur : une relocalisation se compte en personnes : déplacez le chiffre dans persons et videz eur.',
      'Ligne 2 · persons: colonne persons : une relocalisation exige son nombre de personnes.',
      'Ligne 3 · date: colonne date : « 01/07/2026 » n’est pas une date écrite aaaa-mm-jj : écrivez-la 2026-09-14 (un seul ordre, pour que 03/04 ne puisse se lire de deux façons).',
    ]);
    expect(said(GERMAN, 'de-DE', sheet.issues)).toEqual([
      'Zeile 2 · eur: Spalte eur: eine Umsiedlung wird in Personen gezählt: Verschieben Sie die Zahl nach persons und leeren Sie eur.',
      'Zeile 2 · persons: Spalte persons: eine Umsiedlung braucht die Zahl der Personen.',
      'Zeile 3 · date: Spalte date: „01/07/2026“ ist kein Datum in der Form JJJJ-MM-TT: Schreiben Sie es als 2026-09-14 (nur eine Reihenfolge, damit 03/04 nicht auf zwei Arten gelesen werden kann).',
    ]);
  });

  it('a file that is not UTF-8 names its line and the fix, and the place is said in the language', () => {
    const issues = seriesIssues('geo,year,value\nAT,2026,1\n\uFFFDsterreich,2026,2');
    expect(said(FRENCH, 'fr-FR', issues).slice(0, 1)).toEqual([
      'Ligne 3 · (fichier): Le fichier n’est pas en UTF-8 : cette ligne contient des caractères illisibles (affichés �). Enregistrez-le en UTF-8 (dans Excel : Enregistrer sous, « CSV UTF-8 (délimité par des virgules) »).',
    ]);
    expect(said(GERMAN, 'de-DE', issues)[0]).toMatch(
      /^Zeile 3 · \(Datei\): Die Datei ist nicht in UTF-8/,
    );
  });
});
