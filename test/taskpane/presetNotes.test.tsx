/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useReducer } from 'react';
import { ScenarioTab } from '../../src/taskpane/components/ScenarioTab';
import { presetNotesOf, reportOf } from '../../src/taskpane/generate';
import { initialState, reducer } from '../../src/taskpane/state';
import { fakeServices } from '../fakes/fakeServices';

jest.setTimeout(30_000);

const services = { now: () => new Date('2026-11-27T12:00:00Z'), toolVersion: 'test' };
const on = (id: string) => reducer(initialState(), { type: 'preset', id });

/** Every text of the Methodology sheet, flattened. */
function methodologyText(state: ReturnType<typeof initialState>): string {
  const sheet = reportOf(state, services).spec.sheets.find((s) => s.name === 'Methodology')!;
  return JSON.stringify(sheet.blocks);
}

describe('what a preset says of its own data (issue 10): in the pane and on the sheet it writes', () => {
  it('2027-proposal: the caveats reach the Methodology sheet the pane writes', () => {
    const state = on('2027-proposal');
    const caveats = presetNotesOf(state).caveats!;
    expect(caveats.some((c) => c.includes('GDP 2025 is not bundled'))).toBe(true);
    for (const c of caveats) expect(methodologyText(state)).toContain(c.slice(0, 60));
  });

  it('2026-council: the published figures reach the Methodology sheet', () => {
    expect(presetNotesOf(on('2026-council')).published?.length).toBeGreaterThan(0);
    expect(methodologyText(on('2026-council'))).toContain('"FR",0.160021');
  });

  it('another vintage than the preset’s: no caveat claims to describe it', () => {
    const state = reducer(on('2027-proposal'), { type: 'vintage', id: 'latest' });
    expect(presetNotesOf(state)).toEqual({ caveats: [] });
  });

  it('the Scenario tab says where the chosen preset differs from the Commission’s inputs', async () => {
    function Tab() {
      const [state, dispatch] = useReducer(reducer, initialState());
      return (
        <FluentProvider theme={webLightTheme}>
          <ScenarioTab state={state} dispatch={dispatch} services={fakeServices()} />
        </FluentProvider>
      );
    }
    render(<Tab />);
    fireEvent.click(screen.getByRole('combobox', { name: 'Pool' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: /^2027/ }));
    });
    expect(screen.getByText('Where this differs from the Commission’s own inputs')).toBeTruthy();
    expect(screen.getByText(/GDP 2025 is not bundled/)).toBeTruthy();
  });
});
