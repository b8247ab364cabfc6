import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assessPledges, computeScenario, DEFAULT_PARTICIPANTS, stateName } from '../../src/core';
import { figureLookup, loadVintage, readPledgesGrid } from '../../src/data';
import { draftFromPreset, scenarioOf } from '../../src/taskpane/state';
import { seriousViolations } from './audit';
import { focusUnderlines } from './focusUnderline';
import { openPane } from './harness';

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(__dirname, '../../test-output');

type FakeWb = {
  tableRows: (n: string) => unknown[][];
  sheets: Map<string, unknown>;
};
const tableRows = (page: Page, name: string) =>
  page.evaluate(
    (n) => (window as unknown as { __fake: { wb: FakeWb } }).__fake.wb.tableRows(n),
    name,
  );

describe('the pledge grid and the results view in headless Chromium at 350 px', () => {
  const pane = openPane({
    pool: 'Next pool on the latest data',
    viewport: { width: 350, height: 800 },
    locale: 'en-GB',
  });
  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('shows France’s balance as a pledge is typed, and the Balance sheet’s inputs agree', async () => {
    await pane.page.getByRole('tab', { name: 'Pledges' }).click();
    const cell = pane.page.getByRole('textbox', { name: 'Relocations pledged by France' });
    await cell.click();
    await pane.page.keyboard.type('6000');
    await pane.page.keyboard.press('Tab');
    expect(await cell.inputValue()).toBe('6,000');
    const row = pane.page.getByRole('row').filter({ has: cell });
    // The balance once computed (a figure, not the "—" of a state not yet assessed).
    const shownBalance =
      (await row.getByRole('cell').nth(3).filter({ hasText: /\d/ }).textContent()) ?? '';
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-pledge-grid.png') });

    await pane.page.getByRole('button', { name: 'Write the tables to this workbook' }).click();
    await pane.page.getByText('Tables written').first().waitFor();
    const pledges = await tableRows(pane.page, 'Pledges');
    const header = (pledges[0] ?? []).map(String);
    const fr = pledges.find((r) => r[0] === 'FR') ?? [];
    expect(fr[header.indexOf('Relocations')]).toBe(6000);
    // The Balance sheet computes from the Pledges table just written (the fake host computes no
    // formula, so the core assesses the table as read back, as Excel's formulas would).
    const balance = await tableRows(pane.page, 'Balance');
    const balanceFr = balance.find((r) => r[0] === 'FR') ?? [];
    expect(balanceFr.join(' ')).toContain('Pledges[Relocations]');
    const read = readPledgesGrid(
      { headers: header, rows: pledges.slice(1) as unknown[][], headerRow: 1 },
      DEFAULT_PARTICIPANTS,
    );
    const scenario = computeScenario(
      { ...scenarioOf(draftFromPreset('latest')), deductions: read.deductions },
      figureLookup(loadVintage('latest')),
    );
    const round = assessPledges({
      pool: scenario.pool.rows,
      totals: scenario.totals,
      pledges: read.pledges,
      benefitting: scenario.benefitting,
    });
    const franceEur = round.rows.find((r) => r.code === 'FR')?.balanceEur ?? NaN;
    const expected = `${new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(franceEur / 1e6)}\u00A0M`;
    expect(shownBalance).toBe(expected);
  });

  it('lets the keyboard reach every cell of the grid, focus visible and in sight', async () => {
    await pane.page.getByRole('tab', { name: 'Pledges' }).click();
    // Each column set, and the controls of each row in it, in order (a basis is disabled until
    // its state has a deduction, so only the percentages take focus there).
    const sets: [string, (name: string) => string[]][] = [
      [
        'Relocations & euros',
        (n) => [`Relocations pledged by ${n}`, `Financial contribution pledged by ${n}, EUR`],
      ],
      [
        'Alternative measures',
        (n) => [`Alternative measures of ${n}, EUR`, `What the alternative measures of ${n} are`],
      ],
      [
        'Offsets & benefitting',
        (n) => [`Responsibility offsets offered by ${n}`, `${n} benefits from the pool`],
      ],
      ['Deduction', (n) => [`Deduction of ${n}, % of its indicative contribution`]],
    ];
    for (const [set, labels] of sets) {
      await pane.page.getByRole('radio', { name: set }).click();
      const expected = DEFAULT_PARTICIPANTS.flatMap((c) => labels(stateName(c)));
      await pane.page.getByLabel(expected[0] as string, { exact: true }).focus();
      const reached: string[] = [];
      const hidden: string[] = [];
      for (let i = 0; i < expected.length; i += 1) {
        const seen = await pane.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return undefined;
          const cell = el.closest('td');
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return {
            label: el.getAttribute('aria-label') ?? '',
            // The cell draws a 2 px ring while its control has focus.
            ring: cell ? getComputedStyle(cell).outlineStyle !== 'none' : false,
            // Nothing (the sticky headers or footer, the tabs) covers the focused control.
            inSight: top === el || el.contains(top),
            over: top
              ? `${top.tagName}.${String(top.className).slice(0, 40)} ${Math.round(r.top)}-${Math.round(r.bottom)} of ${window.innerHeight}`
              : 'none',
          };
        });
        if (seen) {
          reached.push(seen.label);
          if (!seen.ring || !seen.inSight) hidden.push(`${seen.label} ${seen.over}`);
        }
        await pane.page.keyboard.press('Tab');
      }
      expect({ set, reached }).toEqual({ set, reached: expected });
      expect({ set, hidden }).toEqual({ set, hidden: [] });
    }
    await pane.page.getByRole('radio', { name: 'Relocations & euros' }).click();
  });

  it('draws a cell’s focus underline whole at once, so that a digit typed after Tab waits for no animation', async () => {
    await pane.page.getByRole('tab', { name: 'Pledges' }).click();
    const fields = await focusUnderlines(pane.page, 'input[data-col]');
    await pane.page.getByRole('radio', { name: 'Alternative measures' }).click();
    fields.push(...(await focusUnderlines(pane.page, 'input[data-col], textarea')));
    await pane.page.getByRole('radio', { name: 'Relocations & euros' }).click();
    // Each state's relocations and euros, then its alternative measures and their description.
    expect(fields.length).toBe(4 * DEFAULT_PARTICIPANTS.length);
    expect(fields.filter((f) => f.wrong)).toEqual([]);
  });

  it('finds a state by typing part of its name', async () => {
    await pane.page.getByRole('tab', { name: 'Scenario' }).click();
    const picker = pane.page.getByRole('combobox', {
      name: "Bound by solidarity: type a state's name or code",
    });
    await picker.click();
    await pane.page.keyboard.type('Nor');
    // The picker's list (the chosen states are tags, options of their own group).
    const offered = pane.page
      .getByRole('listbox')
      .filter({ hasNotText: 'Belgium' })
      .getByRole('option');
    await expect(offered.allTextContents()).resolves.toEqual(['NorwayNO']);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-participants.png') });
    await pane.page.keyboard.press('Escape');
    await pane.page.keyboard.press('Control+a');
    await pane.page.keyboard.press('Delete');
  });

  it('sets a deduction for four states in eight interactions', async () => {
    await pane.page.getByRole('tab', { name: 'Scenario' }).click();
    let interactions = 0;
    for (const [code, percent] of [
      ['FR', '50'],
      ['PL', '100'],
      ['AT', '30'],
      ['CZ', '25'],
    ] as const) {
      await pane.page
        .getByRole('textbox', {
          name: `Deduction of ${stateName(code)}, % of its indicative contribution`,
        })
        .click();
      await pane.page.keyboard.type(percent);
      interactions += 2;
    }
    expect(interactions).toBe(8);
    await pane.page
      .getByRole('textbox', { name: 'Deduction of Czechia, % of its indicative contribution' })
      .scrollIntoViewIfNeeded();
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-deductions.png') });
    await pane.page.getByRole('button', { name: 'Commission findings (Art. 11)' }).click();
    await pane.page
      .getByRole('table', { name: 'Commission findings per state' })
      .scrollIntoViewIfNeeded();
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-findings.png') });
    await pane.page.getByRole('button', { name: 'Commission findings (Art. 11)' }).click();
    await pane.page.getByRole('tab', { name: 'Results' }).click();
    await pane.page.getByRole('radio', { name: /After deductions|Deductions & balance/ }).click();
    const poland = pane.page.getByRole('row').filter({ hasText: 'Poland' });
    await expect(poland.getByRole('cell').nth(1).textContent()).resolves.toBe('100\u00A0%');
  });

  it('has no serious accessibility violation on the grid and the results view (axe-core)', async () => {
    const found: Record<string, string[]> = {};
    await pane.page.getByRole('tab', { name: 'Pledges' }).click();
    found.pledges = await seriousViolations(pane.page);
    await pane.page.getByRole('radio', { name: 'Deduction' }).click();
    found.deductionColumns = await seriousViolations(pane.page);
    await pane.page.getByRole('tab', { name: 'Results' }).click();
    await pane.page.getByRole('radio', { name: 'Fair shares' }).click();
    found.results = await seriousViolations(pane.page);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-results.png') });
    await pane.page.getByRole('radio', { name: 'Compare' }).click();
    await pane.page.getByRole('combobox', { name: 'Compare this scenario (A) with (B)' }).click();
    await pane.page.getByRole('option', { name: '2026 Commission proposal', exact: true }).click();
    await pane.page
      .getByRole('columnheader', { name: 'Change from A to B, in percentage points' })
      .waitFor();
    found.compare = await seriousViolations(pane.page);
    await pane.page.screenshot({ path: join(SCREENSHOTS, 'taskpane-compare.png') });
    await pane.page.getByRole('tab', { name: 'Scenario' }).click();
    await pane.page.getByRole('button', { name: 'Commission findings (Art. 11)' }).click();
    await pane.page.getByRole('table', { name: 'Commission findings per state' }).waitFor();
    found.scenarioWithFindings = await seriousViolations(pane.page);
    await pane.page.getByRole('button', { name: 'Commission findings (Art. 11)' }).click();
    await pane.page.getByRole('tab', { name: 'Results' }).click();
    expect(found).toEqual({
      pledges: [],
      deductionColumns: [],
      results: [],
      compare: [],
      scenarioWithFindings: [],
    });
    expect(pane.errors).toEqual([]);
  });

  it('writes the comparison as the Compare sheet with a chart of the change', async () => {
    await pane.page.getByRole('button', { name: 'Write the tables to this workbook' }).click();
    await pane.page.getByText('Tables written').first().waitFor();
    const compare = await pane.page.evaluate(() => {
      const wb = (
        window as unknown as {
          __fake: { wb: { sheet: (n: string) => { charts: { title: string }[] } } };
        }
      ).__fake.wb;
      return wb.sheet('Compare').charts.map((c) => c.title);
    });
    expect(compare).toEqual([expect.stringMatching(/^Change in fair-share relocations from /)]);
    const rows = await tableRows(pane.page, 'Compare');
    // A state's row holds A, B and the change, as the pane showed them.
    expect(rows.find((r) => r[0] === 'DE')).toBeDefined();
  });
});
