/** @jest-environment jsdom */
import type { ReadIssue } from '../../src/data';
import { phrase, ReasonedError } from '../../src/data/reasons';
import { ENGLISH, loadWords, type Words } from '../../src/report/words';
import { conventionInWords } from '../../src/report/words/fileWords';
import { reviewHeadline } from '../../src/taskpane/components/ReviewBar';
import { reasonNumbers } from '../../src/taskpane/reasonNumbers';
import { skippedInWords } from '../../src/taskpane/skippedRows';
import type { ImportReview } from '../../src/taskpane/state';
import { fakeServices } from '../fakes/fakeServices';
import { eurostatRefusal } from './eurostatMessage';

// The Data tab writes a figure the reader reports with every digit it has, in the pane's culture
// (issue 18): 1.5 is "1,5" in French and German, never rounded to "2"; counts whole and grouped.
const NNBSP = '\u202F';

/** A note on a row left as a gap, whose reason holds a figure with decimals. */
const note = (line: number, value: number): ReadIssue => ({
  line,
  column: 'value',
  severity: 'warning',
  message: `The value ${value} for DE is negative: a count or an amount cannot be.`,
  reason: phrase('series.negative', { value, code: 'DE' }),
});

describe('the skipped-rows note after a series is loaded', () => {
  it('French: the figure with its decimal comma, the line as named', async () => {
    const fr = await loadWords('fr');
    expect(skippedInWords(fr, [note(1234, -1.5)], 'fr-FR')).toBe(
      ` 1 ligne ignorée ou laissée comme lacune${NNBSP}: ligne 1234${NNBSP}: La valeur -1,5 pour DE est négative${NNBSP}: un effectif ou un montant ne peut pas l’être.`,
    );
  });

  it('German: 1,5, and a count of notes grouped', async () => {
    const de = await loadWords('de');
    const notes = Array.from({ length: 1503 }, (_, i) => note(i + 2, -1.5));
    const text = skippedInWords(de, notes, 'de-DE');
    expect(text).toContain('Der Wert -1,5 für DE');
    expect(text).not.toMatch(/-2 /);
    expect(text).toMatch(/^ 1\.503 /);
    expect(text).toContain(' 1.500 ');
  });

  it('English: as the reader reports it, 1.5', () => {
    expect(skippedInWords(ENGLISH, [note(30, -1.5)], 'en-GB')).toBe(
      ' 1 row skipped or left as a gap: line 30: The value -1.5 for DE is negative: a count or an amount cannot be.',
    );
  });
});

describe('how a file’s numbers were read', () => {
  it('French: the count of ambiguous figures grouped, the lines as named', async () => {
    const fr = await loadWords('fr');
    const numbers = {
      kind: 'read',
      decimal: 'comma',
      why: 'only-way',
      semicolon: false,
      example: { line: 1234, text: '4,5' },
      ambiguous: 1500,
    } as const;
    const text = conventionInWords(fr, numbers, reasonNumbers('fr-FR'));
    expect(text).toContain('1234');
    expect(text).toContain(`1${NNBSP}500 nombres`);
  });
});

describe('the review of a read file', () => {
  afterEach(() => jest.restoreAllMocks());

  it('German: the rows it may load, counted and grouped', async () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    const review = {
      indicator: 'population',
      origin: { kind: 'file', name: 'many.csv' },
      safe: true,
      result: { issues: [], rejected: 0, accepted: 1500 },
    } as unknown as ImportReview;
    expect(reviewHeadline(review, await loadWords('de')).body).toBe(
      'Noch wurde nichts geladen. Sie können die 1.500 gelesenen Zeilen laden.',
    );
  });
});

/** The Data tab after Eurostat refused with this reason; what the message under the title says. */
async function eurostatRefused(w: Words, language: string, seconds: number) {
  jest.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  const services = {
    ...fakeServices(),
    fetchEurostat: () => Promise.reject(new ReasonedError(phrase('eurostat.timeout', { seconds }))),
  };
  return eurostatRefusal(w, services, { dataset: 'demo_pjan', period: '2024' });
}

describe('a refusal of Eurostat’s, its figure in the pane’s culture', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => jest.restoreAllMocks());

  it('French: 1,5 seconds, not 2', async () => {
    expect(await eurostatRefused(await loadWords('fr'), 'fr-FR', 1.5)).toBe(
      `Eurostat n’a pas répondu en 1,5 secondes${NNBSP}: réessayez plus tard, ou chargez plutôt un fichier.`,
    );
  });

  it('German: 1,5', async () => {
    expect(await eurostatRefused(await loadWords('de'), 'de-DE', 1.5)).toBe(
      'Eurostat hat nicht innerhalb von 1,5 Sekunden geantwortet: Versuchen Sie es später erneut oder laden Sie stattdessen eine Datei.',
    );
  });

  it('English: 1.5', async () => {
    expect(await eurostatRefused(ENGLISH, 'en-GB', 1.5)).toBe(
      'Eurostat did not answer within 1.5 seconds: try again later, or load a file instead.',
    );
  });
});
