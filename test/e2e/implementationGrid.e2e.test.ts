import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FINDING_WORDS } from '../../src/report';
import { seriousViolations } from './audit';
import { focusUnderlines } from './focusUnderline';
import { openPane } from './harness';

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(__dirname, '../../test-output');
const DATE = 'Date (yyyy-mm-dd)';
const FROM = 'Contributing state (code)';
const TO = 'Benefitting state (code; none for a transfer to the Union budget)';
const TYPE = 'Type (relocation, offset, financial or alternative)';
const AMOUNT = 'Persons for relocations and offsets, euros for the others';
const cell = (page: Page, label: string, record: number) =>
  page.getByRole('textbox', { name: `${label}, record ${record}`, exact: true });

/** A paste event as Excel's clipboard gives it: text/plain, tabs and line breaks. */
const paste = (page: Page, label: string, record: number, text: string) =>
  cell(page, label, record).evaluate((el, t) => {
    (el as HTMLInputElement).focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);

/** The words the focused record's cell is described by: its refusal, or the core's findings. */
const described = (page: Page, label: string, record: number) =>
  cell(page, label, record).evaluate(
    (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
  );

describe('the implementation records grid at 350 px (issue 17, with the grid rules of issue 16)', () => {
  const pane = openPane({
    round: true,
    tab: 'Implementation',
    locale: 'en-GB',
    noErrorsAfterEach: true,
  });
  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('takes a record typed cell by cell, Tab across and Enter down, and checks it against the pledges', async () => {
    await cell(pane.page, DATE, 1).click();
    await pane.page.keyboard.type('2026-07-20');
    await pane.page.keyboard.press('Tab');
    await pane.page.keyboard.type('DE');
    await pane.page.keyboard.press('Tab');
    await pane.page.keyboard.type('IT');
    await pane.page.keyboard.press('Tab');
    await pane.page.keyboard.type('relocation');
    await pane.page.keyboard.press('Tab');
    await pane.page.keyboard.type('400');
    await pane.page.keyboard.press('Enter');
    // Enter goes down, as in Excel: to the new row's amount.
    expect(
      await pane.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).toBe(`${AMOUNT}, record 2`);
    // Germany's 400 of its 4,555: within its pledge, no finding.
    expect(await described(pane.page, AMOUNT, 1)).toBe('');
    expect(await cell(pane.page, AMOUNT, 1).getAttribute('aria-invalid')).toBeNull();
  });

  it('pastes an Excel block down and across, marks a refused cell and a flagged record in place, and undoes the paste', async () => {
    await paste(
      pane.page,
      DATE,
      2,
      '2026-08-01\tFR\tEL\trelocation\t1,200\r\n' +
        '2026-08-02\tFR\tCY\trelocation\t3.5\r\n' +
        '2026-08-03\tDE\tMT\trelocation\t50\r\n',
    );
    await pane.page.getByText(/Pasted 3 rows\. 1 cells refused, marked in place/).waitFor();
    // Persons are whole: refused in its cell, the row kept as pasted.
    expect(await cell(pane.page, AMOUNT, 3).inputValue()).toBe('3.5');
    expect(await cell(pane.page, AMOUNT, 3).getAttribute('aria-invalid')).toBe('true');
    expect(await described(pane.page, AMOUNT, 3)).toContain('Whole persons only');
    expect(await cell(pane.page, TO, 3).inputValue()).toBe('CY');
    // Malta is not a benefitting state of the 2026 pool (Art. 58(1), 59(4)): flagged, counted.
    await pane.page.getByText(FINDING_WORDS['towards-not-benefitting']).waitFor();
    expect(await described(pane.page, AMOUNT, 4)).toBe(FINDING_WORDS['towards-not-benefitting']);
    expect(await seriousViolations(pane.page)).toEqual([]);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-implementation-grid.png') });

    await cell(pane.page, FROM, 2).focus();
    await pane.page.keyboard.press('Control+z');
    expect(await cell(pane.page, DATE, 2).inputValue()).toBe('');
    expect(await cell(pane.page, DATE, 1).inputValue()).toBe('2026-07-20');
    await pane.page.keyboard.press('Control+y');
    expect(await cell(pane.page, TYPE, 4).inputValue()).toBe('relocation');
  });

  it('draws a cell’s focus underline whole at once, so that typing after Tab or Enter waits for no animation', async () => {
    const fields = await focusUnderlines(pane.page, 'input[data-col]');
    // The grid's five columns, over at least the empty row at its end.
    expect(fields.length).toBeGreaterThanOrEqual(5);
    expect(fields.filter((f) => f.wrong)).toEqual([]);
  });

  it('restores a cell with Escape', async () => {
    await cell(pane.page, AMOUNT, 2).click();
    await pane.page.keyboard.press('Control+a');
    await pane.page.keyboard.type('9');
    await pane.page.keyboard.press('Escape');
    expect(await cell(pane.page, AMOUNT, 2).inputValue()).toBe('1,200');
  });
});
