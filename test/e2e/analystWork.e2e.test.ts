import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_PARTICIPANTS, stateName } from '../../src/core';
import { loadVintage } from '../../src/data';
import { seriousViolations } from './audit';
import { openPane } from './harness';

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(__dirname, '../../test-output');
const [first, second, third, fourth] = DEFAULT_PARTICIPANTS.map(stateName) as [
  string,
  string,
  string,
  string,
];

/** The bundled population, as a file of the analyst's (same values, another origin). */
function populationCsv(): Buffer {
  const series = loadVintage('latest').series.find((s) => s.indicator === 'population');
  if (!series) throw new Error('no population series');
  const lines = [...series.observations.entries()].map(
    ([code, o]) => `${code},${series.period},${o.value}`,
  );
  return Buffer.from(`geo,year,value\n${lines.join('\n')}\n`);
}

/** A paste event as Excel's clipboard gives it: text/plain, tabs and line breaks. */
const paste = (page: Page, label: string, text: string) =>
  page.getByRole('textbox', { name: label }).evaluate((el, t) => {
    (el as HTMLInputElement).focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);

const value = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label }).inputValue();

/**
 * Ctrl and a key pressed in the focused cell, and the fields' values read in the same task, once
 * React's own microtasks have run: what the analyst sees in the first frame after the keystroke,
 * not after whatever later task the pane might schedule (a value copied in by an effect, say).
 */
const ctrlThenValues = (page: Page, key: string, labels: readonly string[]) =>
  page.evaluate(
    async ({ key, labels }) => {
      const target = document.activeElement ?? document.body;
      const init = { key, ctrlKey: true, bubbles: true, cancelable: true };
      target.dispatchEvent(new KeyboardEvent('keydown', init));
      target.dispatchEvent(new KeyboardEvent('keyup', init));
      for (let i = 0; i < 10; i += 1) await Promise.resolve();
      return labels.map(
        (label) =>
          (document.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement | null)
            ?.value,
      );
    },
    { key, labels },
  );

describe('the analyst’s work at 350 px: never lost, a grid like Excel (issue 16)', () => {
  const pane = openPane({
    pool: 'Next pool on the latest data',
    locale: 'en-GB',
    noErrorsAfterEach: true,
  });
  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('pastes a block copied from Excel down and across, refused cells marked in place, one undo', async () => {
    await pane.page.getByRole('tab', { name: 'Pledges' }).click();
    await paste(
      pane.page,
      `Relocations pledged by ${first}`,
      '651\t13020000\r\n215\t4,300,000\r\n4555.5\t1000\r\nabc\t5\r\n',
    );
    expect(await value(pane.page, `Relocations pledged by ${first}`)).toBe('651');
    expect(await value(pane.page, `Financial contribution pledged by ${first}, EUR`)).toBe(
      '13,020,000',
    );
    expect(await value(pane.page, `Financial contribution pledged by ${second}, EUR`)).toBe(
      '4,300,000',
    );
    // Persons are whole: refused in its cell, the row's other cell taken.
    expect(await value(pane.page, `Relocations pledged by ${third}`)).toBe('4555.5');
    await pane.page.getByText('Whole persons only: type 4,555 or 4,556.').waitFor();
    // The message takes room of its own: it neither spills over the next row's cell nor is cut.
    const message = await pane.page
      .getByText('Whole persons only: type 4,555 or 4,556.')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    const below = await pane.page
      .getByRole('textbox', { name: `Relocations pledged by ${fourth}` })
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(message).toBeLessThanOrEqual(below);
    expect(await value(pane.page, `Financial contribution pledged by ${third}, EUR`)).toBe('1,000');
    expect(await value(pane.page, `Relocations pledged by ${fourth}`)).toBe('abc');
    await pane.page
      .getByText(/Pasted 6 values from .* down\. 2 refused, marked in their cells\./)
      .waitFor();
    expect(await seriousViolations(pane.page)).toEqual([]);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-paste.png') });

    // The focused cell shows the undo at once, as the others do.
    const cells = [
      `Relocations pledged by ${first}`,
      `Financial contribution pledged by ${second}, EUR`,
      `Relocations pledged by ${second}`,
    ];
    expect(await ctrlThenValues(pane.page, 'z', cells)).toEqual(['', '', '']);
    expect(await ctrlThenValues(pane.page, 'y', cells)).toEqual(['651', '4,300,000', '215']);
  });

  it('moves down with Enter, up with Shift+Enter, across with the arrows; Escape restores', async () => {
    const cell = pane.page.getByRole('textbox', { name: `Relocations pledged by ${second}` });
    await cell.focus();
    await pane.page.keyboard.press('Enter');
    const focused = () =>
      pane.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe(`Relocations pledged by ${third}`);
    await pane.page.keyboard.press('Shift+Enter');
    await pane.page.keyboard.press('Shift+Enter');
    expect(await focused()).toBe(`Relocations pledged by ${first}`);
    await pane.page.keyboard.press('ArrowDown');
    await pane.page.keyboard.press('End');
    await pane.page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(`Financial contribution pledged by ${second}, EUR`);
    await pane.page.keyboard.press('Control+a');
    await pane.page.keyboard.type('999');
    await pane.page.keyboard.press('Escape');
    expect(await value(pane.page, `Financial contribution pledged by ${second}, EUR`)).toBe(
      '4,300,000',
    );
  });

  it('asks before a pool switch replaces a loaded file, keeps it, and Undo brings the pool back', async () => {
    await pane.page.getByRole('tab', { name: 'Data' }).click();
    await pane.page.locator('input[type="file"]').setInputFiles({
      name: 'population.csv',
      mimeType: 'text/csv',
      buffer: populationCsv(),
    });
    await pane.page.getByText(/states from file population\.csv/).waitFor();
    await pane.page.getByRole('tab', { name: 'Scenario' }).click();
    const start = pane.page.getByRole('combobox', { name: 'Pool' });
    const before = (await start.textContent()) ?? '';
    await start.click();
    await pane.page.getByRole('option', { name: '2027 Commission proposal at the minima' }).click();
    const dialog = pane.page.getByRole('alertdialog');
    await dialog.getByText(/loaded from file population\.csv/).waitFor();
    expect(await seriousViolations(pane.page)).toEqual([]);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-replace.png') });
    await dialog.getByRole('button', { name: 'Keep what I entered' }).click();
    await pane.page.getByText(/Kept: .*loaded from file population\.csv/).waitFor();
    expect(await start.textContent()).toContain('2027 Commission proposal at the minima');
    await pane.page.getByRole('tab', { name: 'Data' }).click();
    await pane.page.getByText(/1 series replaced/).waitFor();

    await pane.page.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    await pane.page.getByRole('tab', { name: 'Scenario' }).click();
    expect(await start.textContent()).toBe(before);
  });

  it('replacing the file drops its message with it, and Undo brings the file back', async () => {
    await pane.page.getByRole('combobox', { name: 'Pool' }).click();
    await pane.page.getByRole('option', { name: '2027 Commission proposal at the minima' }).click();
    await pane.page.getByRole('alertdialog').getByRole('button', { name: 'Replace it' }).click();
    await pane.page.getByText(/Replaced: .*loaded from file population\.csv/).waitFor();
    await pane.page.getByRole('tab', { name: 'Data' }).click();
    await pane.page.getByText(/, as bundled/).waitFor();
    expect(await pane.page.getByText(/states from file population\.csv/).count()).toBe(0);
    await pane.page.keyboard.press('Control+z');
    await pane.page.getByText(/1 series replaced/).waitFor();
  });
});

describe('five pledges entered and checked against the Art. 63 thresholds, at 350 × 700 px', () => {
  const pane = openPane({
    pool: 'Next pool on the latest data',
    locale: 'en-GB',
  });

  it('keeps the pool summary in view beside the grid while the pledges are typed, Enter after each', async () => {
    await pane.page.getByRole('tab', { name: 'Pledges' }).click();
    await pane.page.getByRole('textbox', { name: 'Relocations pledged by Germany' }).click();
    for (const n of ['4555', '100', '500', '300', '2000']) {
      await pane.page.keyboard.type(n);
      await pane.page.keyboard.press('Enter');
    }
    const summary = pane.page.getByRole('region', { name: 'The pool as pledged' });
    await summary.getByText('7,455 relocations').first().waitFor();
    const chips = await summary.getByRole('listitem').allTextContents();
    expect(chips).toEqual([
      'Art.',
      '63(1) ≥ 15,000: not met',
      '63(3)(a) ≥ 30,000: not met',
      '63(3)(b) ≥ 18,000: not met',
      '63(4) net ≥ 30,000: not met',
    ]);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-pool-summary.png') });
    // In view: inside the pane's visible body, with the focused cell visible too.
    const box = await summary.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(700);
    const focused = pane.page.locator(':focus');
    const cell = await focused.boundingBox();
    expect(cell && box && cell.y + cell.height).toBeLessThanOrEqual(box?.y ?? 0);
    expect(await seriousViolations(pane.page)).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  it('draws the summary as a figure is typed, and has it announced once the cell is left', async () => {
    const summary = pane.page.getByRole('region', { name: 'The pool as pledged' });
    const figures = summary.getByRole('status');
    await pane.page.getByRole('textbox', { name: 'Relocations pledged by France' }).click();
    await pane.page.keyboard.type('12');
    // On screen at once: 7,455 and France's 12.
    await figures.getByText('7,467 relocations').first().waitFor();
    // Busy while the cell is typed: a screen reader waits rather than read the figures after each
    // digit (WAI-ARIA: aria-busy "indicates an element is being modified and that assistive
    // technologies could wait until the modifications are complete before exposing them").
    expect(await figures.getAttribute('aria-busy')).toBe('true');
    await pane.page.keyboard.press('Enter');
    const region = await figures.elementHandle();
    await pane.page.waitForFunction((el) => el?.getAttribute('aria-busy') === 'false', region);
    expect(await figures.textContent()).toContain('7,467 relocations');
    expect(pane.errors).toEqual([]);
  });

  it('has a ticked box announced at once: only typing makes the summary wait', async () => {
    const summary = pane.page.getByRole('region', { name: 'The pool as pledged' });
    const figures = summary.getByRole('status');
    // A choice and a ticked box fire input events as typing does; the change they make to the pool
    // (a state that benefits leaves what is to be implemented) is announced as it is made.
    await pane.page.getByRole('radio', { name: 'Offsets & benefitting' }).click();
    await pane.page.getByRole('checkbox', { name: 'Germany benefits from the pool' }).click();
    expect(await figures.getAttribute('aria-busy')).toBe('false');
    await pane.page.getByRole('radio', { name: 'Relocations & euros' }).click();
    expect(pane.errors).toEqual([]);
  });
});
