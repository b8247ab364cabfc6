/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ResultsTab } from '../../src/taskpane/components/ResultsTab';
import { ScenarioTab } from '../../src/taskpane/components/ScenarioTab';
import { loadVintage } from '../../src/data';
import { initialState, type Action } from '../../src/taskpane/state';
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

describe('a damaged saved scenario', () => {
  it('is not opened on the Scenario tab, and the message names it', async () => {
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

  it('is not compared with on the Results tab, and the message names it', async () => {
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
      fireEvent.click(screen.getByRole('option', { name: 'Saved: Old round' }));
    });
    expect(dispatch.mock.calls.map((c) => c[0])).toEqual([damaged('Not compared')]);
  });
});
