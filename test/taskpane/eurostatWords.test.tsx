/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { ReasonedError } from '../../src/data/reasons';
import { ENGLISH, loadWords, type Words } from '../../src/report/words';
import { sentenceInWords } from '../../src/report/words/issueWords';
import { App } from '../../src/taskpane/App';
import { fetchEurostat } from '../../src/taskpane/services/eurostat';
import { fakeServices } from '../fakes/fakeServices';
import { eurostatRefusal } from './eurostatMessage';

// What Eurostat answered, or why it could not be asked, is said in the pane's language (issue 18):
// the service throws the facts (ReasonedError), the Data tab words them.
const NNBSP = '\u202F';

/** Eurostat's answer to a code it does not have (jsdom has no Response: its shape). */
const unknownDimension: typeof fetch = async () =>
  ({
    ok: false,
    status: 400,
    json: async () => ({ error: [{ status: 400, id: 150, label: 'Dimension unknown' }] }),
  }) as unknown as Response;

/** Asks Eurostat for the GDP of 2031 in the pane's words; what the message under the title says. */
const askForGdp = (w: Words) =>
  eurostatRefusal(w, fakeServices(undefined, unknownDimension), {
    dataset: 'nama_10_gdp',
    period: '2031',
    indicator: 'gdp',
  });

describe('Eurostat’s answers in the pane’s language', () => {
  beforeEach(() => localStorage.clear());

  it('French: Eurostat’s error, its id and what it means', async () => {
    expect(await askForGdp(await loadWords('fr'))).toBe(
      `Eurostat a répondu par l’erreur 150 (la demande nomme une dimension ou un code que le jeu de données n’a pas)${NNBSP}: Dimension unknown.`,
    );
  });

  it('German: Eurostat’s error, its id and what it means', async () => {
    expect(await askForGdp(await loadWords('de'))).toBe(
      'Eurostat antwortete mit dem Fehler 150 (die Anfrage nennt eine Dimension oder einen Code, die der Datensatz nicht hat): Dimension unknown.',
    );
  });

  it('English: as before, word for word', async () => {
    expect(await askForGdp(ENGLISH)).toBe(
      'Eurostat answered with error 150 (the request names a dimension or code the dataset does not have): Dimension unknown.',
    );
  });

  it('says a period written wrongly in the pane’s language', async () => {
    const w = await loadWords('de');
    render(<App services={fakeServices()} initialWords={w} />);
    const period = w.t('import.eurostatYear', { dataset: 'demo_pjan' });
    fireEvent.change(screen.getByRole('textbox', { name: period }), { target: { value: '24' } });
    expect(screen.getByText('Geben Sie ein Jahr an, etwa 2024.')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: w.t('import.fetch') }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('a request that timed out or was refused as too large: facts, said in each language', async () => {
    const timedOut = await fetchEurostat('population', '2024', async () =>
      Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
    ).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(ReasonedError);
    expect((timedOut as ReasonedError).message).toBe(
      'Eurostat did not answer within 30 seconds: try again later, or load a file instead.',
    );
    const reason = (timedOut as ReasonedError).reason;
    expect(sentenceInWords(await loadWords('fr'), reason)).toBe(
      `Eurostat n’a pas répondu en 30 secondes${NNBSP}: réessayez plus tard, ou chargez plutôt un fichier.`,
    );
    const tooLarge = await fetchEurostat('population', '2024', async () => {
      return { ok: false, status: 413, json: async () => ({}) } as unknown as Response;
    }).catch((e: unknown) => e);
    expect(sentenceInWords(await loadWords('de'), (tooLarge as ReasonedError).reason)).toBe(
      'Eurostat hat die Anfrage als zu groß abgelehnt (HTTP 413): Fragen Sie einen Zeitraum nach dem anderen an.',
    );
  });
});
