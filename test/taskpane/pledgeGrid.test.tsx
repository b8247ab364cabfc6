/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useReducer } from 'react';
import { PLEDGES_CSV_HEADER } from '../../src/data';
import { CSV_COLUMNS, PledgesTab } from '../../src/taskpane/components/PledgesTab';
import { ScenarioTab } from '../../src/taskpane/components/ScenarioTab';
import { PledgeGrid } from '../../src/taskpane/components/PledgeGrid';
import { computeResults } from '../../src/taskpane/results';
import { initialState, reducer, type PaneState } from '../../src/taskpane/state';
import { fakeServices } from '../fakes/fakeServices';

// Each test renders 26 rows of Fluent inputs in jsdom: seconds on a loaded machine, not 5.
jest.setTimeout(30_000);

let latest: PaneState = initialState();
function Pane({
  tab,
  initial = initialState(),
}: {
  readonly tab: 'pledges' | 'scenario';
  readonly initial?: PaneState;
}) {
  const [state, dispatch] = useReducer(reducer, initial);
  latest = state;
  const services = fakeServices();
  return (
    <FluentProvider theme={webLightTheme}>
      {tab === 'pledges' ? (
        <PledgesTab state={state} dispatch={dispatch} services={services} />
      ) : (
        <ScenarioTab state={state} dispatch={dispatch} services={services} />
      )}
    </FluentProvider>
  );
}

/** The options of the open picker's list (the chosen tags are options of their own group). */
const offered = () =>
  [...document.querySelectorAll('.fui-TagPickerOption')].map((o) => o.textContent);

const rowOf = (name: string) =>
  screen
    .getAllByRole('row')
    .find((r) => within(r).queryByText(name, { selector: 'span' })) as HTMLElement;

describe('the pledge grid', () => {
  it('computes France’s balance as a pledge is typed, as the Balance sheet would', async () => {
    render(<Pane tab="pledges" />);
    const cell = screen.getByRole('textbox', { name: 'Relocations pledged by France' });
    await act(async () => {
      fireEvent.focus(cell);
      fireEvent.change(cell, { target: { value: '6000' } });
      fireEvent.blur(cell);
    });
    expect((cell as HTMLInputElement).value).toBe('6,000');
    const results = computeResults(latest);
    const france = results.ok ? results.results.rows.find((r) => r.code === 'FR') : undefined;
    // 6,000 relocations at EUR 20,000 against France's indicative contribution (recital 15).
    expect(france?.pledgedEur).toBe(120_000_000);
    // No deduction: the balance is the pledged value less the indicative contribution (Art. 12(2)).
    expect(france?.balanceEur).toBeCloseTo(120_000_000 - (france?.financialEur ?? NaN), 6);
    const shown = `${new Intl.NumberFormat('en-US', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format((france?.balanceEur ?? 0) / 1e6)}\u00A0M`;
    const cells = within(rowOf('France')).getAllByRole('cell');
    expect(cells[3]?.textContent).toBe(shown);
    // The column adds up, as the Pledges table's totals row.
    expect(within(rowOf('Total')).getAllByRole('cell')[1]?.textContent).toBe('6,000');
    // Art. 63(1) on the Commission proposal's number; "50 %" is held together (no break before %).
    const sentence = screen
      .getAllByRole('listitem')
      .find((li) =>
        /^Art\. 63\(1\): 6,000 relocations pledged against 50 % of the Commission proposal’s 30,000 \(15,000\)\. Not met/.test(
          li.textContent ?? '',
        ),
      );
    expect(sentence?.querySelector('span[style*="nowrap"]')?.textContent).toBe('50 %');
  });

  it('shows the pool summary before any pledge, then follows the first one typed (issue 16)', async () => {
    // The 2026 pool as the Council adopted it: its reference number is not the proposal's.
    render(
      <Pane
        tab="pledges"
        initial={reducer(initialState(), { type: 'preset', id: '2026-council' })}
      />,
    );
    // "A pool summary beside the grid, always in view on the Pledges tab": nothing pledged yet,
    // and no threshold of Art. 63 met by nothing.
    const summary = screen.getByRole('region', { name: 'The pool as pledged' });
    expect(summary.textContent).toMatch(/^Pledged0 relocationsEUR 0/);
    const chips = within(summary).getAllByRole('listitem').slice(1);
    // Art. 63(1): "where the relocation pledges ... are equal to or above 50 % of the number
    // indicated in the Commission proposal referred to in Article 12": the proposal's number, not
    // the Council's, and nothing pledged is below it.
    const proposal = latest.scenario.proposal?.relocations;
    expect(proposal).not.toBe(latest.scenario.relocations);
    expect(chips[0]?.textContent).toBe(
      `63(1) ≥ ${(proposal! * 0.5).toLocaleString('en-GB')}: not met`,
    );
    expect(chips.map((c) => c.textContent?.replace(/^.*: /, ''))).toEqual([
      'not met',
      'not met',
      'not met',
      'not met',
    ]);
    const cell = screen.getByRole('textbox', { name: 'Relocations pledged by France' });
    await act(async () => {
      fireEvent.focus(cell);
      fireEvent.change(cell, { target: { value: '6000' } });
      fireEvent.blur(cell);
    });
    // The same summary, now with France's pledge (one region, not a second one).
    expect(screen.getAllByRole('region', { name: 'The pool as pledged' })).toHaveLength(1);
    expect(summary.textContent).toMatch(/^Pledged6,000 relocations/);
  });

  it('refuses a stray letter at the cell, changing nothing', async () => {
    render(<Pane tab="pledges" />);
    const cell = screen.getByRole('textbox', {
      name: 'Financial contribution pledged by Germany, EUR',
    });
    await act(async () => {
      fireEvent.change(cell, { target: { value: '12o000' } });
    });
    expect(screen.getByText(/"o" is not part of a number/)).toBeTruthy();
    expect(latest.pledging).toBeUndefined();
  });

  it('documents each CSV column where the button is', () => {
    render(<Pane tab="pledges" />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV columns' }));
    expect(CSV_COLUMNS.map(([name]) => name).join(',')).toBe(PLEDGES_CSV_HEADER);
    expect(screen.getByText('financial_eur')).toBeTruthy();
    expect(screen.getByText(/deduction requested, % of the indicative contribution/)).toBeTruthy();
  });

  it('says in words that the workbook has no Pledges table yet', async () => {
    const dispatched: unknown[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <PledgesTab
          state={initialState()}
          dispatch={(a) => dispatched.push(a)}
          services={fakeServices()}
        />
      </FluentProvider>,
    );
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Read the Pledges table of this workbook' }),
      );
    });
    expect(dispatched).toContainEqual({
      type: 'status',
      status: {
        kind: 'done',
        intent: 'error',
        title: 'No pledges were loaded',
        body: 'This workbook has no Pledges table yet: write the tables with a pledging round first, or load a CSV.',
      },
    });
  });
});

describe('deductions in the per-state grid', () => {
  it('takes four states in eight interactions, with no default of 100 %', async () => {
    render(<Pane tab="scenario" />);
    let interactions = 0;
    for (const [name, percent] of [
      ['France', '50'],
      ['Poland', '100'],
      ['Austria', '30'],
      ['Czechia', '25'],
    ] as const) {
      const cell = screen.getByRole('textbox', {
        name: `Deduction of ${name}, % of its indicative contribution`,
      });
      // One click into the cell, one number typed.
      await act(async () => {
        fireEvent.focus(cell);
        fireEvent.change(cell, { target: { value: percent } });
        fireEvent.blur(cell);
      });
      interactions += 2;
    }
    expect(interactions).toBe(8);
    expect(latest.scenario.deductions).toEqual([
      { code: 'FR', share: 0.5, article: 62 },
      { code: 'PL', share: 1, article: 62 },
      { code: 'AT', share: 0.3, article: 62 },
      { code: 'CZ', share: 0.25, article: 62 },
    ]);
    // An empty cell is no deduction.
    const fr = screen.getByRole('textbox', {
      name: 'Deduction of France, % of its indicative contribution',
    });
    await act(async () => {
      fireEvent.change(fr, { target: { value: '' } });
    });
    expect(latest.scenario.deductions.map((d) => d.code)).toEqual(['PL', 'AT', 'CZ']);
    expect(
      (
        screen.getByRole('combobox', {
          name: 'Basis of the deduction of Italy',
        }) as HTMLSelectElement
      ).value,
    ).toBe('61'); // Italy is under migratory pressure (Decision (EU) 2025/2323): Art. 61
    expect(screen.getAllByText('Deduction, % of the indicative contribution')).toHaveLength(1);
  });
});

describe('state pickers and findings', () => {
  it('filter as the analyst types a name or a code', async () => {
    render(<Pane tab="scenario" />);
    const input = screen.getByRole('combobox', {
      name: "Bound by solidarity: type a state's name or code",
    });
    await act(async () => {
      fireEvent.click(input);
      fireEvent.change(input, { target: { value: 'Nor' } });
    });
    expect(offered()).toEqual(['NorwayNO']);
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: /Norway/ }));
    });
    expect(latest.scenario.participants).toContain('NO');
    await act(async () => {
      fireEvent.change(input, { target: { value: 'fr' } });
    });
    // France is already chosen: it shows as a tag, not among the options.
    expect(offered()).toEqual(['No state matches “fr”']);
    await act(async () => {
      fireEvent.change(input, { target: { value: 'ch' } });
    });
    expect(offered()).toEqual(['SwitzerlandCH']);
  });

  it('shows each state’s findings, marked as defaults from Decision (EU) 2025/2323', async () => {
    render(<Pane tab="scenario" />);
    fireEvent.click(screen.getByRole('button', { name: 'Commission findings (Art. 11)' }));
    const table = screen.getByRole('table', { name: 'Commission findings per state' });
    const italy = within(table).getByRole('checkbox', {
      name: 'Italy: under migratory pressure',
    }) as HTMLInputElement;
    expect(italy.checked).toBe(true);
    await act(async () => {
      fireEvent.click(
        within(table).getByRole('checkbox', { name: 'Malta: at risk of migratory pressure' }),
      );
    });
    expect(latest.scenario.categories.MT).toEqual(['at-risk']);
    expect(
      screen.getByText(/Defaults from Commission Implementing Decision \(EU\) 2025\/2323/),
    ).toBeTruthy();
  });
});

describe('the balance column', () => {
  it('colours a balance by the position the Balance sheet writes: shortfall, surplus, meets', () => {
    let state = initialState();
    const due = (code: string) => {
      const r = computeResults(state);
      return r.ok ? r.results.rows.find((x) => x.code === code)!.financialEur : NaN;
    };
    const pledge = (code: string, value: number) => {
      state = reducer(state, { type: 'pledgeAmount', code, field: 'financialEur', value });
    };
    pledge('FR', due('FR') * 2); // surplus
    pledge('DE', due('DE') + 0.004); // within the core's tolerance: meets
    pledge('NL', due('NL') / 2); // shortfall
    const results = computeResults(state);
    render(
      <FluentProvider theme={webLightTheme}>
        <PledgeGrid state={state} dispatch={() => undefined} results={results} only="people" />
      </FluentProvider>,
    );
    const balance = (name: string) => within(rowOf(name)).getAllByRole('cell').at(-1)!.firstChild!;
    const [fr, de, nl] = ['France', 'Germany', 'Netherlands'].map(balance) as HTMLElement[];
    expect([fr!.title, de!.title, nl!.title]).toEqual([
      'Surplus',
      'Meets its fair share',
      'Shortfall',
    ]);
    expect(new Set([fr!.className, de!.className, nl!.className]).size).toBe(3);
  });
});
