/** @jest-environment jsdom */
/**
 * Rule 6 of ../shared/excel-rules.md ("Work with workbooks: access application culture settings",
 * ExcelApi 1.11): where Excel cannot tell the pane its separators, the display language's stand
 * in, and the pane says so once, above the fields where numbers are typed, in the pane's language.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadWords } from '../../src/report/words';
import { App } from '../../src/taskpane/App';
import { setNumberCulture } from '../../src/taskpane/numberCulture';
import { DE_DE, FakeWorkbook } from '../fakes/fakeExcel';
import { fakeServices } from '../fakes/fakeServices';

/** Office as an English interface over the fake's Excel answers it (requirement sets included). */
function office(wb: FakeWorkbook): void {
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: { displayLanguage: 'en-US', requirements: wb.requirements },
  };
}

const notes = () => screen.queryAllByRole('note');

beforeEach(() => {
  localStorage.clear();
  setNumberCulture(undefined);
});
afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('the pane’s note on number separators', () => {
  it('in an Excel without ExcelApi 1.11: says the display language’s separators stand in, by the number fields only', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { culture: DE_DE, excelApi: '1.10' });
    office(wb);
    render(<App services={fakeServices(wb)} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    await waitFor(() => expect(notes()).toHaveLength(1));
    expect(notes()[0]!.textContent).toBe(
      'Numbers here use “.” for decimals and “,” between thousands, as the pane’s language writes them: this version of Excel does not tell the pane its own separators. If your Excel uses other separators, type numbers this way all the same.',
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Pledges' }));
    expect(notes()).toHaveLength(1);
    // No numbers are typed on the Data or Results tabs: no note there.
    fireEvent.click(screen.getByRole('tab', { name: 'Data' }));
    expect(notes()).toHaveLength(0);
    fireEvent.click(screen.getByRole('tab', { name: 'Results' }));
    expect(notes()).toHaveLength(0);
  });

  it('says nothing where Excel tells its separators (ExcelApi 1.11), and "30.000" is thirty thousand', async () => {
    const wb = new FakeWorkbook(['Sheet1'], { culture: DE_DE });
    office(wb);
    const services = fakeServices(wb);
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    const relocations = screen.getByRole('textbox', { name: 'Relocations' }) as HTMLInputElement;
    await waitFor(() => expect(relocations.value).toBe('30.000'));
    expect(notes()).toHaveLength(0);
  });

  it.each([
    [
      'fr',
      'Scénario',
      'Les nombres s’écrivent ici avec « . » pour les décimales et « , » entre les milliers, comme dans la langue du volet : cette version d’Excel ne donne pas ses propres séparateurs au volet.',
    ],
    [
      'de',
      'Szenario',
      'Zahlen werden hier mit „.“ für Dezimalstellen und „,“ zwischen den Tausendern geschrieben, wie in der Sprache des Aufgabenbereichs: Diese Version von Excel teilt dem Aufgabenbereich ihre eigenen Trennzeichen nicht mit.',
    ],
  ] as const)('in %s, in the pane’s language', async (language, tab, words) => {
    const wb = new FakeWorkbook(['Sheet1'], { excelApi: '1.10' });
    office(wb);
    render(<App services={fakeServices(wb)} initialWords={await loadWords(language)} />);
    fireEvent.click(screen.getByRole('tab', { name: tab }));
    await waitFor(() => expect(notes()).toHaveLength(1));
    expect(notes()[0]!.textContent).toContain(words);
  });
});
