import { MethodologyError } from '../../src/core';
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
      'DE a deux lignes d’engagement : gardez-en une.',
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

  it('passes any other error on as it came', async () => {
    const excel = new Error('Der Vorgang ist fehlgeschlagen.');
    expect(errorInWords(await loadWords('fr'), excel)).toBe('Der Vorgang ist fehlgeschlagen.');
  });
});
