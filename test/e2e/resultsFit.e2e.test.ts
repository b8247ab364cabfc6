import type { Locator, Page } from 'playwright-core';
import { loadWords } from '../../src/report/words';
import { seriousViolations } from './audit';
import { ADOPTED_2026_WITH_ROUND, openPane } from './harness';

/**
 * Issue 16, points 3, 4 and 6, at 350 px: no figure of Results or Compare is cut ("9,260,000 …
 * show as …,00"), the full value is there on focus and hover, a state that is not obliged says so
 * in words ("a fully deducted state's balance shows 0.0 M"), the header row stays in view without
 * covering a row, and Compare reads as a change from A to B ("Germany shows −1,938").
 */

/** Cells of a table (past its label column) whose content is wider than the cell shows. */
async function clippedCells(table: Locator): Promise<string[]> {
  return table.evaluate((t) => {
    const cut = (el: Element) => el.scrollWidth > el.clientWidth + 0.5;
    const found: string[] = [];
    for (const row of Array.from(t.querySelectorAll('tr'))) {
      Array.from(row.children).forEach((cell, i) => {
        if (i === 0) return;
        const inside = [cell, ...Array.from(cell.querySelectorAll('*'))].filter(
          (el) => (el as HTMLElement).clientWidth > 0,
        );
        if (inside.some(cut))
          found.push(`${row.children[0]?.textContent ?? ''}: ${cell.textContent ?? ''}`);
      });
    }
    return found;
  });
}

/** The Results tab's tables as they stand. */
const tablesOf = (page: Page) => page.getByRole('main').getByRole('table');

/** Where the header row of a table stands against the pane's scrolling body and its rows. */
async function headerAfterScroll(table: Locator) {
  return table.evaluate((t) => {
    const main = t.closest('main')!;
    const head = t.querySelector('thead')!;
    const rows = Array.from(t.querySelectorAll('tbody tr'));
    // Scroll so that the middle of the table is at the top of the body.
    const middle = rows[Math.floor(rows.length / 2)]!;
    main.scrollTop += middle.getBoundingClientRect().top - main.getBoundingClientRect().top;
    const body = main.getBoundingClientRect();
    const h = head.getBoundingClientRect();
    const x = h.left + h.width / 2;
    // What shows just above the header's bottom edge and just below it.
    const under = document.elementFromPoint(x, h.bottom + 2);
    const onHeader = document.elementFromPoint(x, h.top + 2);
    return {
      headerTop: h.top - body.top,
      headerHeight: h.height,
      bodyHeight: body.height,
      belowIsRow: !!under?.closest('tbody'),
      headerOnTop: !!onHeader?.closest('thead'),
    };
  });
}

/** The text of each cell of the row of a state in a table. */
async function rowTexts(table: Locator, state: string): Promise<string[]> {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('cell', { name: state, exact: true }) })
    .getByRole('cell')
    .allTextContents();
}

/** A figure as the pane shows it in en-GB: "+1,938", "−0.05", "4,554". */
const figure = (text: string) => Number(text.replace(/[^\d.+\-−]/g, '').replace('−', '-'));

describe('Results and Compare at 350 px: figures that fit, sticky headers, a change from A to B', () => {
  // The 2026 pool as adopted, with the illustrative round: four states fully deducted (Art. 62).
  const pane = openPane({ ...ADOPTED_2026_WITH_ROUND });

  it('cuts no figure of the pools, the fair shares or the deductions and balance', async () => {
    const clipped: Record<string, string[]> = {};
    await pane.page.getByRole('radio', { name: 'Fair shares' }).click();
    for (const t of await tablesOf(pane.page).all())
      clipped[`shares: ${await t.getAttribute('aria-label')}`] = await clippedCells(t);
    await pane.page.getByRole('radio', { name: /Deductions & balance/ }).click();
    for (const t of await tablesOf(pane.page).all())
      clipped[`balance: ${await t.getAttribute('aria-label')}`] = await clippedCells(t);
    // After a reconvened Forum, Art. 63(3) applies: the mandatory offsets take a column too.
    const forum = pane.page.getByRole('switch', { name: /High-Level Forum has been reconvened/ });
    await forum.click();
    await pane.page.getByRole('columnheader', { name: 'Mandatory offsets (Art. 63(3))' }).waitFor();
    for (const t of await tablesOf(pane.page).all())
      clipped[`Art. 63(3): ${await t.getAttribute('aria-label')}`] = await clippedCells(t);
    await forum.click();
    expect(Object.values(clipped).flat()).toEqual([]);
    expect(Object.keys(clipped).length).toBeGreaterThanOrEqual(4);
  });

  it('says in words that a fully deducted state is not obliged, never 0.0', async () => {
    const table = pane.page.getByRole('table', { name: 'Results by state' });
    // Austria: full deduction under Art. 62 in the illustrative round.
    const austria = await rowTexts(table, 'Austria');
    expect(austria[1]).toBe('100\u00A0%');
    expect(austria.slice(2).join(' | ')).not.toMatch(/\b0[.,]0\b/);
    expect(austria.join(' | ')).toMatch(/not obliged/i);
  });

  it('gives the full value of an amount on focus and on hover', async () => {
    const table = pane.page.getByRole('table', { name: 'Results by state' });
    const germany = table.getByRole('row').filter({ hasText: 'Germany' });
    const amount = germany.getByRole('cell').nth(2).locator('[tabindex]').first();
    await amount.focus();
    const tip = pane.page.getByRole('tooltip');
    await tip.waitFor();
    // Germany's contribution after deduction in whole euros, not "91.1".
    expect(await tip.textContent()).toMatch(/^EUR \d{1,3}(,\d{3}){2}$/);
    await pane.page.keyboard.press('Escape');
    await table
      .getByRole('row')
      .filter({ hasText: 'France' })
      .getByRole('cell')
      .nth(2)
      .locator('[tabindex]')
      .hover();
    await expect(tip.textContent()).resolves.toMatch(/^EUR \d{1,3}(,\d{3}){2}$/);
  });

  it('keeps the Results header row in view when scrolled, over no row', async () => {
    await pane.page.getByRole('radio', { name: 'Fair shares' }).click();
    const at = await headerAfterScroll(pane.page.getByRole('table', { name: 'Results by state' }));
    expect(at.headerTop).toBeGreaterThanOrEqual(-1);
    expect(at.headerTop).toBeLessThanOrEqual(1);
    expect(at).toMatchObject({ belowIsRow: true, headerOnTop: true });
    expect(at.headerHeight).toBeLessThan(at.bodyHeight / 4);
  });

  it('scrolls a row reached by the keyboard out from under the sticky header', async () => {
    const table = pane.page.getByRole('table', { name: 'Results by state' });
    await table.getByRole('row').nth(12).locator('[tabindex]').first().focus();
    // Scroll so that the row above the focused one passes under the header, then go up to it.
    await table.evaluate((t) => {
      const row = document.activeElement!.closest('tr')!.previousElementSibling!;
      const main = t.closest('main')!;
      main.scrollTop += row.getBoundingClientRect().top - main.getBoundingClientRect().top;
    });
    await pane.page.keyboard.press('ArrowUp');
    const clear = await table.evaluate((t) => {
      const focused = document.activeElement!.closest('tr')!.getBoundingClientRect();
      return focused.top - t.querySelector('thead')!.getBoundingClientRect().bottom;
    });
    expect(clear).toBeGreaterThanOrEqual(0);
  });

  it('compares 2026 with 2027 as a change from A to B that adds up, cut nowhere', async () => {
    await pane.page.getByRole('radio', { name: 'Compare' }).click();
    await pane.page.getByRole('combobox', { name: 'Compare this scenario (A) with (B)' }).click();
    await pane.page.getByRole('option', { name: '2027 Commission proposal at the minima' }).click();
    const table = pane.page.getByRole('table', { name: /change from A to B/ });
    await table.waitFor();
    const measure = pane.page.getByRole('combobox', { name: 'Measure' });
    await measure.click();
    await pane.page.getByRole('option', { name: 'Indicative relocations' }).click();
    // The table comes before the explanations: its header row within the first screen.
    const top = await table.evaluate(
      (t) => t.getBoundingClientRect().top - t.closest('main')!.getBoundingClientRect().top,
    );
    expect(top).toBeLessThan(350);
    expect(await clippedCells(table)).toEqual([]);

    // Germany, 2026 (A) to 2027 (B): relocations 4,554 → 6,492 is a rise, shown with its sign
    // (issue 16: "Germany shows −1,938").
    const [, a, b, change] = await rowTexts(table, 'Germany');
    expect([a, b, change]).toEqual(['4,554', '6,492', '+1,938']);

    for (const name of ['Indicative relocations', 'Contribution after deduction (EUR million)']) {
      await measure.click();
      await pane.page.getByRole('option', { name }).click();
      expect(await clippedCells(table)).toEqual([]);
      // Every row adds up as shown: A + change = B.
      const rows = await table.getByRole('row').all();
      const wrong: string[] = [];
      for (const row of rows.slice(1)) {
        const [state, x, y, d] = await row.getByRole('cell').allTextContents();
        if (d === '—' || /[a-z]/i.test(`${x}${y}`)) continue;
        if (Math.abs(figure(y!) - figure(x!) - figure(d!)) > 1e-6) wrong.push(`${state}`);
      }
      expect(wrong).toEqual([]);
    }

    // Fair shares: Germany's share falls a little (21.69 % to 21.64 %), and the change says so.
    await measure.click();
    await pane.page.getByRole('option', { name: 'Fair share' }).click();
    const share = await rowTexts(table, 'Germany');
    expect(share[3]).toMatch(/^−|^-/);
    expect(figure(share[3]!)).toBeCloseTo(figure(share[2]!) - figure(share[1]!), 9);
  });

  it('keeps the Compare header row in view when scrolled, over no row', async () => {
    const at = await headerAfterScroll(
      pane.page.getByRole('table', { name: /change from A to B/ }),
    );
    expect(at.headerTop).toBeGreaterThanOrEqual(-1);
    expect(at.headerTop).toBeLessThanOrEqual(1);
    expect(at).toMatchObject({ belowIsRow: true, headerOnTop: true });
  });

  it('has no serious or critical accessibility violation in Results and Compare (axe-core)', async () => {
    const compare = await seriousViolations(pane.page);
    await pane.page.getByRole('radio', { name: /Deductions & balance/ }).click();
    const balance = await seriousViolations(pane.page);
    expect({ compare, balance }).toEqual({ compare: [], balance: [] });
    expect(pane.errors).toEqual([]);
  });
});

describe.each([
  ['fr', 'Réserve de solidarité', 'Résultats', ['Parts équitables', 'Après déductions']],
  ['de', 'Solidaritätspool', 'Ergebnisse', ['Gerechte Anteile', 'Nach Abzügen']],
] as const)('Results and Compare in %s at 350 px', (language, title, tab, layouts) => {
  const pane = openPane({
    language,
    openTimeout: 120_000,
  });

  it('speaks the language and cuts no figure, header or word', async () => {
    await pane.page.getByRole('heading', { name: title }).waitFor();
    await pane.page.getByRole('tab', { name: tab }).click();
    const clipped: string[] = [];
    for (const layout of layouts) {
      await pane.page.getByRole('radio', { name: layout }).click();
      for (const t of await tablesOf(pane.page).all()) clipped.push(...(await clippedCells(t)));
    }
    await pane.page
      .getByRole('radio', { name: language === 'fr' ? 'Comparer' : 'Vergleich' })
      .click();
    await pane.page
      .getByRole('combobox', {
        name: language === 'fr' ? 'Comparer ce scénario (A) avec (B)' : /vergleichen mit \(B\)/,
      })
      .click();
    // The pool by its name in the pane's language (issue 16), as the Scenario tab offers it.
    const proposal = (await loadWords(language)).t('pool.2027-proposal.name');
    await pane.page.getByRole('option', { name: proposal }).click();
    const table = pane.page.getByRole('table', {
      name: language === 'fr' ? /l’évolution de A à B/ : /Veränderung von A zu B/,
    });
    await table.waitFor();
    clipped.push(...(await clippedCells(table)));
    expect(clipped).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});
