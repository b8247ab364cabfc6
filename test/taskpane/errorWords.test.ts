import { MethodologyError, methodReason, resolvePoolTotals } from '../../src/core';
import { ENGLISH, loadWords } from '../../src/report/words';
import { errorInWords } from '../../src/taskpane/outcomeWords';
import { implementationReport } from '../helpers/implementation';
import { record } from '../helpers/records';

// An error caught by a tab (Implementation, Share) is said in the pane's language where the
// methodology refused with facts; any other error (Excel's, say) as it came (issue 18).
describe('an error a tab caught, in the pane’s language', () => {
  const refusal = new MethodologyError({ code: 'method.twoPledges', values: { code: 'DE' } });

  /** What the Implementation tab shows when the year's inputs are refused, in each language. */
  async function shown(run: () => unknown): Promise<Record<'en' | 'fr' | 'de', string>> {
    try {
      run();
    } catch (e) {
      return {
        en: errorInWords(ENGLISH, e),
        fr: errorInWords(await loadWords('fr'), e),
        de: errorInWords(await loadWords('de'), e),
      };
    }
    throw new Error('no refusal');
  }

  it('says a refusal of the methodology from its facts', async () => {
    expect(errorInWords(ENGLISH, refusal)).toBe('DE has two pledge rows: keep one.');
    expect(errorInWords(await loadWords('fr'), refusal)).toBe(
      'DE a deux lignes d’engagement : gardez-en une.',
    );
    expect(errorInWords(await loadWords('de'), refusal)).toBe(
      'DE hat zwei Zusagezeilen: Behalten Sie eine.',
    );
  });

  it('a need declared by a state that is not benefitting (Art. 58(2)): the state in each language', async () => {
    // Germany is not benefitting in the 2026 Council act; only a benefitting state declares needs.
    const needs = [{ code: 'DE', type: 'relocation', level: 100 }] as const;
    expect(await shown(() => implementationReport({ needs }))).toEqual({
      en: 'DE declares a need but is not a benefitting state.',
      fr: 'DE déclare un besoin mais n’est pas un État membre bénéficiaire.',
      de: 'DE gibt einen Bedarf an, ist aber kein begünstigter Mitgliedstaat.',
    });
  });

  it('a record with no ISO date: its number in each language', async () => {
    const records = [
      record('2026-07-20', 'DE', 'IT', 'relocation', 10),
      record('20/07/2026', 'DE', 'IT', 'relocation', 10),
    ];
    expect(await shown(() => implementationReport({ records }))).toEqual({
      en: 'Record 2 has no ISO date (yyyy-mm-dd).',
      fr: 'L’enregistrement 2 n’a pas de date ISO (aaaa-mm-jj).',
      de: 'Eintrag 2 hat kein ISO-Datum (jjjj-mm-tt).',
    });
  });

  it('writes a refusal’s numbers as the culture does: a decimal, thousands, a record’s number', async () => {
    const [fr, de] = [await loadWords('fr'), await loadWords('de')];
    const N = '\u202F';
    const fraction = new MethodologyError(methodReason('notAFraction', { what: 'x', got: 1.5 }));
    expect(errorInWords(fr, fraction, 'fr-FR')).toMatch(/reçu\u202F: 1,5\.$/);
    expect(errorInWords(de, fraction, 'de-DE')).toMatch(/erhalten: 1,5\.$/);
    const above = new MethodologyError(
      methodReason('valueAboveTotal', { value: 1500000.25, total: 1000000 }),
    );
    expect(errorInWords(fr, above, 'fr-FR')).toBe(
      `La valeur 1${N}500${N}000,25 dépasse le total 1${N}000${N}000 de l’indicateur.`,
    );
    expect(errorInWords(de, above, 'de-DE')).toBe(
      'Der Wert 1.500.000,25 übersteigt die Summe 1.000.000 des Indikators.',
    );
    // Less than one relocation: the figures given as numbers, each language writing them.
    let below: unknown;
    try {
      resolvePoolTotals({ financialEur: 10000 });
    } catch (e) {
      below = e;
    }
    expect(errorInWords(fr, below, 'fr-FR')).toMatch(
      new RegExp(`^Les totaux donnent 0,500 relocalisation à 20${N}000\u00a0EUR chacune`),
    );
    expect(errorInWords(de, below, 'de-DE')).toMatch(
      /^Die Summen ergeben 0,500 Umsiedlungen zu je 20\.000\u00A0EUR/,
    );
    expect((below as Error).message).toMatch(
      /^The totals give 0\.500 relocations at EUR 20,000 each/,
    );
    // A record's number names it: not grouped, as the English writes it.
    const record = new MethodologyError(
      methodReason('recordNoDate', { n: { number: 1234, names: true } }),
    );
    expect(errorInWords(fr, record, 'fr-FR')).toBe(
      'L’enregistrement 1234 n’a pas de date ISO (aaaa-mm-jj).',
    );
    expect(record.message).toBe('Record 1234 has no ISO date (yyyy-mm-dd).');
  });

  it('passes any other error on as it came', async () => {
    const excel = new Error('Der Vorgang ist fehlgeschlagen.');
    expect(errorInWords(await loadWords('fr'), excel)).toBe('Der Vorgang ist fehlgeschlagen.');
  });
});
