/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { initialState } from '../../src/taskpane/state';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeServices } from '../fakes/fakeServices';
import { choosePool } from '../helpers/pane';

const write = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Write the tables to this workbook' }));

describe('the task pane', () => {
  it('writes the pool tables into the workbook and says what it wrote', async () => {
    const services = fakeServices();
    render(<App services={services} />);
    choosePool();
    expect(screen.getByText('Population on 1 January 2025')).toBeTruthy();
    write();
    await screen.findByText('Tables written');
    expect(
      screen.getByText(
        /Indicators, Fair share, Pool, Pressure, Methodology: 26 states, 30,000 relocations/,
      ),
    ).toBeTruthy();
    expect(services.wb.tables.has('Pool')).toBe(true);
    expect(services.wb.syncs).toBe(3 + 1); // three to write, one to recalculate the EUPACT functions
  });

  it('shows the gaps of incomplete indicators', () => {
    render(<App services={fakeServices()} />);
    const item = screen.getByText('First-time asylum applicants 2024').closest('li') as HTMLElement;
    expect(within(item).getByText('6 of 26 states')).toBeTruthy();
    expect(within(item).getByText(/^Gaps: BE, BG, CZ/)).toBeTruthy();
  });

  it('asks before replacing an analyst’s edit, and writes nothing when they cancel', async () => {
    const wb = new FakeWorkbook();
    const services = fakeServices(wb);
    render(<App services={services} />);
    choosePool();
    write();
    await screen.findByText('Tables written');
    const row = wb.tableRows('Pool').findIndex((r) => r[0] === 'FR');
    const t = wb.tableOf('Pool');
    const G = String.fromCharCode(64 + t.left + wb.tableRows('Pool')[0]!.indexOf('Deduction'));
    wb.type('Pool', `${G}${t.top + row}`, 0.5);
    write();
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('A cell you edited would be replaced')).toBeTruthy();
    expect(within(dialog).getByText(/Pool, column Deduction, France/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Nothing was written');
    expect(wb.formula('Pool', `${G}${t.top + row}`)).toBe(0.5);

    // The cause of this test's flakiness: jsdom has no layout, so Fluent's Dialog focuses its
    // surface rather than its first button and tabster never activates the dialog's modal layer.
    // When the first dialog unmounts, tabster schedules an update 250 ms later that marks every
    // inactive modal aria-hidden, the second dialog included; on a loaded machine the queries ran
    // after it and found nothing accessible. So: wait until the first dialog is gone (one dialog
    // in the page), then find the new one and its button whatever aria-hidden says
    // (a browser's focus would activate it; the e2e tests run the pane in Chromium).
    await waitFor(() => expect(screen.queryAllByRole('alertdialog', { hidden: true })).toEqual([]));
    write();
    const again = await screen.findByRole('alertdialog', { hidden: true });
    expect(within(again).getByText('A cell you edited would be replaced')).toBeTruthy();
    fireEvent.click(
      within(again).getByRole('button', { hidden: true, name: 'Keep my edits, write new sheets' }),
    );
    await screen.findByText('Tables written');
    expect(wb.sheets.has('Pool (2)')).toBe(true);
    expect(wb.formula('Pool', `${G}${t.top + row}`)).toBe(0.5);
    // Three generations of the workbook: 0.5 s on an idle machine, 1.5 to 11.4 s measured at a
    // load of 10 on 2 cores, where Jest's default 5 s stopped it; not a wait for anything.
  }, 30_000);

  it('refuses a scenario it cannot compute, naming the state, before touching Excel', async () => {
    const services = fakeServices();
    const state = initialState();
    render(
      <App
        services={services}
        initial={{
          ...state,
          scenario: { ...state.scenario, participants: [...state.scenario.participants, 'LI'] },
        }}
        // A scenario saved earlier in this workbook: the analyst chose it, writing is offered.
        initialPoolChosen
      />,
    );
    write();
    // Announced assertively by the pane's live region (issue 16).
    const alert = document.querySelector('footer [data-live="assertive"]') as HTMLElement;
    await waitFor(() => expect(alert.textContent).toMatch(/Nothing was written/));
    expect(alert.textContent).toMatch(
      /Nothing was written: the scenario cannot be computed \(LI\)/,
    );
    // Annex I: "n: the overall number of Member States"; Liechtenstein contributes ad hoc (Art. 13(1)).
    expect(alert.textContent).toMatch(/LI is not a Member State/);
    expect(services.wb.syncs).toBe(0);
  });

  it('keeps the ratio while the analyst types a relocation total', async () => {
    render(<App services={fakeServices()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    const relocations = screen.getByRole('textbox', { name: 'Relocations' });
    await act(async () => {
      fireEvent.change(relocations, { target: { value: '45000' } });
    });
    expect(
      (screen.getByRole('textbox', { name: 'Financial contributions' }) as HTMLInputElement).value,
    ).toBe('900,000,000'); // grouped in the analyst's locale when not being edited
    fireEvent.change(relocations, { target: { value: '-3' } });
    expect(screen.getByText('Must be above 0.')).toBeTruthy();
  });

  it('loads a workbook table as the population series, validated by row and column', async () => {
    const wb = new FakeWorkbook(['Data']);
    const services = fakeServices(wb);
    // The analyst's own table: code and population, one bad row.
    wb.type('Data', 'A1', 'Country');
    wb.type('Data', 'B1', 'Pop 2025');
    const codes = initialState().scenario.participants;
    codes.forEach((c, i) => {
      wb.type('Data', `A${i + 2}`, c);
      wb.type('Data', `B${i + 2}`, c === 'MT' ? 'unknown' : 1_000_000 + i);
    });
    await wb.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Data').tables.add(`A1:B${codes.length + 1}`, true);
      t.name = 'MyPopulation';
      await ctx.sync();
    });
    render(<App services={services} />);
    fireEvent.click(screen.getByRole('button', { name: 'From a workbook table…' }));
    fireEvent.change(await screen.findByRole('combobox', { name: 'Workbook table' }), {
      target: { value: 'MyPopulation' },
    });
    fireEvent.change(
      await screen.findByRole('textbox', { name: 'Year or period of these values' }),
      { target: { value: '2025' } },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check and load' }));
    await screen.findByText(/1 row has problems in table MyPopulation/);
    expect(
      screen.getByText('Nothing was loaded: fix these rows in the source and load it again.'),
    ).toBeTruthy();
    const malta = codes.indexOf('MT') + 2;
    const problem = screen.getByText(/for MT: "unknown" is not a number/).closest('li');
    expect(within(problem as HTMLElement).getByText(`Line ${malta} · Pop 2025`)).toBeTruthy();
    expect(within(problem as HTMLElement).getByText('Error:')).toBeTruthy();
  }, 20_000); // reading, validating and reviewing a table: several renders, slow on a busy machine
});
