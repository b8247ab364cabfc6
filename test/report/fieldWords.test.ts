import {
  checkRecords,
  computeFairShares,
  computePressure,
  resolvePoolTotals,
  type FieldName,
  type ImplementationRecord,
  type PressureIndicator,
} from '../../src/core';
import { loadVintage, pressureIndicators, vintageIds } from '../../src/data';
import { FIELD_WORDS } from '../../src/core/fieldWords';
import { createWords, ENGLISH } from '../../src/report/words';
import { de } from '../../src/report/words/de';
import { fr } from '../../src/report/words/fr';
import { sentenceInWords } from '../../src/report/words/issueWords';
import { reasonNumbers } from '../../src/taskpane/reasonNumbers';
import { refusal } from '../helpers/refusal';

// A field a number check names is a fact the language layer words (issue 18): "record 3" is
// "l’enregistrement 3" and "Eintrag 3", "weight of Arrivals" "le poids de Arrivals"; the English
// message (the command line, the custom functions) stays word for word.
const NNBSP = '\u202F';
const FR = createWords('fr', fr);
const DE = createWords('de', de);

const record = (amount: number): ImplementationRecord => ({
  date: '2026-03-01',
  contributing: 'DE',
  benefitting: 'IT',
  type: 'relocation',
  amount,
});
/** The third record of the grid with a negative amount (-1.5 persons). */
const thirdRecordRefused = () =>
  refusal(() =>
    checkRecords({
      records: [record(1), record(2), record(-1.5)],
      contributions: [],
      benefitting: [],
      year: 2026,
    }),
  );

const fairShares = computeFairShares([
  { code: 'DE', population: 50, gdp: 60 },
  { code: 'FR', population: 30, gdp: 20 },
]);
const weightRefused = () =>
  refusal(() =>
    computePressure(fairShares, [
      { id: 'arrivals', label: 'Arrivals', weight: -1, values: new Map([['DE', 1]]) },
    ]),
  );

describe('a field named in a number check, in the pane’s language', () => {
  it('German: the record by its number, "Eintrag 3", no English word', () => {
    const e = thirdRecordRefused();
    const text = sentenceInWords(DE, e.reason, reasonNumbers('de-DE'));
    expect(text).toBe('Eintrag 3: Der Wert darf nicht negativ sein, erhalten: -1,5.');
    expect(text).not.toMatch(/record/i);
  });

  it('French: "L’enregistrement 3", with the narrow no-break space before the colon', () => {
    const text = sentenceInWords(FR, thirdRecordRefused().reason, reasonNumbers('fr-FR'));
    expect(text).toBe(
      `L’enregistrement 3${NNBSP}: la valeur ne doit pas être négative, reçu${NNBSP}: -1,5.`,
    );
  });

  it('the weight of an indicator: its label as given, the words around it translated', () => {
    const e = weightRefused();
    expect(sentenceInWords(DE, e.reason)).toBe(
      'Das Gewicht des Indikators „Arrivals“: Der Wert darf nicht negativ sein, erhalten: -1.',
    );
    expect(sentenceInWords(FR, e.reason)).toBe(
      `Le poids de l’indicateur «${NNBSP}Arrivals${NNBSP}»${NNBSP}: la valeur ne doit pas être négative, reçu${NNBSP}: -1.`,
    );
  });

  it('an indicator of the data: named in the pane’s language with its period, the English as before', () => {
    const [asylum] = pressureIndicators(loadVintage(vintageIds()[0] as string)).filter(
      (i) => i.id === 'asylumFirstTime',
    );
    const e = refusal(() =>
      computePressure(fairShares, [{ ...(asylum as PressureIndicator), weight: -1 }]),
    );
    const period = (asylum as PressureIndicator).period as string;
    expect(e.message).toBe(
      `weight of First-time asylum applicants ${period} must not be negative, got -1.`,
    );
    expect(sentenceInWords(ENGLISH, e.reason)).toBe(`W${e.message.slice(1)}`);
    expect(sentenceInWords(FR, e.reason)).toBe(
      `Le poids de l’indicateur «${NNBSP}Primo-demandeurs d’asile ${period}${NNBSP}»${NNBSP}: la valeur ne doit pas être négative, reçu${NNBSP}: -1.`,
    );
    expect(sentenceInWords(DE, e.reason)).toBe(
      `Das Gewicht des Indikators „Erstantragsteller auf Asyl ${period}“: Der Wert darf nicht negativ sein, erhalten: -1.`,
    );
  });

  it('a total of the pool, in each language', () => {
    const e = refusal(() => resolvePoolTotals({ relocations: -5 }));
    expect(sentenceInWords(DE, e.reason)).toBe(
      'Die Summe der Umsiedlungen: Der Wert muss größer als null sein, erhalten: -5.',
    );
    expect(sentenceInWords(FR, e.reason)).toBe(
      `Le total des relocalisations${NNBSP}: la valeur doit être supérieure à zéro, reçu${NNBSP}: -5.`,
    );
  });

  it('English: the messages word for word as before, the field named as before', () => {
    const e = thirdRecordRefused();
    expect(e.message).toBe('record 3 must not be negative, got -1.5.');
    expect(e.field).toBe('record 3');
    expect(e.fieldName).toEqual({ kind: 'record', n: 3 });
    expect(sentenceInWords(ENGLISH, e.reason)).toBe('Record 3 must not be negative, got -1.5.');
    const weight = weightRefused();
    expect(weight.message).toBe('weight of Arrivals must not be negative, got -1.');
    expect(weight.field).toBe('weight of Arrivals');
    expect(refusal(() => resolvePoolTotals({ relocations: -5 })).message).toBe(
      'relocation total must be above zero, got -5.',
    );
  });

  it('every field has French and German words of its own, not the English', () => {
    // Only a field that is its value (a label, a computed figure's key, a function's words) is.
    const asGiven = ['fieldIndicatorNamed', 'fieldComputed', 'fieldOfFunction'];
    for (const [key, english] of Object.entries(FIELD_WORDS)) {
      if (asGiven.includes(key)) continue;
      for (const [language, words] of [
        ['fr', fr],
        ['de', de],
      ] as const) {
        const text = (words as Record<string, unknown>)[`method.${key}`];
        expect([language, key, text === english]).toEqual([language, key, false]);
      }
    }
  });

  it('a field name is a fact, never English text (the typecheck refuses a string)', () => {
    // @ts-expect-error an English string is no field name
    const english: FieldName = 'weight of Arrivals';
    // @ts-expect-error nor is a kind that names none
    const unknown: FieldName = { kind: 'weight of Arrivals' };
    expect([english, unknown]).toHaveLength(2);
  });
});
