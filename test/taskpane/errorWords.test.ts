import { MethodologyError } from '../../src/core';
import { ENGLISH, loadWords } from '../../src/report/words';
import { errorInWords } from '../../src/taskpane/outcomeWords';

// An error caught by a tab (Implementation, Share) is said in the pane's language where the
// methodology refused with facts; any other error (Excel's, say) as it came (issue 18).
describe('an error a tab caught, in the pane’s language', () => {
  const refusal = new MethodologyError({ code: 'method.twoPledges', values: { code: 'DE' } });

  it('says a refusal of the methodology from its facts', async () => {
    expect(errorInWords(ENGLISH, refusal)).toBe('DE has two pledge rows: keep one.');
    expect(errorInWords(await loadWords('fr'), refusal)).toBe(
      'DE a deux lignes d’engagement : gardez-en une.',
    );
    expect(errorInWords(await loadWords('de'), refusal)).toBe(
      'DE hat zwei Zusagezeilen: Behalten Sie eine.',
    );
  });

  it('passes any other error on as it came', async () => {
    const excel = new Error('Der Vorgang ist fehlgeschlagen.');
    expect(errorInWords(await loadWords('fr'), excel)).toBe('Der Vorgang ist fehlgeschlagen.');
  });
});
