/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { composeIndicatorSet, loadVintage, readJsonStat, toSeries } from '../../src/data';
import { App } from '../../src/taskpane/App';
import { RESTORED_ORIGIN, restoredState, writtenBefore } from '../../src/taskpane/restore';
import { fakeServices } from '../fakes/fakeServices';
import { choosePool } from '../helpers/pane';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('reopening a workbook', () => {
  it('brings back the data the tables were written with, replaced series included', () => {
    const read = readJsonStat(
      readFileSync(join(__dirname, '../fixtures/eurostat/demo_pjan_jsonstat_real.json'), 'utf8'),
    );
    const population = toSeries(read, {
      indicator: 'population',
      period: '2023',
      provenance: { dataset: 'Eurostat demo_pjan', release: '2026-08-14', source: 'API' },
    }).series!;
    const set = composeIndicatorSet(loadVintage('2026-reference'), [population]);
    const state = restoredState({ set });
    expect(state.vintage).toBe('2026-reference');
    expect(state.replacements.map((r) => [r.series.indicator, r.series.period, r.origin])).toEqual([
      ['population', '2023', RESTORED_ORIGIN],
    ]);
    expect(restoredState({ set: loadVintage('latest') }).replacements).toEqual([]);
    expect(restoredState({ lastScenario: 'damaged' }).vintage).toBe('latest');
  });

  it('brings back the last scenario written', async () => {
    const services = fakeServices();
    const first = render(<App services={services} />);
    choosePool();
    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Relocations' }), {
        target: { value: '45000' },
      });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Write the tables to this workbook' }));
    await screen.findByText('Tables written');
    first.unmount();

    render(<App services={services} initial={restoredState(services.restore())} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    // Shown grouped in the analyst's locale when not being edited.
    const grouped = (n: number) => new Intl.NumberFormat().format(n);
    expect((screen.getByRole('textbox', { name: 'Relocations' }) as HTMLInputElement).value).toBe(
      grouped(45000),
    );
    expect(
      (screen.getByRole('textbox', { name: 'Financial contributions' }) as HTMLInputElement).value,
    ).toBe(grouped(900000000));
  });

  it('says the workbook is up to date when the pane reopens on the scenario it wrote', async () => {
    const services = fakeServices();
    const first = render(<App services={services} />);
    choosePool();
    expect(screen.getAllByText(/^Not written yet/)).toHaveLength(2); // overview and footer
    fireEvent.click(screen.getByRole('button', { name: 'Write the tables to this workbook' }));
    await screen.findByText('Tables written');
    first.unmount();

    const stored = services.restore();
    expect(writtenBefore(stored)).toBe(true);
    render(
      <App
        services={services}
        initial={restoredState(stored)}
        initialWritten={writtenBefore(stored)}
      />,
    );
    expect(screen.getAllByText(/^Up to date: the tables show what the pane shows/)).toHaveLength(2);
  });

  it('says the pledges differ when the workbook has a round the pane did not bring back', async () => {
    const services = fakeServices();
    const first = render(<App services={services} />);
    choosePool();
    fireEvent.click(screen.getByRole('tab', { name: 'Pledges' }));
    fireEvent.click(screen.getByRole('button', { name: 'Load the illustrative 2026 round' }));
    await screen.findByText('Pledges loaded');
    fireEvent.click(screen.getByRole('button', { name: 'Write the tables to this workbook' }));
    await screen.findByText('Tables written');
    first.unmount();

    const stored = services.restore();
    expect(writtenBefore(stored)).toBe('with-pledges');
    render(
      <App
        services={services}
        initial={restoredState(stored)}
        initialWritten={writtenBefore(stored)}
      />,
    );
    expect(
      screen.getAllByText(
        /^Not up to date: the workbook does not yet show your latest changes to the pledges\.$/,
      ),
    ).toHaveLength(2);
  });
});
