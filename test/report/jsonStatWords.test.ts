import { readJsonStat, type ReadIssue } from '../../src/data';
import { createWords, ENGLISH, type Words } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { issueInWords, issuePlace } from '../../src/report/words/issueWords';

/**
 * The JSON-stat reader's refusals are facts (src/data/reasons/jsonStat.ts) the pane says in its
 * language, with the member, the values and the fix (issue 18); the English is the command line's
 * message, word for word as it was.
 */
const FRENCH = createWords('fr', fr);
const GERMAN = createWords('de', de);
const culture = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);
const said = (w: Words, locale: string, issues: readonly ReadIssue[]) =>
  issues.map((i) => `${issuePlace(w, i, culture(locale))}: ${issueInWords(w, i, culture(locale))}`);
/** French puts a narrow no-break space before a colon. */
const NNBSP = '\u202F';

const dimension = (codes: readonly string[]) => ({ category: { index: codes } });
const years = (n: number) => Array.from({ length: n }, (_, i) => String(1900 + i));
const states = (n: number) => Array.from({ length: n }, (_, i) => `S${i}`);
const dataset = (parts: Record<string, unknown>) => ({
  class: 'dataset',
  id: ['geo', 'time'],
  size: [2, 1],
  dimension: { geo: dimension(['DE', 'FR']), time: dimension(['2024']) },
  value: [1, 2],
  ...parts,
});

/** A dataset whose "size" disagrees with "id", one whose dimension disagrees with "size". */
const sizeAgainstId = readJsonStat(JSON.stringify(dataset({ size: [2] }))).issues;
const sizeAgainstCategories = readJsonStat(dataset({ size: [1_000_000_000, 1] })).issues;
/** 400 states × 400 years: more cells than the tool reads. */
const tooLarge = readJsonStat(
  dataset({
    size: [400, 400],
    dimension: { geo: dimension(states(400)), time: dimension(years(400)) },
    value: {},
  }),
).issues;
/** A value beyond what a spreadsheet holds, and a status that is no text. */
const badCells = readJsonStat(
  JSON.stringify(dataset({ value: [0, 2], status: [null, 5] })).replace('[0,2]', '[1e999,2]'),
).issues;
/** Eurostat's answer to a request naming a code the dataset does not have. */
const eurostat = readJsonStat({
  error: [{ status: 400, id: 150, label: 'Dimension unknown' }],
}).issues;
const all = [sizeAgainstId, sizeAgainstCategories, tooLarge, badCells, eurostat];

describe('a JSON-stat refusal in the pane’s language, with its values', () => {
  it('English: the command line’s message, word for word, and the pane’s English is the same', () => {
    expect(all.map((issues) => issues.map((i) => `${i.line} ${i.column}: ${i.message}`))).toEqual([
      ['1 size: "size" has 1 entries where "id" has 2: give one size per dimension.'],
      ['1 geo: The dimension geo has 2 categories but "size" says 1000000000: make them agree.'],
      [
        '1 size: The dataset declares 160,000 cells (size 400 × 400), more than the 100,000 this tool reads: request fewer periods or states.',
      ],
      [
        '2 value: The value of observation 0 (DE 2024): "Infinity" is beyond the largest number a spreadsheet holds (about 1E+308): check the figure.',
        '3 status: The status of observation 1 (FR 2024) is 5: a status is a text such as "p".',
      ],
      [
        '1 (document): Eurostat answered with error 150 (the request names a dimension or code the dataset does not have): Dimension unknown.',
      ],
    ]);
    for (const i of all.flat()) {
      expect(i.reason).toBeDefined();
      expect(issueInWords(ENGLISH, i, culture('en-GB'))).toBe(i.message);
    }
  });

  it('French: the member, the values (figures grouped the French way) and the fix', () => {
    const french = all.map((issues) => said(FRENCH, 'fr-FR', issues));
    expect(french).toEqual([
      [
        `En-tête · size: Le nombre d’entrées de "size" (1) diffère de celui de "id" (2)${NNBSP}: donnez une taille par dimension.`,
      ],
      [
        `En-tête · geo: Le nombre de catégories de la dimension geo (2) diffère de celui qu’indique "size" (1000000000)${NNBSP}: mettez-les en accord.`,
      ],
      [
        `En-tête · size: Le jeu de données déclare 160${NNBSP}000 cellules (size 400 × 400), plus que les 100${NNBSP}000 que l’outil lit${NNBSP}: demandez moins de périodes ou d’États.`,
      ],
      [
        `Ligne 2 · value: La valeur de l’observation 0 (DE 2024)${NNBSP}: « Infinity » dépasse le plus grand nombre qu’un tableur puisse contenir (environ 1E+308) : vérifiez le chiffre.`,
        `Ligne 3 · status: Le statut de l’observation 1 (FR 2024) est 5${NNBSP}: un statut est un texte tel que « p ».`,
      ],
      [
        `En-tête · (document): Eurostat a répondu par l’erreur 150 (la demande nomme une dimension ou un code que le jeu de données n’a pas)${NNBSP}: Dimension unknown.`,
      ],
    ]);
  });

  it('German: the member, the values (figures grouped with a dot) and the fix', () => {
    const german = all.map((issues) => said(GERMAN, 'de-DE', issues));
    expect(german).toEqual([
      [
        'Kopfzeile · size: Die Zahl der Einträge von "size" (1) weicht von der von "id" (2) ab: Geben Sie eine Größe je Dimension an.',
      ],
      [
        'Kopfzeile · geo: Die Zahl der Kategorien der Dimension geo (2) weicht von der in "size" (1000000000) ab: Gleichen Sie beides an.',
      ],
      [
        'Kopfzeile · size: Der Datensatz gibt 160.000 Zellen an (size 400 × 400), mehr als die 100.000, die das Werkzeug liest: Fordern Sie weniger Zeiträume oder Staaten an.',
      ],
      [
        'Zeile 2 · value: Der Wert der Beobachtung 0 (DE 2024): „Infinity“ übersteigt die größte Zahl, die eine Tabellenkalkulation aufnehmen kann (etwa 1E+308): Prüfen Sie die Zahl.',
        'Zeile 3 · status: Der Status der Beobachtung 1 (FR 2024) ist 5: Ein Status ist ein Text wie „p“.',
      ],
      [
        'Kopfzeile · (Dokument): Eurostat antwortete mit dem Fehler 150 (die Anfrage nennt eine Dimension oder einen Code, die der Datensatz nicht hat): Dimension unknown.',
      ],
    ]);
  });
});
