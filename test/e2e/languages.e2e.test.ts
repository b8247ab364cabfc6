import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dataTab } from '../../src/report/words/en/dataTab';
import { importing } from '../../src/report/words/en/importing';
import { pledgeGrid } from '../../src/report/words/en/pledgeGrid';
import { pledges } from '../../src/report/words/en/pledges';
import { readers } from '../../src/report/words/en/readers';
import { seriousViolations } from './audit';
import { openPane } from './harness';

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(__dirname, '../../test-output');
/** Excel on the web opens task panes 350 px wide. */
const PANE = { width: 350, height: 700 };

/**
 * Elements whose text is cut: wider or taller than their box with the overflow hidden or
 * clipped, or ending in an ellipsis (text-overflow), named by their text.
 */
async function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (el.closest('[hidden], [aria-hidden="true"]') || el.offsetParent === null) continue;
      if (!Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim())) {
        continue;
      }
      const style = getComputedStyle(el);
      const hides =
        ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        cut.push((el.textContent ?? '').trim().slice(0, 60));
      }
    }
    return cut;
  });
}

/** The English texts of the Pledges and Data tabs' catalogue sections, without their holes. */
const ENGLISH = [pledges, pledgeGrid, dataTab, importing, readers]
  .flatMap((section) => Object.values(section))
  .flatMap((e): string[] =>
    typeof e === 'string' ? [e] : Object.values(e as Record<string, string>),
  )
  .flatMap((t) => t.split(/\{\w+\}/))
  .map((t) => t.trim())
  .filter((t) => t.length >= 12);

/**
 * Lines of the tab that read as English prose, catalogue or not: two or more of its commonest
 * words. Figures, codes, state names and column names (`financial_eur`) are not prose; a
 * source cited in English, marked lang="en", is the data's own words.
 */
async function englishLines(page: Page): Promise<string[]> {
  // A source cited as the data names it is marked lang="en" (screen readers say it in English).
  const [text, cited] = await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const marked = Array.from(main.querySelectorAll<HTMLElement>('[lang="en"]'));
    return [
      main.innerText,
      marked.flatMap((el) => el.innerText.split('\n').map((l) => l.trim())).filter(Boolean),
    ];
  });
  const common = /\b(the|of|and|with|from|is|are|to|a|in|this|load|read|states?)\b/gi;
  return text
    .split('\n')
    .map((l) => cited.reduce((rest, c) => rest.replace(c, ''), l).trim())
    .filter((l) => (l.match(common) ?? []).length >= 2 || ENGLISH.some((t) => l.includes(t)));
}

describe.each([
  [
    'fr',
    'Réserve de solidarité',
    ['Données', 'Scénario', 'Engagements', 'Mise en œuvre', 'Résultats', 'Partage'],
  ],
  [
    'de',
    'Solidaritätspool',
    ['Daten', 'Szenario', 'Zusagen', 'Umsetzung', 'Ergebnisse', 'Weitergabe'],
  ],
] as const)('the pane in %s at 350 px (issue 18)', (language, title, tabs) => {
  // The Data and the Pledges tabs: translated whole (issue 18's rest).
  const whole = [tabs[0], tabs[2]];
  const pane = openPane({
    viewport: PANE,
    language,
    timeout: 120_000,
  });
  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('opens in its language, the page marked so, and shows it at 350 px', async () => {
    await pane.page.getByRole('heading', { name: title }).waitFor();
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe(language);
    for (const tab of tabs) {
      // Every tab whole inside the pane: a name running past 350 px is a name cut.
      const box = await pane.page.getByRole('tab', { name: tab }).boundingBox();
      expect({ tab, inside: !!box && box.x >= 0 && box.x + box.width <= PANE.width }).toEqual({
        tab,
        inside: true,
      });
    }
    await pane.page.screenshot({ path: join(SCREENSHOTS, `taskpane-${language}.png`) });
    expect(pane.errors).toEqual([]);
  });

  it('cuts no text and has no serious accessibility violation on any translated tab', async () => {
    for (const tab of tabs) {
      await pane.page.getByRole('tab', { name: tab }).click();
      await pane.page.getByRole('tab', { name: tab, selected: true }).waitFor();
      expect({ tab, axe: await seriousViolations(pane.page) }).toEqual({ tab, axe: [] });
      expect({ tab, cut: await cutTexts(pane.page) }).toEqual({ tab, cut: [] });
      const [scrollWidth, clientWidth] = await pane.page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement;
        return [main.scrollWidth, main.clientWidth];
      });
      expect({ tab, scrollWidth }).toEqual({ tab, scrollWidth: clientWidth });
    }
    expect(pane.errors).toEqual([]);
  });

  it('leaves no English on the Data and Pledges tabs, the illustrative round loaded', async () => {
    for (const tab of whole) {
      await pane.page.getByRole('tab', { name: tab }).click();
      await pane.page.getByRole('tab', { name: tab, selected: true }).waitFor();
      if (tab === tabs[2]) {
        await pane.page
          .getByRole('button', {
            name:
              language === 'fr'
                ? 'Charger le cycle illustratif 2026'
                : 'Die illustrative Runde 2026 laden',
          })
          .click();
        await pane.page
          .getByRole('heading', { name: language === 'fr' ? 'Le cycle' : 'Die Runde' })
          .waitFor();
        expect({ tab, axe: await seriousViolations(pane.page) }).toEqual({ tab, axe: [] });
        expect({ tab, cut: await cutTexts(pane.page) }).toEqual({ tab, cut: [] });
      }
      expect({ tab, english: await englishLines(pane.page) }).toEqual({ tab, english: [] });
    }
    expect(pane.errors).toEqual([]);
  });
});
