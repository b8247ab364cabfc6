import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { computeScenario, DECISION_2025_2323, DEFAULT_PARTICIPANTS } from '../../src/core';
import { figureLookup, loadVintage } from '../../src/data';
import { fakeOfficeJs, launchChromium, routeTraffic, serveDist, type Traffic } from './harness';

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(__dirname, '../../test-output');
const demoPjan = readFileSync(
  join(__dirname, '../fixtures/eurostat/demo_pjan_jsonstat_real.json'),
  'utf8',
);

describe('the built task pane in headless Chromium, over a fake Excel host', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let traffic: Traffic;
  let local: string;
  const errors: string[] = [];
  jest.setTimeout(30_000);

  beforeAll(async () => {
    const served = await serveDist();
    server = served.server;
    local = served.url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    traffic = await routeTraffic(page, served.url, await fakeOfficeJs(), (url) =>
      url.includes('/demo_pjan?')
        ? { status: 200, body: demoPjan }
        : { status: 404, body: '{"error":[{"id":100,"label":"No results"}]}' },
    );
    await page.goto(`${served.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Solidarity pool' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads with no error and sends nothing anywhere but for office.js', () => {
    expect(errors).toEqual([]);
    expect(traffic.outside).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });

  it('has no serious accessibility violation (axe-core)', async () => {
    await page.addScriptTag({ url: `${local}/__test/axe.min.js` });
    for (const tab of ['Data', 'Scenario']) {
      await page.getByRole('tab', { name: tab }).click();
      const violations = await page.evaluate(async () => {
        type Node = { target: string[]; html: string };
        type Violation = { id: string; impact: string; nodes: Node[] };
        const { axe } = window as unknown as {
          axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> };
        };
        const result = await axe.run(document);
        // Fluent's focus manager (Tabster) adds aria-hidden focus guards on purpose: a known false
        // positive of aria-hidden-focus (microsoft/tabster#288), excluded node by node, nothing else.
        const real = (v: Violation) =>
          v.nodes.filter(
            (n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')),
          );
        return result.violations
          .filter((v) => (v.impact === 'serious' || v.impact === 'critical') && real(v).length > 0)
          .map(
            (v) =>
              `${v.id}: ${real(v)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
      });
      expect({ tab, violations }).toEqual({ tab, violations: [] });
    }
    await page.getByRole('tab', { name: 'Data' }).click();
  });

  it('registers the EUPACT functions in the shared runtime', async () => {
    const ids = await page.evaluate(() =>
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
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-data.png') });
    await page.getByRole('button', { name: 'Write the tables to this workbook' }).click();
    await page.getByText('Tables written').waitFor();
    const pool = await page.evaluate(() =>
      (
        window as unknown as { __fake: { wb: { tableRows: (n: string) => unknown[][] } } }
      ).__fake.wb.tableRows('Pool'),
    );
    expect(pool[0]?.slice(0, 5)).toEqual([
      'Code',
      'State',
      'Commission finding (Art. 11)',
      'Fair share',
      'Relocations',
    ]);
    expect(pool).toHaveLength(1 + 26 + 1);
    expect(pool.find((r) => r[0] === 'EL')?.[2]).toBe('Under migratory pressure');
    const sheets = await page.evaluate(() => [
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
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-written.png') });
  });

  it('makes the functions compute with the data the tables use', async () => {
    const de = await page.evaluate(async () => {
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
    const before = traffic.outside.length;
    await page.getByRole('textbox', { name: /Eurostat demo_pjan: year/ }).fill('2024');
    await page.getByRole('button', { name: 'Fetch from Eurostat' }).click();
    await page.getByText('Population on 1 January 2024 loaded').waitFor();
    const asked = traffic.outside.slice(before);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(
      /^https:\/\/ec\.europa\.eu\/eurostat\/api\/dissemination\/statistics\/1\.0\/data\/demo_pjan\?/,
    );
    await page
      .getByText(/Eurostat demo_pjan, release 2026-08-14 \(from Eurostat demo_pjan\)/)
      .waitFor();
  });

  it('reports a Eurostat error in words, loading nothing', async () => {
    await page.getByRole('combobox', { name: 'Indicator' }).click();
    await page.getByRole('option', { name: 'GDP at current market prices' }).click();
    await page.getByRole('textbox', { name: /Eurostat nama_10_gdp: year/ }).fill('2031');
    await page.getByRole('button', { name: 'Fetch from Eurostat' }).click();
    await page.getByText('Nothing was loaded from Eurostat').waitFor();
    await page
      .getByText(/Eurostat answered with error 100 \(no results match the request/)
      .waitFor();
  });
});
