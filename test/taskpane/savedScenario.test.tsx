/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ResultsTab } from '../../src/taskpane/components/ResultsTab';
import { ScenarioTab } from '../../src/taskpane/components/ScenarioTab';
import { loadVintage } from '../../src/data';
import { initialState, reducer, type Action, type PaneState } from '../../src/taskpane/state';
import { fakeServices } from '../fakes/fakeServices';

jest.setTimeout(30_000);

/** A scenario saved by another version: its vintage is gone. */
async function withDamaged() {
  const services = fakeServices();
  await services.saveScenario('Old round', { vintage: 'no-such-vintage', draft: {} });
  return services;
}

const damaged = (title: string) => ({
  type: 'status',
  status: expect.objectContaining({
    intent: 'error',
    title,
    body: expect.stringContaining('“Old round” is damaged or from another version'),
  }),
});

describe('saved scenarios', () => {
  it('a damaged one is not opened on the Scenario tab, and the message names it', async () => {
    const services = await withDamaged();
    const dispatch = jest.fn<void, [Action]>();
    render(
      <FluentProvider theme={webLightTheme}>
        <ScenarioTab state={initialState()} dispatch={dispatch} services={services} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('combobox', { name: 'Open a saved scenario' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Old round' }));
    });
    expect(dispatch.mock.calls.map((c) => c[0])).toEqual([damaged('Not opened')]);
  });

  it('a damaged one is not compared with on the Results tab, and the message names it', async () => {
    const services = await withDamaged();
    const dispatch = jest.fn<void, [Action]>();
    render(
      <FluentProvider theme={webLightTheme}>
        <ResultsTab
          state={initialState()}
          dispatch={dispatch}
          services={services}
          data={loadVintage('latest')}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Compare' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Compare this scenario (A) with (B)' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Saved in this workbook: Old round' }));
    });
    expect(dispatch.mock.calls.map((c) => c[0])).toEqual([damaged('Not compared')]);
  });

  it('are read from the workbook once per visit to the Results tab, not on every render', () => {
    const services = fakeServices();
    const read = jest.spyOn(services, 'savedScenarios');
    const data = loadVintage('latest');
    const tab = (state: PaneState) => (
      <FluentProvider theme={webLightTheme}>
        <ResultsTab state={state} dispatch={() => undefined} services={services} data={data} />
      </FluentProvider>
    );
    const { rerender } = render(tab(initialState()));
    const busy = { kind: 'busy', label: 'Writing the tables…' } as const;
    rerender(tab(reducer(initialState(), { type: 'status', status: busy })));
    expect(read).toHaveBeenCalledTimes(1);
  });
});
