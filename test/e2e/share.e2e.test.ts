import ExcelJS from 'exceljs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { MARKINGS } from '../../src/report';
import { seriousViolations } from './audit';
import { openPane } from './harness';

/** The copy for France at 350 px (issue 16): what goes in is listed first; Compare is out by default. */
describe('a copy for France at 350 px', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  jest.setTimeout(90_000);

  beforeAll(async () => {
    ({ server, browser, page } = await openPane({
      viewport: { width: 350, height: 700 },
      locale: 'en-GB',
      errors,
      before: (p) => p.emulateMedia({ reducedMotion: 'reduce' }),
      axe: true,
    }));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  afterEach(() => expect(errors).toEqual([]));

  it('lists Compare as left out against the 2027 proposal (Art. 12(6)) and sends a copy without it', async () => {
    // The 2026 pool as adopted, the illustrative round, compared with the 2027 proposal.
    await page.getByRole('tab', { name: 'Scenario' }).click();
    await page.getByRole('combobox', { name: 'Pool' }).click();
    await page.getByRole('option', { name: '2026 pool as adopted by the Council' }).click();
    await page.getByRole('tab', { name: 'Pledges' }).click();
    await page.getByRole('button', { name: 'Load the illustrative 2026 round' }).click();
    await page.getByText('Pledges loaded').first().waitFor();
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByRole('radio', { name: 'Compare' }).click();
    await page.getByRole('combobox', { name: 'Compare this scenario (A) with (B)' }).click();
    await page.getByRole('option', { name: '2027 Commission proposal at the minima' }).click();

    await page.getByRole('tab', { name: 'Share' }).click();
    await page.getByRole('combobox', { name: 'For' }).click();
    await page.getByRole('option', { name: 'France: its lines and the pool totals' }).click();
    const compare = page.getByRole('checkbox', { name: 'Compare' });
    expect(await compare.isChecked()).toBe(false);
    await page
      .getByText(/which has no Council act\. A Commission proposal is not public/)
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Marking' }).inputValue()).toBe(MARKINGS.public);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open a copy for delegations' }).click();
    await page.getByText('Excel was asked to open the copy as a new workbook').waitFor();
    await page
      .getByRole('link', { name: /^Save the copy as a file: Copy for France, .* 2026\.xlsx$/ })
      .waitFor();
    const created = await page.evaluate(
      () => (window as unknown as { __fake: { created: string[] } }).__fake.created,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(created[created.length - 1]!, 'base64') as unknown as ArrayBuffer,
    );
    const names = wb.worksheets.map((w) => w.name);
    expect(names).not.toContain('Compare');
    expect(names).toEqual(expect.arrayContaining(['Read me', 'Pool', 'Pledges', 'Balance']));
    expect(wb.getWorksheet('Pool')?.getCell('A1').value).toBe(MARKINGS.public);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
