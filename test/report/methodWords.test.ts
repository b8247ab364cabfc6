import { computeScenario, METHOD_REASONS, resolveNeeds, resolveParticipants } from '../../src/core';
import { createWords, ENGLISH, holesIn } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { en } from '../../src/report/words/en/full';
import { fr } from '../../src/report/words/fr';
import { sentenceInWords } from '../../src/report/words/issueWords';
import { refusal } from '../helpers/refusal';

/**
 * computeScenario refuses with facts (MethodologyError.reason, core/reasons.ts), said by the pane
 * in its language; the English message is the English catalogue's, word for word.
 */
const lookup = (code: string) =>
  ({ DE: { population: 50, gdp: 60 }, FR: { population: 30 } })[code];

describe("the methodology's refusals in French and German", () => {
  it('the English catalogue holds each refusal word for word', () => {
    for (const [code, text] of Object.entries(METHOD_REASONS)) {
      expect([code, (en as Record<string, unknown>)[`method.${code}`]]).toEqual([code, text]);
    }
  });

  it('has French and German for every refusal, with the same {holes} as the English', () => {
    for (const [code, english] of Object.entries(METHOD_REASONS)) {
      const key = `method.${code}`;
      for (const [language, c] of [
        ['fr', fr],
        ['de', de],
      ] as const) {
        const text = (c as Record<string, unknown>)[key];
        expect([language, key, typeof text]).toEqual([language, key, 'string']);
        expect([language, key, holesIn(text as string)]).toEqual([language, key, holesIn(english)]);
      }
    }
  });

  it('an unknown participant code: the field named in each language, the code as typed', () => {
    const e = refusal(() => resolveParticipants(['DE', ' uk ']));
    expect(e.message).toBe(
      'Unknown participant code "uk": use a Eurostat code of an EU or Dublin-associated state (for example "DE", "EL" or "GR" for Greece).',
    );
    expect(sentenceInWords(ENGLISH, e.reason)).toBe(e.message);
    expect(sentenceInWords(createWords('fr', fr), e.reason)).toBe(
      'Le code de participant « uk » est inconnu : utilisez le code Eurostat d’un État de l’UE ou associé à Dublin (par exemple « DE », « EL » ou « GR » pour la Grèce).',
    );
    expect(sentenceInWords(createWords('de', de), e.reason)).toBe(
      'Unbekannter Teilnehmercode „uk“: Verwenden Sie den Eurostat-Code eines EU-Staats oder eines mit Dublin assoziierten Staats (zum Beispiel „DE“, „EL“ oder „GR“ für Griechenland).',
    );
  });

  it('two levels of one need: the type of Art. 56(2) in the words of each language', () => {
    const italy = { code: 'IT', systemicShortcomings: false, searchAndRescue: false };
    const need = { code: 'IT', type: 'financial', level: 5 } as const;
    const e = refusal(() => resolveNeeds([need, need], [italy]));
    expect(e.message).toBe('IT declares two levels of financial: keep one.');
    expect(sentenceInWords(createWords('fr', fr), e.reason)).toBe(
      'IT déclare deux niveaux de besoin en contributions financières : gardez-en un.',
    );
    expect(sentenceInWords(createWords('de', de), e.reason)).toBe(
      'IT gibt den Bedarf an finanziellen Beiträgen zweimal an: Behalten Sie eine Angabe.',
    );
  });

  it('a participant without data: the state, the figure and the fix in each language', () => {
    const e = refusal(() =>
      computeScenario(
        { participants: ['DE', 'MT'], totals: {}, deductions: [], categories: {} },
        lookup,
      ),
    );
    expect(e.reason).toBeDefined();
    if (!e.reason) return;
    expect(sentenceInWords(ENGLISH, e.reason)).toBe(e.message);
    expect(sentenceInWords(createWords('fr', fr), e.reason)).toBe(
      'Les données n’ont pas de population pour MT : chargez des données qui couvrent tous les participants, ou retirez MT des participants.',
    );
    expect(sentenceInWords(createWords('de', de), e.reason)).toBe(
      'Die Daten enthalten keine Bevölkerung für MT: Laden Sie Daten, die alle Teilnehmer abdecken, oder entfernen Sie MT aus den Teilnehmern.',
    );
    const gdp = refusal(() =>
      computeScenario(
        { participants: ['DE', 'FR'], totals: {}, deductions: [], categories: {} },
        lookup,
      ),
    );
    expect(gdp.message).toBe(
      'The data has no GDP for FR: load data that covers every participant, or remove FR from the participants.',
    );
  });

  it('a deduction that cites neither Art. 61 nor Art. 62, and a share beyond the whole', () => {
    const scenario = (deduction: object) => () =>
      computeScenario(
        { participants: ['DE'], totals: {}, deductions: [deduction as never], categories: {} },
        lookup,
      );
    const article = refusal(scenario({ code: 'DE', share: 0.5, article: 63 }));
    expect(sentenceInWords(createWords('fr', fr), article.reason!)).toBe(
      'La déduction de DE doit citer l’art. 61 (pression migratoire) ou l’art. 62 (situation migratoire importante), reçu : 63.',
    );
    const share = refusal(scenario({ code: 'DE', share: 1.5, article: 61 }));
    expect(share.message).toBe(
      'deduction of DE must be a fraction between 0 and 1 (0 % to 100 %), got 1.5.',
    );
    expect(sentenceInWords(createWords('de', de), share.reason!)).toBe(
      'Der Abzug von DE: Der Wert muss ein Bruchteil zwischen 0 und 1 sein (0 % bis 100 %), erhalten: 1.5.',
    );
  });
});
