/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { fakeServices } from '../fakes/fakeServices';
import { choosePool } from '../helpers/pane';
import { germanPopulationCsv } from '../helpers/continentalFiles';

const pick = (name: string, text: string) => {
  // jsdom's File has no text(): the browser's has.
  const file = Object.assign(new File([text], name, { type: 'text/csv' }), {
    text: async () => text,
  });
  fireEvent.change(
    screen.getByLabelText('Indicator file (CSV, SDMX-CSV, TSV, JSON-stat or XLSX)'),
    { target: { files: [file] } },
  );
};

describe('a message never outlives the data it describes (issue 16)', () => {
  it('a file’s open review, read for one pool’s states, closes when another pool is chosen', async () => {
    render(<App services={fakeServices()} />);
    pick('population-de.csv', germanPopulationCsv());
    await screen.findByText('Check how file population-de.csv was read');
    // Its "Load the 31 rows" would load the file into the pool now chosen, unreviewed for it.
    choosePool('2026 pool as adopted by the Council');
    expect(screen.queryByText('Check how file population-de.csv was read')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Load the 31 rows' })).toBeNull();
  });
});
