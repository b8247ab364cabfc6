import type { Page } from 'playwright-core';
import { openPane } from './harness';

/** Every filled cell of a grid that does not show its entry whole (or not on hover), with what it shows. */
const cutFigures = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('table input[data-row]')]
      .filter((i) => i.value !== '')
      .filter((i) => i.scrollWidth > i.clientWidth + 0.5 || i.title !== i.value)
      .map((i) => `${i.getAttribute('aria-label')}: "${i.value}" in ${i.clientWidth} px`),
  );

/** The grid's words and figures outside its fields (a state, "4,806 to relocate", a balance) that are cut. */
const cutTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main table td *, main table th *')]
      .filter((el) => el.clientWidth > 0 && (el.textContent ?? '') !== '')
      .filter((el) => !el.closest('input, textarea, select'))
      .filter((el) => el.scrollWidth > el.clientWidth + 0.5)
      .map((el) => `"${el.textContent ?? ''}" in ${el.clientWidth} px`),
  );

/** A figure typed in the first row's cell, committed by Tab, shown grouped once it is read. */
async function typeIn(page: Page, col: number, digits: string): Promise<void> {
  const cell = page.locator(`table input[data-row="0"][data-col="${col}"]`);
  await cell.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(digits);
  await page.keyboard.press('Tab');
  await cell.evaluate(
    (el, raw) =>
      new Promise<void>((done) => {
        const check = () =>
          (el as HTMLInputElement).value !== raw ? done() : requestAnimationFrame(check);
        check();
      }),
    digits,
  );
}

/**
 * Issue 16: "No figure is ever cut: amounts fit ..., the full value on focus and hover". At 350 px,
 * in each culture's grouping, the largest figures a state can pledge: the whole of a EUR 600 million
 * pool in euros, 100,000 persons (more than three times the 2026 pool's 30,000 relocations).
 */
describe.each([
  ['en', 'en-GB'],
  ['fr', 'fr-FR'],
  ['de', 'de-DE'],
] as const)('the pledge grid’s figures at 350 px in %s', (language, locale) => {
  const pane = openPane({ language, locale });

  it('shows every typed figure whole, and in full on hover, in each column set', async () => {
    const page = pane.page;
    // The Pledges tab is the third in every language.
    await page.getByRole('tab').nth(2).click();
    const sets = page.getByRole('radiogroup').first().getByRole('radio');
    // Relocations and euros.
    await sets.nth(0).check();
    await typeIn(page, 0, '100000');
    await typeIn(page, 1, '600000000');
    expect(await cutFigures(page)).toEqual([]);
    expect(await cutTexts(page)).toEqual([]);
    // Alternative measures, at their value in euros (Art. 56(2)(c)).
    await sets.nth(1).check();
    await typeIn(page, 0, '600000000');
    expect(await cutFigures(page)).toEqual([]);
    expect(await cutTexts(page)).toEqual([]);
    // Responsibility offsets, in persons (Art. 63).
    await sets.nth(2).check();
    await typeIn(page, 0, '100000');
    expect(await cutFigures(page)).toEqual([]);
    expect(await cutTexts(page)).toEqual([]);
    // Deductions (Art. 61, 62): the narrower state column, the basis beside the share.
    await sets.nth(3).check();
    expect(await cutTexts(page)).toEqual([]);
  });
});

describe('the implementation records grid’s entries at 350 px', () => {
  const pane = openPane({ round: true, tab: 'Implementation', locale: 'en-GB' });

  it('shows each cell’s longest entry whole, and in full on hover', async () => {
    const page = pane.page;
    await page.getByRole('textbox', { name: 'Date (yyyy-mm-dd), record 1', exact: true }).click();
    // A financial contribution of over a billion euros, an alternative measure: the longest words.
    for (const record of [
      ['2026-07-20', 'DE', 'IT', 'financial', '1300000000'],
      ['2026-09-14', 'FR', 'ES', 'alternative', '130200000'],
    ]) {
      for (const entry of record) {
        await page.keyboard.type(entry);
        await page.keyboard.press('Tab');
      }
    }
    expect(await cutFigures(page)).toEqual([]);
  });
});
