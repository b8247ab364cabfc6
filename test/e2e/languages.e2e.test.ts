import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
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
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  jest.setTimeout(120_000);

  beforeAll(async () => {
    ({ server, browser, page } = await openPane({
      viewport: PANE,
      errors,
      title,
      axe: true,
      // The analyst's choice, kept on this computer, as the Language select stores it.
      before: async (p) => {
        await p.addInitScript((l) => window.localStorage.setItem('eupact.language', l), language);
      },
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('opens in its language, the page marked so, and shows it at 350 px', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    for (const tab of tabs) {
      // Every tab whole inside the pane: a name running past 350 px is a name cut.
      const box = await page.getByRole('tab', { name: tab }).boundingBox();
      expect({ tab, inside: !!box && box.x >= 0 && box.x + box.width <= PANE.width }).toEqual({
        tab,
        inside: true,
      });
    }
    await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${language}.png`) });
    expect(errors).toEqual([]);
  });

  it('cuts no text and has no serious accessibility violation on any translated tab', async () => {
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tab', { name: tab, selected: true }).waitFor();
      expect({ tab, axe: await seriousViolations(page) }).toEqual({ tab, axe: [] });
      expect({ tab, cut: await cutTexts(page) }).toEqual({ tab, cut: [] });
      const [scrollWidth, clientWidth] = await page.evaluate(() => {
        const main = document.querySelector('main') as HTMLElement;
        return [main.scrollWidth, main.clientWidth];
      });
      expect({ tab, scrollWidth }).toEqual({ tab, scrollWidth: clientWidth });
    }
    expect(errors).toEqual([]);
  });
});
