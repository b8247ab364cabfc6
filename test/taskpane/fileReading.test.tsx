/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { loadWords } from '../../src/report/words';
import { App } from '../../src/taskpane/App';
import { fakeServices } from '../fakes/fakeServices';
import {
  germanGdpCsv,
  germanPledgesCsv,
  germanPopulationCsv,
  mixedGdpCsv,
} from '../helpers/continentalFiles';

const pick = (
  name: string,
  text: string,
  label = 'Indicator file (CSV, SDMX-CSV, TSV, JSON-stat or XLSX)',
) => {
  // jsdom's File has no text(): the browser's has.
  const file = Object.assign(new File([text], name, { type: 'text/csv' }), {
    text: async () => text,
  });
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
};
const chooseIndicator = (id: string, label = 'Indicator') =>
  fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value: id } });

describe('the review says how a file was read, and offers the other way (issue 18)', () => {
  it('`AT;2026;9.215.956`: semicolon-separated, read with decimal commas, then loaded', async () => {
    render(<App services={fakeServices()} />);
    pick('population-de.csv', germanPopulationCsv());
    await screen.findByText('Check how file population-de.csv was read');
    expect(
      screen.getByText(
        'Semicolon-separated: read with decimal commas (a dot, a space or a no-break space between thousands), as "9.215.956" on line 2 shows.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Read with decimal points' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load the 31 rows' }));
    const card = (await screen.findByText(/^Population on 1 January 2026$/)).closest('li');
    expect(within(card as HTMLElement).getByText('replaced')).toBeTruthy();
  });

  it('`AT;2024;494087,6` read the other way when asked: every figure refused, none guessed', async () => {
    render(<App services={fakeServices()} />);
    chooseIndicator('gdp');
    pick('gdp-de.csv', germanGdpCsv());
    await screen.findByText(/as "494087,6" on line 2 shows/);
    fireEvent.click(screen.getByRole('button', { name: 'Read with decimal points' }));
    await screen.findByText('Read with decimal points, as you chose.');
    expect(screen.getByText('30 rows have problems in file gdp-de.csv')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Read with decimal commas' })).toBeTruthy();
  });

  it('a file writing numbers both ways is refused with the choice, in German too', async () => {
    render(<App services={fakeServices()} initialWords={await loadWords('de')} />);
    chooseIndicator('gdp', 'Indikator');
    pick(
      'gdp-mixed.csv',
      mixedGdpCsv(),
      'Indikatordatei (CSV, SDMX-CSV, TSV, JSON-stat oder XLSX)',
    );
    await screen.findByText(
      'Die Datei schreibt Zahlen auf beide Arten: „494087,6“ in Zeile 2 nur mit Dezimalkomma, „2919899.9“ in Zeile 13 nur mit Dezimalpunkt. Nichts wurde gelesen: Wählen Sie, wie sie zu lesen ist.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mit Dezimalkomma lesen' }));
    await screen.findByText('Mit Dezimalkomma gelesen, wie Sie es gewählt haben.');
    // France, Italy and the Netherlands refused on their lines: the fair share needs them all.
    expect(
      screen.getByText(
        'Nichts wurde geladen: Korrigieren Sie diese Zeilen in der Quelle und laden Sie sie erneut.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /gültige Zeilen laden/ })).toBeNull();
  });

  it('asks before reading "yaer" as the year; maps unknown headers', async () => {
    render(<App services={fakeServices()} />);
    pick('pop-yaer.csv', germanPopulationCsv().replace(';year;', ';yaer;'));
    await screen.findByText('The column "yaer" is one letter from "year". Read it as year?');
    fireEvent.click(screen.getByRole('button', { name: 'Read "yaer" as year' }));
    await screen.findByText('Check how file pop-yaer.csv was read');

    pick('pop-land.csv', germanPopulationCsv().replace('geo;year;value', 'Land;Jahr;Einwohner'));
    await screen.findByText('Which column holds what?');
    const read = screen.getByRole('button', { name: 'Read with these columns' });
    expect((read as HTMLButtonElement).disabled).toBe(true);
    for (const [label, column] of [
      ['State (code or name)', 'Land'],
      ['Year or period', 'Jahr'],
      ['Value', 'Einwohner'],
    ]) {
      fireEvent.change(screen.getByRole('combobox', { name: label }), {
        target: { value: column },
      });
    }
    fireEvent.click(read);
    await screen.findByText('Check how file pop-land.csv was read');
    expect(screen.getByRole('button', { name: 'Load the 31 rows' })).toBeTruthy();
  });

  it('a semicolon-separated pledges file with `1.234,5` amounts: read with decimal commas, said, loaded; one written both ways refused with the choice', async () => {
    render(<App services={fakeServices()} />);
    fireEvent.click(screen.getByRole('tab', { name: /Pledges/ }));
    pick('pledges-de.csv', germanPledgesCsv(), 'Pledges file (CSV)');
    await screen.findByText(
      'Semicolon-separated: read with decimal commas (a dot, a space or a no-break space between thousands), as "67.220.000" on line 3 shows.',
    );
    await screen.findByText(/^3 states’ pledges and 1 deductions from the file pledges-de\.csv/);
    pick(
      'pledges-mixed.csv',
      germanPledgesCsv(['NL;;2500000.75;;;;;ILLUSTRATIVE']),
      'Pledges file (CSV)',
    );
    await screen.findByText(
      'The file writes numbers both ways: "67.220.000" on line 3 only with a decimal comma, "2500000.75" on line 5 only with a decimal point. Nothing was read: choose how to read it.',
    );
    expect(screen.getByText('Nothing was loaded from the file pledges-mixed.csv')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Read with decimal commas' }));
    await screen.findByText('Read with decimal commas, as you chose.');
    // The figure written the other way is refused on its line; nothing of the file is loaded.
    expect(
      await screen.findByText(/^NL, column financial_eur: "2500000\.75" has a decimal point/),
    ).toBeTruthy();
  });
});
