/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { useReducer } from 'react';
import { ResultsTab } from '../../src/taskpane/components/ResultsTab';
import { ResultsView } from '../../src/taskpane/components/ResultsView';
import {
  comparisonOf,
  computeResults,
  useComparison,
  useResults,
} from '../../src/taskpane/results';
import { findPreset, loadVintage } from '../../src/data';
import { draftFromPreset, initialState, reducer, type PaneState } from '../../src/taskpane/state';
import { fakeServices } from '../fakes/fakeServices';

jest.setTimeout(30_000);

const results = computeResults(initialState());
const noComparison = { options: [], selected: undefined, onSelect: () => undefined };

function show(locale: string, comparison = noComparison) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ResultsView results={results} comparison={comparison} locale={locale} />
    </FluentProvider>,
  );
}

/** The rows of the results table as their cells' text, header first. */
const table = () =>
  within(
    screen.getAllByRole('table').find((t) => t.getAttribute('aria-label') !== 'The three pools')!,
  )
    .getAllByRole('row')
    .map((r) =>
      within(r)
        .queryAllByRole(r.querySelector('th') ? 'columnheader' : 'cell')
        .map((c) => c.textContent),
    );

if (!results.ok) throw new Error('the default scenario computes');
const de = results.results.rows.find((r) => r.code === 'DE')!;

describe('the results view', () => {
  it('shows fair shares and indicative contributions in the analyst’s locale', () => {
    show('en-GB');
    const germany = table().find((r) => r[0] === 'Germany');
    const pct = (de.fairShare * 100).toFixed(2);
    expect(germany).toEqual([
      'Germany',
      `${pct}\u00A0%`,
      Math.round(de.relocations).toLocaleString('en-GB'),
      // EUR million, the unit in the header: short enough for 350 px.
      (de.financialEur / 1e6).toFixed(1),
    ]);
    expect(table()[0]![3]).toBe('EUR million');
  });

  it('writes the same figures the French way in French', () => {
    show('fr-FR');
    const germany = table().find((r) => r[0] === 'Germany');
    expect(germany?.[1]).toBe(`${(de.fairShare * 100).toFixed(2).replace('.', ',')}\u00A0%`);
    // French groups thousands with a narrow no-break space.
    expect(germany?.[2]).toBe(
      Math.round(de.relocations).toLocaleString('fr-FR').replace(/\s/g, '\u202F'),
    );
  });

  it('sorts by the header clicked: largest fair share first, then by name', () => {
    show('en-GB');
    const byShare = [...results.results.rows].sort((a, b) => b.fairShare - a.fairShare);
    expect(table()[1]?.[0]).toBe(byShare[0]?.name);
    fireEvent.click(screen.getByRole('button', { name: 'State' }));
    fireEvent.click(screen.getByRole('button', { name: 'State' }));
    expect(table()[1]?.[0]).toBe('Austria');
    expect(screen.getByRole('columnheader', { name: 'State' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('shows the change per state against another scenario, in percentage points', () => {
    const state = {
      ...initialState(),
      compareWith: {
        id: 'preset:2026-council',
        label: 'Preset: 2026 Council',
        vintage: findPreset('2026-council').vintage,
        draft: draftFromPreset('2026-council'),
      },
    };
    const { rows } = comparisonOf(state, computeResults(state));
    show('en-GB', {
      options: [{ id: 'preset:2026-council', label: 'Preset: 2026 Council' }],
      selected: 'preset:2026-council',
      onSelect: () => undefined,
      rows,
      labelA: 'Next pool on the latest data',
      labelB: 'Preset: 2026 Council',
    } as unknown as typeof noComparison);
    fireEvent.click(screen.getByRole('radio', { name: 'Compare' }));
    const header = table()[0];
    // Issue 16: columns named after the scenarios, the change read from A to B.
    expect(header).toEqual([
      'State',
      'Next pool on the latest data (A)',
      'Preset: 2026 Council (B)',
      'Change from A to B, in percentage points',
    ]);
    const germany = table().find((r) => r[0] === 'Germany')!;
    expect(germany[3]).toMatch(/^[+-]?\d\.\d\d$/);
    // On screen, A + (B − A) = B in every row, to the hundredth of a point shown.
    const hundredths = (t: string) => Math.round(Number(t.replace(/[^\d.+-]/g, '')) * 100);
    for (const r of table().slice(1))
      expect([r[0], hundredths(r[1]!) + hundredths(r[3]!)]).toEqual([r[0], hundredths(r[2]!)]);
  });

  it('writes — where a state is in one scenario only, the largest change first', () => {
    const start = initialState();
    const draft = {
      ...start.scenario,
      participants: start.scenario.participants.filter((c) => c !== 'DE'),
    };
    const state = {
      ...start,
      compareWith: { id: 'saved:x', label: 'Saved: x', vintage: start.vintage, draft },
    };
    const { rows } = comparisonOf(state, computeResults(state));
    show('en-GB', {
      options: [{ id: 'saved:x', label: 'Saved: x' }],
      selected: 'saved:x',
      onSelect: () => undefined,
      rows,
    } as unknown as typeof noComparison);
    fireEvent.click(screen.getByRole('radio', { name: 'Compare' }));
    const germany = table().find((r) => r[0] === 'Germany')!;
    expect(germany.slice(2)).toEqual(['—', '—']);
    const largest = [...rows!].sort(
      (x, y) => Math.abs(y.change?.fairShare ?? 0) - Math.abs(x.change?.fairShare ?? 0),
    )[0]!;
    expect(largest.change!.fairShare).not.toBe(0);
    expect(table()[1]?.[0]).toBe(largest.name);
  });
});

describe('comparing with a scenario saved in the workbook', () => {
  it('offers the saved scenario and shows the change per state', async () => {
    const services = fakeServices();
    const saved = reducer(initialState(), { type: 'keepRatio', on: false });
    const smaller = reducer(saved, { type: 'total', field: 'relocations', value: 21_000 });
    await services.saveScenario('Council 21k', { vintage: 'latest', draft: smaller.scenario });
    function Tab() {
      const [state, dispatch] = useReducer(reducer, initialState());
      return (
        <FluentProvider theme={webLightTheme}>
          <ResultsTab
            state={state}
            dispatch={dispatch}
            services={services}
            data={loadVintage('latest')}
          />
        </FluentProvider>
      );
    }
    render(<Tab />);
    fireEvent.click(screen.getByRole('radio', { name: 'Compare' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Compare this scenario (A) with (B)' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Saved in this workbook: Council 21k' }));
    });
    fireEvent.click(screen.getByRole('combobox', { name: 'Measure' }));
    fireEvent.click(screen.getByRole('option', { name: 'Indicative relocations' }));
    const germany = table().find((r) => r[0] === 'Germany')!;
    // Same data and shares: B is 21,000 relocations, A 30,000; the change is B − A, between the
    // figures shown (issue 16), so that A + change = B on screen.
    const a = Math.round(de.relocations);
    const b = Math.round((de.relocations * 21_000) / 30_000);
    expect(germany.slice(1, 3)).toEqual([a.toLocaleString('en-GB'), b.toLocaleString('en-GB')]);
    expect(germany[3]).toBe(`-${(a - b).toLocaleString('en-GB')}`);
  });

  it('are computed again when the scenario changes, not when a message comes and goes', () => {
    const data = loadVintage('latest');
    const target = {
      id: 'preset:2026-council',
      label: 'Preset: 2026 Council',
      vintage: findPreset('2026-council').vintage,
      draft: draftFromPreset('2026-council'),
    };
    const start: PaneState = { ...initialState(), compareWith: target };
    const { result, rerender } = renderHook(
      ({ state }) => {
        const a = useResults(state, data);
        return { a, compared: useComparison(state, a, data) };
      },
      { initialProps: { state: start } },
    );
    const first = result.current;
    expect(first.compared.rows?.length).toBeGreaterThan(0);
    // A message: nothing the tables are computed from has changed.
    const busy = { kind: 'busy', label: 'Writing the tables…' } as const;
    rerender({ state: reducer(start, { type: 'status', status: busy }) });
    expect(result.current.a).toBe(first.a);
    expect(result.current.compared).toBe(first.compared);
    // An edit: computed again.
    rerender({ state: reducer(start, { type: 'total', field: 'relocations', value: 21_000 }) });
    expect(result.current.a).not.toBe(first.a);
    expect(result.current.compared).not.toBe(first.compared);
  });
});
