/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FINDING_WORDS, IMPL } from '../../src/report';
import { fakeServices } from '../fakes/fakeServices';
import { choosePool } from '../helpers/pane';

const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('the Implementation step', () => {
  it('asks for the pledges first', async () => {
    render(<App services={fakeServices()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Implementation' }));
    expect(await screen.findByText(/load a pledging round on the Pledges tab first/)).toBeTruthy();
  });

  it('checks the records, proposes a distribution that can be typed over, shows the year end, and writes the Implementation sheet', async () => {
    const services = fakeServices();
    render(<App services={services} />);
    choosePool();
    fireEvent.click(screen.getByRole('tab', { name: 'Pledges' }));
    click(
      await screen
        .findByRole('button', { name: 'Load the illustrative 2026 round' })
        .then((b) => b.textContent!),
    );
    await screen.findByText('Pledges loaded');
    fireEvent.click(screen.getByRole('tab', { name: 'Implementation' }));
    click(
      (await screen.findByRole('button', { name: 'Load the illustrative 2026 records' }))
        .textContent!,
    );
    // The grid starts again from the records loaded.
    await screen.findByDisplayValue('2026-07-20');
    const records = screen.getByRole('table', { name: 'Implementation records' });
    // Malta is not benefitting (Art. 58(1), 59(4)); Germany pledged no money (Art. 57(1)).
    expect(within(records).getByText(FINDING_WORDS['towards-not-benefitting'])).toBeTruthy();
    expect(within(records).getAllByText(FINDING_WORDS['no-pledge-of-type'])).toHaveLength(2);
    // Art. 63(5): Germany's 4,555 less 2,050 people implemented.
    expect(screen.getByText(/Germany: 2,505 offsets/)).toBeTruthy();

    click('Load the illustrative needs');
    const distribution = await screen.findByRole('table', {
      name: 'Distribution among benefitting states',
    });
    const field = within(distribution).getByRole('textbox', {
      name: 'People distributed to Italy',
    });
    fireEvent.change(field, { target: { value: '1000' } });
    fireEvent.blur(field);
    const row = within(distribution)
      .getByRole('textbox', { name: 'People distributed to Italy' })
      .closest('tr')!;
    expect(within(row).getByText('typed')).toBeTruthy();

    click('Write the tables to this workbook');
    await screen.findByText('Tables written');
    expect(services.wb.tables.has(IMPL.records)).toBe(true);
    expect(services.wb.tables.has(IMPL.distribution)).toBe(true);
  }, 90_000); // a guard against a hang, not a measure: the whole pane renders, with the records grid
});
