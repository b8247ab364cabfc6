/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ResultsView } from '../../src/taskpane/components/ResultsView';
import { comparisonOf, computeResults } from '../../src/taskpane/results';
import { findPreset } from '../../src/data';
import { draftFromPreset, initialState } from '../../src/taskpane/state';

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
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .map((r) =>
      within(r)
        .queryAllByRole(r.querySelector('th') ? 'columnheader' : 'cell')
        .map((c) => c.textContent),
    );

describe('the results view', () => {
  if (!results.ok) throw new Error('the default scenario computes');
  const de = results.results.rows.find((r) => r.code === 'DE')!;

  it('shows fair shares and indicative contributions in the analyst’s locale', () => {
    show('en-GB');
    const germany = table().find((r) => r[0] === 'Germany');
    const pct = (de.fairShare * 100).toFixed(2);
    expect(germany).toEqual([
      'Germany',
      `${pct}\u00A0%`,
      Math.round(de.relocations).toLocaleString('en-GB'),
      `${(de.financialEur / 1e6).toFixed(1)}\u00A0M`,
    ]);
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
    } as unknown as typeof noComparison);
    fireEvent.click(screen.getByRole('radio', { name: 'Compare' }));
    const header = table()[0];
    expect(header).toEqual(['State', 'A', 'B', 'Change (pp)']);
    const germany = table().find((r) => r[0] === 'Germany')!;
    expect(germany[3]).toMatch(/^[+-]?\d\.\d\d\u00A0pp$/);
  });
});
