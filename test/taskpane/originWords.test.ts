/** @jest-environment jsdom */
import { ENGLISH, loadWords } from '../../src/report/words';
import { problemTitle } from '../../src/taskpane/components/IssueList';
import { reviewHeadline } from '../../src/taskpane/components/ReviewBar';
import { originInWords } from '../../src/taskpane/origin';
import { RESTORED_ORIGIN } from '../../src/taskpane/restore';
import type { ImportReview } from '../../src/taskpane/state';

const NNBSP = '\u202f';
const header = [{ line: 1, column: 'OBS_VALUE', message: 'x', severity: 'error' as const }];
const row = [{ line: 4, column: 'value', message: 'x', severity: 'error' as const }];
const file = { kind: 'file', name: 'pop.csv' } as const;
const table = { kind: 'table', name: 'MyPopulation' } as const;
const eurostat = { kind: 'eurostat', dataset: 'demo_pjan' } as const;

afterEach(() => jest.restoreAllMocks());

describe('where a series was read from, in the pane’s language (issue 18)', () => {
  it('English as before: file, table, Eurostat, the workbook, valid rows only', () => {
    expect(originInWords(ENGLISH, file)).toBe('file pop.csv');
    expect(originInWords(ENGLISH, table)).toBe('table MyPopulation');
    expect(originInWords(ENGLISH, eurostat)).toBe('Eurostat demo_pjan');
    expect(originInWords(ENGLISH, RESTORED_ORIGIN)).toBe('this workbook, loaded earlier');
    expect(originInWords(ENGLISH, { ...file, validOnly: true })).toBe(
      'file pop.csv, valid rows only',
    );
  });

  it('French and German word the kind, the names stay as they are', async () => {
    const [fr, de] = [await loadWords('fr'), await loadWords('de')];
    expect(originInWords(fr, file)).toBe('le fichier pop.csv');
    expect(originInWords(fr, table)).toBe('le tableau MyPopulation');
    expect(originInWords(fr, eurostat)).toBe('le jeu de données Eurostat demo_pjan');
    expect(originInWords(de, file)).toBe('der Datei pop.csv');
    expect(originInWords(de, { ...table, validOnly: true })).toBe(
      'der Tabelle MyPopulation (nur gültige Zeilen)',
    );
    expect(originInWords(de, RESTORED_ORIGIN)).toBe('dieser Arbeitsmappe (früher geladen)');
  });
});

describe('the review’s title in French and German (issue 18)', () => {
  it('French: rows counted and grouped, singular and plural, the header by its kind', async () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
    const fr = await loadWords('fr');
    expect(problemTitle(fr, row, 1, file)).toBe('1 ligne pose problème dans le fichier pop.csv');
    expect(problemTitle(fr, row, 1500, table)).toBe(
      `1${NNBSP}500 lignes posent problème dans le tableau MyPopulation`,
    );
    expect(problemTitle(fr, header, 0, file)).toBe('L’en-tête du fichier pose problème (pop.csv)');
    expect(problemTitle(fr, header, 0, eurostat)).toBe(
      'L’en-tête de la réponse d’Eurostat pose problème (demo_pjan)',
    );
    expect(problemTitle(fr, row, 0, file)).toBe('Problèmes dans le fichier pop.csv');
  });

  it('German: rows counted with a dot, the origin after „aus“ in the dative', async () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    const de = await loadWords('de');
    expect(problemTitle(de, row, 1, file)).toBe('1 Zeile aus der Datei pop.csv hat Probleme');
    expect(problemTitle(de, row, 1500, eurostat)).toBe(
      '1.500 Zeilen aus dem Eurostat-Datensatz demo_pjan haben Probleme',
    );
    expect(problemTitle(de, header, 0, table)).toBe(
      'Die Kopfzeile der Tabelle hat ein Problem (MyPopulation)',
    );
    const review = {
      indicator: 'population',
      origin: file,
      safe: true,
      result: { issues: [], rejected: 0, accepted: 3, numbers: undefined },
    } as unknown as ImportReview;
    expect(reviewHeadline(review, de).title).toBe(
      'Prüfen Sie, wie die Daten aus der Datei pop.csv gelesen wurden',
    );
  });
});
