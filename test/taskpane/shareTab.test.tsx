/** @jest-environment jsdom */
import ExcelJS from 'exceljs';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { openAsNewWorkbook } from '../../src/excel';
import { MARKINGS } from '../../src/report';
import { ShareTab } from '../../src/taskpane/components/ShareTab';
import type { PaneServices } from '../../src/taskpane/services';
import { type Action, type PaneState, type Status } from '../../src/taskpane/state';
import { januaryConfirmation } from '../../src/core';
import { copyReport } from '../../src/taskpane/share/copyPlan';
import { exampleImplementation } from '../helpers/implementation';
import { adopted2026 } from '../helpers/share';
import { FakeWorkbook } from '../fakes/fakeExcel';
import { fakeServices } from '../fakes/fakeServices';

/** The same state with 45 more relocations pledged by France (the 7,916 against 7,961). */
function moreFromFrance(state: PaneState): PaneState {
  const round = state.pledging!;
  return {
    ...state,
    pledging: {
      ...round,
      pledges: round.pledges.map((p) =>
        p.code === 'FR' ? { ...p, relocations: p.relocations + 45 } : p,
      ),
    },
  };
}

const blobs: Blob[] = [];
beforeAll(() => {
  Object.assign(URL, {
    createObjectURL: (b: Blob) => {
      blobs.push(b);
      return `blob:copy-${blobs.length}`;
    },
    revokeObjectURL: () => undefined,
  });
});

function renderTab(
  state: PaneState,
  services: PaneServices,
  extra: Partial<Parameters<typeof ShareTab>[0]> = {},
) {
  const statuses: Status[] = [];
  const dispatch = (a: Action) => {
    if (a.type === 'status') statuses.push(a.status);
  };
  render(<ShareTab state={state} dispatch={dispatch} services={services} {...extra} />);
  return statuses;
}

async function forFrance() {
  fireEvent.click(screen.getByRole('combobox', { name: 'For' }));
  fireEvent.click(screen.getByRole('option', { name: 'France: its lines and the pool totals' }));
}

async function openCopy(statuses: Status[]): Promise<Status> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Open a copy for delegations' }));
  });
  await screen.findByRole('link', { name: /^Save the copy as a file: / }, { timeout: 30_000 });
  return statuses[statuses.length - 1]!;
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('the copy for delegations lists what will go in before it is made (issue 16)', () => {
  it('leaves out Compare against the unpublished 2027 proposal by default, saying why (Art. 12(6))', async () => {
    const services = fakeServices();
    const statuses = renderTab(adopted2026(), services);
    const list = screen.getByRole('list');
    const compare = within(list).getByRole('checkbox', { name: 'Compare' }) as HTMLInputElement;
    expect(compare.checked).toBe(false);
    expect(
      within(list).getByText(
        /compares with 2027 Commission proposal at the minima, which has no Council act\. A Commission proposal is not public until the Council adopts its implementing act \(Art\. 12\(6\)\)/,
      ),
    ).toBeTruthy();
    const ticked = within(list)
      .getAllByRole('checkbox')
      .filter((c) => (c as HTMLInputElement).checked)
      .map((c) => (c as HTMLInputElement).labels?.[0]?.textContent ?? '');
    // Every tool sheet but Compare, Read me first (always in).
    expect(ticked.map((t) => t.split(':')[0])).toEqual(
      ['Read me', 'Indicators', 'Fair share', 'Pool', 'Pressure']
        .concat(['Pledges', 'Balance'])
        .concat('Methodology'),
    );
    // The pool the Council adopted is public: the marking follows the stage.
    expect(screen.getByRole('textbox', { name: 'Marking' })).toHaveProperty(
      'value',
      MARKINGS.public,
    );
    await forFrance();
    await openCopy(statuses);
    const wb = await workbookOf(services.opened[0]!);
    // The copy holds what the list showed, nothing else.
    expect(wb.worksheets.map((w) => w.name)).toEqual(ticked.map((t) => t.split(':')[0]));
    expect(wb.getWorksheet('Pool')?.getCell('A1').value).toBe(MARKINGS.public);
  });

  it('classifies the copy once the analyst puts the comparison with a proposal in', async () => {
    const services = fakeServices();
    const statuses = renderTab(adopted2026(), services);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare' }));
    // Art. 12(6): the proposal "shall not be made public. It shall be classified 'RESTREINT UE/EU RESTRICTED'".
    expect(screen.getByRole('textbox', { name: 'Marking' })).toHaveProperty(
      'value',
      MARKINGS.classified,
    );
    expect(MARKINGS.classified).toMatch(/^RESTREINT UE\/EU RESTRICTED: .*\(Art\. 12\(6\) AMMR\)$/);
    await openCopy(statuses);
    const wb = await workbookOf(services.opened[0]!);
    expect(wb.worksheets.map((w) => w.name)).toContain('Compare');
    expect(wb.getWorksheet('Compare')?.getCell('A1').value).toBe(MARKINGS.classified);
  });

  it('keeps a sheet other sheets read in, saying which read it', () => {
    renderTab(adopted2026(), fakeServices());
    const indicators = screen.getByRole('checkbox', { name: 'Indicators' }) as HTMLInputElement;
    expect(indicators.disabled).toBe(true);
    expect(screen.getByText(/^Needed by .*Fair share.*: their formulas read it\.$/)).toBeTruthy();
  });

  it('takes a marking the analyst types, and refuses one too long to print, making nothing', async () => {
    const services = fakeServices();
    const statuses = renderTab(adopted2026(), services);
    fireEvent.change(screen.getByRole('textbox', { name: 'Marking' }), {
      target: { value: 'x'.repeat(300) },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Open a copy for delegations' }));
    });
    const last = statuses[statuses.length - 1];
    expect(last).toMatchObject({ kind: 'done', intent: 'error', title: 'No copy was made' });
    expect(services.opened).toHaveLength(0);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('lists the analyst’s own sheets, off by default, and sends one only when ticked', async () => {
    const services = fakeServices(new FakeWorkbook(['My notes', 'Budget']));
    services.wb.type('My notes', 'B2', 'Germany');
    services.wb.type('Budget', 'A1', 'Not for delegations');
    const statuses = renderTab(adopted2026(), services);
    const notes = (await screen.findByRole('checkbox', { name: 'My notes' })) as HTMLInputElement;
    const budget = screen.getByRole('checkbox', { name: 'Budget' }) as HTMLInputElement;
    expect([notes.checked, budget.checked]).toEqual([false, false]);
    expect(screen.getAllByText(/^Your own sheet: in only if you tick it/)).toHaveLength(2);
    fireEvent.click(notes);
    await openCopy(statuses);
    const names = (await workbookOf(services.opened[0]!)).worksheets.map((w) => w.name);
    expect(names).toContain('My notes');
    expect(names).not.toContain('Budget');
  });
});

describe('a copy is what the workbook holds, or the analyst writes first (issue 16)', () => {
  it('warns when the workbook is behind and builds from what it holds by default', async () => {
    const written = adopted2026();
    const now = moreFromFrance(written);
    const services = fakeServices();
    let wrote = 0;
    const statuses = renderTab(now, services, {
      workbook: { written: true, behind: ['pledges'] },
      written,
      onWrite: () => {
        wrote += 1;
      },
    });
    expect(screen.getByText('The workbook does not hold your latest changes yet')).toBeTruthy();
    const fromWorkbook = screen.getByRole('radio', {
      name: /^What the workbook holds: 2026 pool as adopted by the Council, 7,916 relocations pledged$/,
    }) as HTMLInputElement;
    expect(fromWorkbook.checked).toBe(true);
    expect(
      screen.getByRole('radio', {
        name: 'The pane as it stands: 2026 pool as adopted by the Council, 7,961 relocations pledged',
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write the tables first' }));
    expect(wrote).toBe(1);
    await forFrance();
    await openCopy(statuses);
    const wb = await workbookOf(services.opened[0]!);
    const france: unknown[] = [];
    wb.getWorksheet('Pledges')?.eachRow((row) => {
      if (row.getCell(1).value === 'FR') france.push(row.getCell(3).value);
    });
    expect(france).toEqual([written.pledging!.pledges.find((p) => p.code === 'FR')!.relocations]);
  });

  it('says so when the pane does not know what the workbook holds', () => {
    renderTab(adopted2026(), fakeServices(), { workbook: { written: true, behind: ['pledges'] } });
    expect(screen.getByText(/does not know the pledging round the workbook holds/)).toBeTruthy();
    expect(
      (screen.getByRole('radio', { name: /^What the workbook holds/ }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
  });
});

// excel-rules.md rule 12: "Excel.createWorkbook has been seen to fail on the web with no error and
// no workbook" (OfficeDev/office-js #3646). The pane cannot see the new window, so it never says the
// copy opened, and always offers it as a file.
describe('a copy Excel did not open is offered as a file (rule 12)', () => {
  const withHost = (host: Parameters<typeof openAsNewWorkbook>[1]) => ({
    ...fakeServices(),
    openCopy: (bytes: Uint8Array) => openAsNewWorkbook(bytes, host),
  });

  it('offers the file when Excel takes the request and opens nothing, never saying "opened"', async () => {
    // The fake's silent mode: createWorkbook resolves with no error and no workbook.
    const wb = new FakeWorkbook(['Sheet1'], { createWorkbook: 'silent' });
    const services = fakeServices(wb);
    const statuses = renderTab(adopted2026(), services);
    await forFrance();
    const status = await openCopy(statuses);
    expect([wb.newWorkbooks.requested.length, wb.newWorkbooks.opened.length]).toEqual([1, 0]);
    expect(status).toMatchObject({
      title: 'Excel was asked to open the copy as a new workbook',
    });
    expect(JSON.stringify(statuses)).not.toMatch(/Copy opened|opened as a new workbook/);
    expect(status.kind === 'done' && status.body).toMatch(
      /if no new workbook appeared, save the copy/,
    );
    const link = screen.getByRole('link', {
      name: 'Save the copy as a file: Copy for France, 24 November 2026.xlsx',
    });
    expect(link.getAttribute('download')).toBe('Copy for France, 24 November 2026.xlsx');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    // The file is the copy: the same workbook Excel was asked to open.
    const saved = blobs[blobs.length - 1]!;
    const read = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(saved);
    });
    expect(Buffer.from(read).toString('base64')).toBe(wb.newWorkbooks.requested[0]);
  });

  it('says Excel did not open the copy when it refuses, and offers the file', async () => {
    const services = fakeServices(new FakeWorkbook(['Sheet1'], { createWorkbook: 'refused' }));
    const status = await openCopy(renderTab(adopted2026(), services));
    expect(status).toMatchObject({
      intent: 'warning',
      title: 'Excel did not open the copy: save it as a file',
    });
    expect(status.kind === 'done' && status.body).toMatch(
      /^Excel answered: “(GeneralException: )?There was an internal error while processing the request\.” Save Copy for delegations, 24 November 2026\.xlsx/,
    );
  });

  it('offers the file where Excel cannot open a new workbook (before ExcelApi 1.8)', async () => {
    const services = withHost({ supported: () => false, createWorkbook: async () => undefined });
    const status = await openCopy(renderTab(adopted2026(), services));
    expect(status).toMatchObject({ title: 'The copy is ready to save' });
    expect(blobs[blobs.length - 1]!.size).toBeGreaterThan(5000);
  });
});

// Art. 60(6): "Each year in January ... Member States shall confirm to the EU Solidarity
// Coordinator the levels of each solidarity measure implemented during the preceding year."
describe('the January confirmation as a one-delegation copy (issue 17)', () => {
  it('holds only France’s confirmation, its levels from the records, under the copy rules', async () => {
    const state = adopted2026();
    const services = fakeServices();
    const round = exampleImplementation(copyReport(state, services, undefined));
    const implementation = {
      records: round.records,
      recordsSource: round.source,
      needs: round.needs,
      typed: [],
      systemicShortcomings: ['CY'],
      year: 2026,
    };
    const statuses = renderTab(state, services, { implementation });
    expect(screen.getByText(/^Choose one delegation under “For”/)).toBeTruthy();
    await forFrance();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'January confirmation for France' }));
    });
    await screen.findByRole('link', {
      name: 'Save the copy as a file: January confirmation of France for 2026, 24 November 2026.xlsx',
    });
    expect(statuses[statuses.length - 1]).toMatchObject({
      title: 'Excel was asked to open the copy as a new workbook',
    });
    const wb = await workbookOf(services.opened[0]!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Read me', 'January confirmation']);
    const sheet = wb.getWorksheet('January confirmation')!;
    expect(sheet.getCell('A1').value).toBe(MARKINGS.public);
    const expected = januaryConfirmation(['FR'], round.records, 2026)[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => String(r[0]).startsWith('Relocations'))?.slice(1)).toEqual([
      expected.implemented.relocation,
      expected.received.relocation,
    ]);
    expect(rows.find((r) => String(r[0]).startsWith('Financial'))?.slice(1)).toEqual([
      expected.implemented.financial,
      expected.received.financial,
    ]);
    // Nothing of another state: no other state's name anywhere in the copy.
    const text = rows.flat().join(' ');
    expect(text).not.toMatch(/Germany|Italy|Spain|Greece|Cyprus/);
    expect(text).not.toMatch(/\.csv\b/);
  });
});
