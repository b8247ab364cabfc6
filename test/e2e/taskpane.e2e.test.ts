import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { computeScenario, DECISION_2025_2323, DEFAULT_PARTICIPANTS } from '../../src/core';
import { figureLookup, loadVintage } from '../../src/data';
import { MARKINGS } from '../../src/report';
import { openPane } from './harness';

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(__dirname, '../../test-output');
const demoPjan = readFileSync(
  join(__dirname, '../fixtures/eurostat/demo_pjan_jsonstat_real.json'),
  'utf8',
);

describe('the built task pane in headless Chromium, over a fake Excel host', () => {
  const pane = openPane({
    pool: 'Next pool on the latest data',
    locale: 'en-GB',
    eurostat: (url) =>
      url.includes('/demo_pjan?')
        ? { status: 200, body: demoPjan }
        : { status: 404, body: '{"error":[{"id":100,"label":"No results"}]}' },
    openTimeout: 60_000,
  });

  it('loads with no error and sends nothing anywhere but for office.js', () => {
    expect(pane.errors).toEqual([]);
    expect(pane.traffic.outside).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    ]);
  });

  it('registers the EUPACT functions in the shared runtime', async () => {
    const ids = await pane.page.evaluate(() =>
      [
        ...(
          window as unknown as { __fake: { registered: Map<string, unknown> } }
        ).__fake.registered.keys(),
      ].sort(),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        'ART63_STATUS',
        'CONTRIBUTION',
        'FAIRSHARE',
        'OFFSET_COUNT',
        'OFFSET_VALUE',
        'PRESSURE_SCORE',
        'SOURCE',
      ]),
    );
  });

  it('writes the pool tables into the workbook from the bundled snapshot', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await pane.page.getByRole('button', { name: 'Write the tables to this workbook' }).click();
    await pane.page.getByText('Tables written').waitFor();
    const pool = await pane.page.evaluate(() =>
      (
        window as unknown as { __fake: { wb: { tableRows: (n: string) => unknown[][] } } }
      ).__fake.wb.tableRows('Pool'),
    );
    expect(pool[0]?.slice(0, 5)).toEqual([
      'Code',
      'State',
      'Commission finding (Art. 11)',
      'Benefitting (Art. 58(1), 59(4))',
      'Must implement (Art. 60(3))',
    ]);
    expect(pool).toHaveLength(1 + 26 + 1);
    expect(pool.find((r) => r[0] === 'EL')?.[2]).toBe('Under migratory pressure');
    const sheets = await pane.page.evaluate(() => [
      ...(
        window as unknown as { __fake: { wb: { sheets: Map<string, unknown> } } }
      ).__fake.wb.sheets.keys(),
    ]);
    expect(sheets).toEqual([
      'Sheet1',
      'Indicators',
      'Fair share',
      'Pool',
      'Pressure',
      'Methodology',
    ]);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-written.png') });
  });

  it('makes the functions compute with the data the tables use', async () => {
    const de = await pane.page.evaluate(async () => {
      const fn = (
        window as unknown as { __fake: { registered: Map<string, (...a: unknown[]) => unknown> } }
      ).__fake.registered.get('FAIRSHARE');
      return fn ? await fn([['DE']], null, null, null) : undefined;
    });
    const expected = computeScenario(
      {
        participants: DEFAULT_PARTICIPANTS,
        totals: {},
        deductions: [],
        categories: DECISION_2025_2323.categories,
      },
      figureLookup(loadVintage('latest')),
    ).fairShares.find((f) => f.code === 'DE')?.fairShare;
    expect(de).toEqual([[expected]]);
  });

  it('fetches a series from Eurostat only when asked, and says where it came from', async () => {
    const before = pane.traffic.outside.length;
    await pane.page.getByRole('textbox', { name: /Eurostat demo_pjan: year/ }).fill('2024');
    await pane.page.getByRole('button', { name: 'Fetch from Eurostat' }).click();
    await pane.page.getByText('Population on 1 January 2024 loaded').waitFor();
    const asked = pane.traffic.outside.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(
      /^https:\/\/ec\.europa\.eu\/eurostat\/api\/dissemination\/statistics\/1\.0\/data\/demo_pjan\?/,
    );
    // Said once: the dataset names its origin, so no "(from Eurostat demo_pjan)" after it.
    // The release dated as the analyst's culture (en-GB) dates, not as 2026-08-14 (issue 16).
    await pane.page.getByText(/^Eurostat demo_pjan.*, released 14 August 2026$/).waitFor();
  });

  it('writes the pledging round, reads back an edited pledge and regenerates the balance', async () => {
    await pane.page.getByRole('tab', { name: 'Pledges' }).click();
    await pane.page.getByRole('button', { name: 'Load the illustrative 2026 round' }).click();
    await pane.page.getByText('Pledges loaded').waitFor();
    await pane.page.getByRole('button', { name: 'Write the tables to this workbook' }).click();
    await pane.page.getByText('Tables written').waitFor();
    expect(
      await pane.page.evaluate(() =>
        (
          window as unknown as { __fake: { wb: { sheets: Map<string, unknown> } } }
        ).__fake.wb.sheets.has('Balance'),
      ),
    ).toBe(true);
    // The analyst types a pledge in Excel: France, 6,000 relocations.
    await pane.page.evaluate(() => {
      const wb = (
        window as unknown as {
          __fake: {
            wb: {
              tableRows: (n: string) => unknown[][];
              tableOf: (n: string) => { top: number; left: number };
              type: (s: string, a: string, v: unknown) => void;
            };
          };
        }
      ).__fake.wb;
      const rows = wb.tableRows('Pledges');
      const t = wb.tableOf('Pledges');
      const r = rows.findIndex((x) => x[0] === 'FR');
      const c = rows[0]!.indexOf('Relocations');
      wb.type('Pledges', `${String.fromCharCode(64 + t.left + c)}${t.top + r}`, 6000);
    });
    await pane.page
      .getByRole('button', { name: 'Read the Pledges table of this workbook' })
      .click();
    await pane.page.getByText('Pledges loaded').waitFor();
    await pane.page
      .getByText(
        /^Art\. 63\(1\): 10,555 relocations pledged against 50 % of the Commission proposal’s 30,000 \(15,000\)\./,
      )
      .first()
      .waitFor();
    await pane.page.getByRole('button', { name: 'Write the tables to this workbook' }).click();
    await pane.page.getByText('Tables written').waitFor();
    const balanceFr = await pane.page.evaluate(() =>
      (window as unknown as { __fake: { wb: { tableRows: (n: string) => unknown[][] } } }).__fake.wb
        .tableRows('Balance')
        .find((r) => r[0] === 'FR'),
    );
    expect(balanceFr?.[9]).toBe(
      '=IF(INDEX(Pledges[Relocations],MATCH(Balance[[#This Row],[Code]],Pledges[Code],0))="",0,INDEX(Pledges[Relocations],MATCH(Balance[[#This Row],[Code]],Pledges[Code],0)))',
    );
    const pledgeFr = await pane.page.evaluate(() =>
      (window as unknown as { __fake: { wb: { tableRows: (n: string) => unknown[][] } } }).__fake.wb
        .tableRows('Pledges')
        .find((r) => r[0] === 'FR'),
    );
    expect(pledgeFr?.[2]).toBe(6000);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-pledges.png') });
  });

  it('opens a copy for one delegation as a new workbook, leaving this one alone', async () => {
    await pane.page.getByRole('tab', { name: 'Share' }).click();
    // The list of what goes in has read the names of the analyst's sheets (off by default).
    await pane.page.getByRole('checkbox', { name: 'Sheet1' }).waitFor();
    const before = await pane.page.evaluate(
      () => (window as unknown as { __fake: { wb: { syncs: number } } }).__fake.wb.syncs,
    );
    await pane.page.getByRole('combobox', { name: 'For' }).click();
    await pane.page.getByRole('option', { name: 'France: its lines and the pool totals' }).click();
    await pane.page.getByRole('button', { name: 'Open a copy for delegations' }).click();
    await pane.page.getByText('Excel was asked to open the copy as a new workbook').waitFor();
    const created = await pane.page.evaluate(
      () => (window as unknown as { __fake: { created: string[] } }).__fake.created,
    );
    expect(created).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(created[0]!, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Read me',
      'Indicators',
      'Fair share',
      'Pool',
      'Pressure',
      'Pledges',
      'Balance',
      'Methodology',
    ]);
    expect(wb.getWorksheet('Pool')?.getCell('A1').value).toBe(MARKINGS.classified);
    const codes: unknown[] = [];
    wb.getWorksheet('Pledges')?.eachRow((row) => codes.push(row.getCell(1).value));
    expect(codes.filter((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c))).toEqual(['FR']);
    // Nothing was written into the analyst's workbook to make the copy.
    expect(
      await pane.page.evaluate(
        () => (window as unknown as { __fake: { wb: { syncs: number } } }).__fake.wb.syncs,
      ),
    ).toBe(before);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-share.png') });
  });

  it('reports a Eurostat error in words, loading nothing', async () => {
    await pane.page.getByRole('tab', { name: 'Data' }).click();
    await pane.page
      .getByRole('combobox', { name: 'Indicator' })
      .selectOption({ label: 'GDP at current market prices' });
    await pane.page.getByRole('textbox', { name: /Eurostat nama_10_gdp: year/ }).fill('2031');
    await pane.page.getByRole('button', { name: 'Fetch from Eurostat' }).click();
    await pane.page.getByText('Nothing was loaded from Eurostat').waitFor();
    await pane.page
      .getByText(/Eurostat answered with error 100 \(no results match the request/)
      .waitFor();
  });
});
