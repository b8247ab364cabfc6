import type { Page } from 'playwright-core';
import { startPane } from '../test/e2e/harness';
import { median } from './pool';

/** The budgets of issue 16, at 4× CPU throttling, medians of five cold loads. */
export const BUDGETS = {
  'time to interactive (ms)': 1200,
  'total blocking time (ms)': 300,
  'slowest first click on a tab (ms)': 150,
  'slowest grid keystroke (ms)': 50,
} as const;

/** Five cold loads, as issue 16 asks (BENCH_RUNS only to try a change quickly). */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLING = Number(process.env.THR ?? 4);
/** Lighthouse waits for 5 s without a long task; the same window here. */
const QUIET_MS = 5000;
/** Every tab, in the order of work; the Data tab opens first, so it is clicked last. */
const TABS = ['Scenario', 'Pledges', 'Implementation', 'Results', 'Share', 'Data'] as const;

/**
 * Installed before any script of the page runs: records every long task (over 50 ms of main
 * thread) and every input event's duration to the next paint (Event Timing), in the page's clock.
 */
export const OBSERVE = `
  window.__bench = { long: [], events: [] };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__bench.long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      window.__bench.events.push([e.name, e.interactionId || 0, e.startTime, e.duration]);
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
`;

interface Recorded {
  long: [number, number][];
  events: [string, number, number, number][];
}
export const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);

/**
 * Time to interactive as Lighthouse defines it (the end of the last long task before a quiet window
 * of 5 s, and never before the pane itself is on screen), and total blocking time between the first
 * contentful paint and it (each long task's time above 50 ms).
 */
async function loadFigures(page: Page): Promise<{ tti: number; tbt: number }> {
  const ready = await page.evaluate(() => {
    // The tabs are React's: the static placeholder has none.
    const t = performance.getEntriesByName('pane-ready')[0];
    return t ? t.startTime : performance.now();
  });
  // Wait until the main thread has been quiet for the whole window.
  for (;;) {
    const { long } = await recorded(page);
    const last = long.reduce((m, [s, d]) => Math.max(m, s + d), 0);
    const now = await page.evaluate(() => performance.now());
    if (now - Math.max(last, ready) >= QUIET_MS) break;
    await page.waitForTimeout(500);
  }
  const { long } = await recorded(page);
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  );
  const tti = Math.max(
    ready,
    long.reduce((m, [s, d]) => Math.max(m, s + d), 0),
  );
  const tbt = long
    .filter(([s]) => s >= fcp && s < tti)
    .reduce((t, [s, d]) => t + Math.max(0, Math.min(s + d, tti) - Math.max(s, fcp) - 50), 0);
  return { tti, tbt };
}

/**
 * The first click on each tab: from the click's time stamp to the first frame where the tab's own
 * panel (not "Loading…") is in the page, or to the next paint as Event Timing measures it, whichever
 * is later.
 */
async function firstClicks(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of TABS) {
    const before = (await recorded(page)).events.length;
    const shown = await page.evaluate(async (tab) => {
      const el = [...document.querySelectorAll('[role="tab"]')].find((t) =>
        (t.textContent ?? '').trim().startsWith(tab),
      ) as HTMLElement;
      const start = performance.now();
      el.click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const main = document.querySelector('main');
        if (main?.getAttribute('aria-label') === tab && !main.textContent?.includes('Loading…'))
          return performance.now() - start;
      }
    }, name);
    await page.waitForTimeout(300);
    const events = (await recorded(page)).events.slice(before).filter(([n]) => n === 'click');
    out[name] = Math.max(shown, ...events.map(([, , , d]) => d));
  }
  return out;
}

/**
 * Typing in the pledge grid: each key event's time from input to next paint, over 24 keys (those
 * under 16 ms are not reported by Event Timing, and count as under any budget).
 */
async function keystrokes(page: Page): Promise<number[]> {
  await page.locator('[role="tab"]', { hasText: 'Pledges' }).click();
  const before = (await recorded(page)).events.length;
  for (const state of ['France', 'Germany', 'Italy', 'Spain']) {
    // Found by its attribute, not its role: a role query is a long task of its own at 4×, and
    // would delay the paint of the keystroke before it.
    await page.locator(`[aria-label="Relocations pledged by ${state}"]`).click();
    await page.keyboard.type('1234');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
  }
  await page.waitForTimeout(500);
  const events = (await recorded(page)).events
    .slice(before)
    .filter(([n]) => n === 'keydown' || n === 'keypress' || n === 'keyup');
  return events.map(([, , , d]) => d);
}

/** One cold load: a fresh browser and profile, the CPU slowed four times from before navigation. */
async function coldLoad(): Promise<Record<string, number>> {
  const errors: string[] = [];
  const pane = await startPane({
    viewport: { width: 350, height: 700 },
    locale: 'en-GB',
    errors,
    readyByMark: true,
    before: async (p) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING });
      await p.addInitScript(OBSERVE);
    },
  });
  try {
    const { tti, tbt } = await loadFigures(pane.page);
    const clicks = await firstClicks(pane.page);
    const keys = await keystrokes(pane.page);
    const keyBudget = BUDGETS['slowest grid keystroke (ms)'];
    if (errors.length > 0) throw new Error(`The pane reported errors: ${errors.join('; ')}`);
    return {
      'time to interactive (ms)': tti,
      'total blocking time (ms)': tbt,
      ...Object.fromEntries(
        Object.entries(clicks).map(([t, v]) => [`first click on ${t} (ms)`, v]),
      ),
      'slowest first click on a tab (ms)': Math.max(...Object.values(clicks)),
      'slowest grid keystroke (ms)': Math.max(0, ...keys),
      // Whether the slowest is one key or many: a single late paint, or typing that is slow.
      [`grid key events over ${keyBudget} ms (count)`]: keys.filter((d) => d > keyBudget).length,
    };
  } finally {
    await pane.browser.close();
    pane.server.close();
  }
}

/** The pane in headless Chromium at 4× CPU throttling: medians of five cold loads, with budgets. */
export async function benchBrowser(): Promise<Record<string, number>> {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await coldLoad());
  const figures: Record<string, number> = {};
  for (const k of Object.keys(runs[0] ?? {}))
    figures[k] = Math.round(median(runs.map((r) => r[k] ?? NaN)));
  console.log(
    `\nTask pane in Chromium, ${THROTTLING}× CPU throttling, median of ${RUNS} cold loads`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures).map(([k, v]) => {
        const budget = BUDGETS[k as keyof typeof BUDGETS];
        return [
          k,
          { value: v, budget: budget ?? '', within: budget ? (v <= budget ? 'yes' : 'NO') : '' },
        ];
      }),
    ),
  );
  return figures;
}
