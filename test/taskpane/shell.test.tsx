/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { IssueList, problemTitle } from '../../src/taskpane/components/IssueList';
import { formatCell, formatYours } from '../../src/taskpane/shell/cellFormat';
import { changedParts, paneKey, partsInWords } from '../../src/taskpane/shell/paneKey';
import { workbookInWords } from '../../src/taskpane/shell/Overview';
import { ENGLISH, loadWords } from '../../src/report/words';
import { datasetInWords, provenanceInWords } from '../../src/taskpane/shell/provenanceWords';
import { initialState, reducer } from '../../src/taskpane/state';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeServices } from '../fakes/fakeServices';
import { choosePool } from '../helpers/pane';

const write = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Write the tables to this workbook' }));
/** The footer's line on the workbook (the overview repeats it on the Data tab). */
const workbookLine = () =>
  within(screen.getByRole('contentinfo', { name: 'Writing to the workbook' })).getByText(
    /^(Not written yet|Up to date|Not up to date)/,
  ).textContent;

describe('the pane says where the workbook stands', () => {
  it('shows the workbook as behind once the scenario changes after writing', async () => {
    render(<App services={fakeServices()} />);
    choosePool();
    expect(workbookLine()).toMatch(/^Not written yet/);
    write();
    await screen.findByText('Tables written');
    expect(workbookLine()).toMatch(/^Up to date/);

    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Relocations' }), {
        target: { value: '45000' },
      });
    });
    expect(workbookLine()).toMatch(
      /^Not up to date: the workbook does not yet show your latest changes to the scenario \(written at /,
    );
    // The green "Tables written … 30,000 relocations" no longer stands: it is gone.
    expect(screen.queryByText('Tables written')).toBeNull();

    write();
    await screen.findByText('Tables written');
    expect(workbookLine()).toMatch(/^Up to date/);
  });

  it('keeps a tab’s message on its tab, and lets the analyst dismiss it', async () => {
    render(<App services={fakeServices()} />);
    choosePool();
    fireEvent.change(screen.getByRole('combobox', { name: 'Indicator' }), {
      target: { value: 'gdp' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Eurostat nama_10_gdp: year/ }), {
      target: { value: '2031' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch from Eurostat' }));
    await screen.findByText('Nothing was loaded from Eurostat');

    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    expect(screen.queryByText('Nothing was loaded from Eurostat')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Data' }));
    expect(screen.getByText('Nothing was loaded from Eurostat')).toBeTruthy();

    fireEvent.click(
      screen.getByRole('button', { name: 'Dismiss: Nothing was loaded from Eurostat' }),
    );
    expect(screen.queryByText('Nothing was loaded from Eurostat')).toBeNull();
    // The close button is gone with its message: focus stays in the footer, not on the page.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Write the tables to this workbook' }),
    );
  });

  it('shows an outcome on the tab where its action started, even after moving on', async () => {
    let answer: (r: Response) => void = () => undefined;
    const slow: typeof fetch = () => new Promise<Response>((r) => (answer = r));
    render(<App services={fakeServices(undefined, slow)} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Eurostat demo_pjan: year/ }), {
      target: { value: '2024' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch from Eurostat' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    // Eurostat answers once the analyst is on another tab (jsdom has no Response: its shape).
    const notFound = {
      ok: false,
      status: 404,
      json: async () => ({ error: [{ id: 100, label: 'No results' }] }),
    } as unknown as Response;
    await act(async () => answer(notFound));
    expect(screen.queryByText('Nothing was loaded from Eurostat')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Data' }));
    expect(await screen.findByText('Nothing was loaded from Eurostat')).toBeTruthy();
  });

  it('opens on the order of work, the pool first in words, each step leading to its place', () => {
    render(<App services={fakeServices()} />);
    const steps = within(screen.getByRole('navigation', { name: 'Order of work' }));
    expect(steps.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^1Which pool2026 pool as adopted by the Council/),
      expect.stringMatching(/^2Data/),
      expect.stringMatching(/^3ScenarioNo pool chosen yet/),
      expect.stringMatching(/^4Pledges/),
      expect.stringMatching(/^5Write the tablesChoose the pool first/),
      expect.stringMatching(/^6Share/),
    ]);
    // The pools in words, each with where it stands; no internal id (issue 16, point 8).
    const pools = within(screen.getByRole('radiogroup', { name: 'Which pool' }));
    const said = (r: HTMLElement) =>
      `${(r as HTMLInputElement).labels?.[0]?.textContent}: ${
        document.getElementById(r.getAttribute('aria-describedby') ?? '')?.textContent
      }`;
    expect(pools.getAllByRole('radio').map(said)).toEqual([
      expect.stringMatching(/^2026 pool as adopted by the Council: Adopted on 19 December 2025/),
      expect.stringMatching(
        /^2026 Commission proposal: As proposed \(Art. 12\(2\)\), before the Council’s act/,
      ),
      expect.stringMatching(
        /^2027 Commission proposal at the minima: Not the Commission’s figures/,
      ),
      expect.stringMatching(/^Next pool on the latest data: The Art. 12\(2\) minima/),
    ]);
    expect(pools.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(document.body.textContent).not.toMatch(/2026-council|2026-proposal|2027-proposal|rel\./);
    // Writing is not offered for a default nobody chose: the footer leads to the choice.
    expect(screen.queryByRole('button', { name: 'Write the tables to this workbook' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose the pool' }));
    expect(document.activeElement).toBe(pools.getAllByRole('radio')[0]);

    choosePool('2026 pool as adopted by the Council');
    expect(steps.getAllByRole('listitem')[2]?.textContent).toMatch(
      /^3Scenario2026 pool as adopted by the Council: 26 states/,
    );
    fireEvent.click(steps.getByRole('button', { name: 'Write the tables' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Write the tables to this workbook' }),
    );
    fireEvent.click(steps.getByRole('button', { name: 'Scenario' }));
    expect(screen.getByRole('tab', { name: 'Scenario', selected: true })).toBeTruthy();
  });

  it('names what changed: data, scenario, pledges', () => {
    const before = initialState();
    const after = reducer(before, { type: 'total', field: 'relocations', value: 40000 });
    expect(changedParts(paneKey(before), paneKey(after))).toEqual(['scenario']);
    const vintage = reducer(after, { type: 'vintage', id: '2026-reference' });
    expect(partsInWords(changedParts(paneKey(before), paneKey(vintage)))).toBe(
      'the data and the scenario',
    );
    // A message is not part of what the tables show.
    const message = reducer(before, { type: 'status', status: { kind: 'idle' } });
    expect(changedParts(paneKey(before), paneKey(message))).toEqual([]);
  });
});

describe('the conflict dialog', () => {
  it('shows the analyst’s value against the tool’s, in a region the keyboard can scroll', async () => {
    const wb = new FakeWorkbook();
    render(<App services={fakeServices(wb)} />);
    choosePool();
    write();
    await screen.findByText('Tables written');
    const row = wb.tableRows('Pool').findIndex((r) => r[0] === 'FR');
    const column = wb.tableRows('Pool')[0]!.indexOf('Deduction');
    const t = wb.tableOf('Pool');
    wb.type('Pool', `${String.fromCharCode(64 + t.left + column)}${t.top + row}`, 0.5);
    write();
    const dialog = await screen.findByRole('alertdialog');
    const region = within(dialog).getByRole('region', { name: 'Your edits, cell by cell' });
    expect(region.getAttribute('tabindex')).toBe('0');
    const percent = (x: number) => new Intl.NumberFormat(undefined, { style: 'percent' }).format(x);
    expect(within(region).getByText(percent(0.5))).toBeTruthy();
    expect(within(region).getByText(percent(0))).toBeTruthy();
    expect(region.textContent).not.toMatch(/=INDEX|=IF/);
    expect(
      within(dialog).getByText(/from then on\s+every write updates those new sheets/),
    ).toBeTruthy();
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Keep my edits, write new sheets' }),
    );
    await screen.findByText('Tables written');
    expect(
      screen.getByText(
        /\(2\).*From now on, writing updates these new sheets; the sheets with your edits stay as they are\.$/,
      ),
    ).toBeTruthy();
    // And so it does: the next write goes to "Pool (2)", not to a third set, and not to "Pool".
    const edited = `${String.fromCharCode(64 + t.left + column)}${t.top + row}`;
    write();
    await screen.findByText(/^Up to date/, { selector: 'footer *' });
    await screen.findByText('Tables written');
    expect(wb.sheets.has('Pool (3)')).toBe(false);
    expect(wb.formula('Pool', edited)).toBe(0.5);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows what the analyst’s formula gives, the formula beside it', async () => {
    const wb = new FakeWorkbook();
    render(<App services={fakeServices(wb)} />);
    choosePool();
    write();
    await screen.findByText('Tables written');
    const row = wb.tableRows('Pool').findIndex((r) => r[0] === 'DE');
    const column = wb.tableRows('Pool')[0]!.indexOf('Deduction');
    const t = wb.tableOf('Pool');
    // Excel shows 0.25 for this formula: the fake is told so.
    wb.type('Pool', `${String.fromCharCode(64 + t.left + column)}${t.top + row}`, '=0.5/2', 0.25);
    write();
    const region = within(await screen.findByRole('alertdialog')).getByRole('region');
    const percent = new Intl.NumberFormat(undefined, { style: 'percent' }).format(0.25);
    expect(within(region).getByText(`${percent} (your formula =0.5/2)`)).toBeTruthy();
  });
});

describe('the validation list', () => {
  it('titles a header problem as such, not as "0 rows have problems"', () => {
    const header = [
      { line: 1, column: 'OBS_VALUE', message: 'No OBS_VALUE column.', severity: 'error' as const },
    ];
    const file = { kind: 'file', name: 'x.csv' } as const;
    expect(problemTitle(ENGLISH, header, 0, file)).toBe(
      "The file's header has a problem (file x.csv)",
    );
    expect(problemTitle(ENGLISH, header, 0, { kind: 'table', name: 'MyPopulation' })).toBe(
      "The table's header has a problem (table MyPopulation)",
    );
    expect(problemTitle(ENGLISH, header, 2, file)).toBe('2 rows have problems in file x.csv');
  });

  it('tells errors from notes by word and puts where as a caption', () => {
    render(
      <IssueList
        issues={[
          { line: 9, column: 'geo', message: 'EU27_2020 is not a state.', severity: 'warning' },
          { line: 4, column: 'value', message: '"x" is not a number.', severity: 'error' },
        ]}
      />,
    );
    const errors = screen.getByRole('list', { name: '1 error: must be fixed' });
    expect(within(errors).getByText('Line 4 · value')).toBeTruthy();
    expect(within(errors).getByText('Error:')).toBeTruthy();
    const notes = screen.getByRole('list', { name: /^1 note/ });
    expect(within(notes).getByText('Note:')).toBeTruthy();
  });
});

describe('the workbook line', () => {
  it('gives the time of the last write in Office’s display language', () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: 'de-DE' } };
    try {
      const line = workbookInWords({
        written: true,
        writtenAt: new Date(2026, 10, 27, 14, 5),
        behind: [],
      });
      expect(line).toBe('Up to date: the tables show what the pane shows (written at 14:05).');
    } finally {
      delete g.Office;
    }
  });
});

/** The analyst picks a CSV file in the Data tab's import (jsdom's File has no text(): added). */
function chooseFile(
  text: string,
  name: string,
  label = 'Indicator file (CSV, SDMX-CSV, TSV, JSON-stat or XLSX)',
): void {
  const file = Object.assign(new File([text], name, { type: 'text/csv' }), {
    text: async () => text,
  });
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe('a loaded file', () => {
  it('takes the release from an SDMX file’s LAST UPDATE and shows its flags in words', async () => {
    render(<App services={fakeServices()} />);
    const text = readFileSync(
      join(__dirname, '../fixtures/eurostat/sdmx_csv10_codes_demo_pjan_RECONSTRUCTED.csv'),
      'utf8',
    );
    // jsdom's File has no text(): the browser's has.
    const file = Object.assign(new File([text], 'demo_pjan.csv', { type: 'text/csv' }), {
      text: async () => text,
    });
    fireEvent.change(
      screen.getByLabelText('Indicator file (CSV, SDMX-CSV, TSV, JSON-stat or XLSX)'),
      { target: { files: [file] } },
    );
    await screen.findByText(/^Population on 1 January 2024 loaded$/);
    const card = screen.getByText(/^Population on 1 January 2024$/).closest('li') as HTMLElement;
    // Where it comes from, said once: the dataset and its release, then the file it was read from.
    expect(
      within(card).getByText(
        // The release dated as the analyst's culture dates (jsdom's en-US), never "2026-08-14".
        (_, el) =>
          el?.tagName === 'SPAN' &&
          el.textContent ===
            'Eurostat demo_pjan, released August 14, 2026 (from file demo_pjan.csv)',
      ),
    ).toBeTruthy();
    expect(within(card).getByText('replaced')).toBeTruthy();
    // Eurostat's flag in words, once the values are unfolded: France's figure is provisional here.
    fireEvent.click(within(card).getByText(/^Values of \d+ states/));
    expect(await within(card).findByText(/p \(provisional\)/)).toBeTruthy();
  });

  it('takes its message with it once the pane it described changes (issue 16)', async () => {
    render(<App services={fakeServices()} />);
    const text = 'geo,year,value\nDE,2025,83577140\nFR,2025,68882600\n';
    chooseFile(text, 'pop.csv');
    await screen.findByText(/^Population on 1 January 2025 loaded$/);
    // Announced politely where it appears: the footer's live region.
    const polite = document.querySelector('footer [data-live="polite"]') as HTMLElement;
    expect(polite.textContent).toMatch(/^Population on 1 January 2025 loaded/);
    // The pool's totals change: "loaded … 2 states from file pop.csv" described the pane before.
    fireEvent.click(screen.getByRole('tab', { name: 'Scenario' }));
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Relocations' }), {
        target: { value: '45000' },
      });
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Data' }));
    expect(screen.queryByText(/^Population on 1 January 2025 loaded$/)).toBeNull();
  });

  it('writes its values in Office’s display language, as every other number in the pane', async () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: 'de-DE' } };
    try {
      render(<App services={fakeServices()} />);
      const text = 'geo,year,value\nDE,2025,83577140.5\nFR,2025,68882600\n';
      chooseFile(text, 'pop.csv');
      await screen.findByText(/^Population on 1 January 2025 loaded$/);
      // The values are drawn once unfolded.
      const card = screen.getByText(/^Population on 1 January 2025$/).closest('li') as HTMLElement;
      fireEvent.click(within(card).getByText(/^Values of \d+ states/));
      expect(await screen.findByText('83.577.140,5')).toBeTruthy();
    } finally {
      delete g.Office;
    }
  });

  it('says which rows it skipped, not only how many', async () => {
    render(<App services={fakeServices()} />);
    const text = 'geo,year,value\nDE,2025,83577140\nEU27_2020,2025,450000000\nFR,2025,68882600\n';
    chooseFile(text, 'pop.csv');
    await screen.findByText(/^Population on 1 January 2025 loaded$/);
    expect(
      screen.getByText(
        /^2 states from file pop\.csv\. 1 row skipped or left as a gap: line 3: EU27_2020 is not a state/,
      ),
    ).toBeTruthy();
  });

  it('says which rows it skipped in the pane’s language, each from its reason (issue 18)', async () => {
    const fr = await loadWords('fr');
    render(<App services={fakeServices()} initialWords={fr} />);
    const text = 'geo,year,value\nDE,2025,83577140\nEU27_2020,2025,450000000\nFR,2025,68882600\n';
    chooseFile(text, 'pop.csv', fr.t('import.fileLabel'));
    const body = await screen.findByText(/ligne ignorée ou laissée comme lacune : ligne 3 : /);
    expect(body.textContent).not.toMatch(/skipped|is not a state/);
  });
});

describe('words instead of codes', () => {
  it('says a provenance once, with Eurostat codes in words', () => {
    expect(
      provenanceInWords(
        { dataset: 'File x.csv', release: 'as stated in the file', source: 'File x.csv' },
        ENGLISH,
        'en-GB',
        { kind: 'file', name: 'x.csv' },
      ),
    ).toBe('File x.csv');
    expect(
      provenanceInWords(
        { dataset: 'Eurostat demo_pjan', release: '2026-08-14', source: '' },
        ENGLISH,
        'en-GB',
        { kind: 'eurostat', dataset: 'demo_pjan' },
      ),
    ).toBe('Eurostat demo_pjan, released 14 August 2026');
  });

  it('dates a release as the analyst’s culture does, in the pane’s words (issue 16: no ISO dates)', async () => {
    const p = { dataset: 'Eurostat demo_pjan', release: '2025-07-11T23:00:00+0200', source: '' };
    expect(provenanceInWords(p, await loadWords('fr'), 'fr-FR')).toBe(
      'Eurostat demo_pjan, publiée le 11 juillet 2025',
    );
    expect(provenanceInWords(p, await loadWords('de'), 'de-DE')).toBe(
      'Eurostat demo_pjan, veröffentlicht am 11. Juli 2025',
    );
    // What the figure is first, Eurostat's code second (issue 16).
    expect(datasetInWords('Eurostat nama_10_gdp (na_item B1GQ, unit CP_MEUR)')).toBe(
      'Gross domestic product at market prices, current prices, million euro (Eurostat nama_10_gdp)',
    );
    expect(datasetInWords('Eurostat migr_asytpsm (citizen EXT_EU27_2020, sex T, age TOTAL)')).toBe(
      'Non-EU citizens, both sexes, all ages (Eurostat migr_asytpsm)',
    );
    expect(
      datasetInWords('Eurostat demo_gind (indic_de JAN), first estimates for 1 January 2026'),
    ).toBe('Population on 1 January (Eurostat demo_gind), first estimates for 1 January 2026');
  });

  it('shows a conflicting cell as values in the table’s format', () => {
    expect(formatCell(0.125, '0.0%', 'en-GB')).toBe('12.5%');
    expect(formatCell(30000, '#,##0', 'en-GB')).toBe('30,000');
    expect(formatYours('0.5', '0%', 'en-GB')).toBe('50%');
    expect(formatYours('=A1*2', '0%', 'en-GB')).toBe('=A1*2');
  });
});
