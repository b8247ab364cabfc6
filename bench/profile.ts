import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { startPane } from '../test/e2e/harness';
import { OBSERVE, recorded } from './browser';

/**
 * `npm run bench -- profile`: where the main thread's time goes, at the bench's 4× CPU throttling,
 * for the three moments the budgets measure (the load, each tab's first click, typing in the grid).
 * Prints the functions with the most time of their own and the most time under them, and writes
 * each CPU profile (.cpuprofile, for Chrome DevTools) to PROFILE_DIR (the system's tmp by default).
 * For readable names, build unminified first and point E2E_DIST at it:
 * `npx webpack --mode production --env local --no-optimization-minimize --output-path dist-unminified`
 * (a folder of the repository, ignored by git), then `E2E_DIST=dist-unminified npm run bench -- profile`.
 */

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * The profile cut into runs of work with no idle sample between them (a task, or tasks back to
 * back): those over 50 ms are what total blocking time counts, each with what ran most under it.
 */
export function busyRuns(
  p: Profile,
  over = 50,
): { startMs: number; ms: number; top: [string, number][] }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const idle = new Set(
    p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const runs: { startMs: number; ms: number; top: [string, number][] }[] = [];
  let at = 0;
  let i = 0;
  while (i < p.samples.length) {
    while (i < p.samples.length && idle.has(p.samples[i]!)) at += p.timeDeltas[i++]! / 1000;
    const start = at;
    const from = i;
    while (i < p.samples.length && !idle.has(p.samples[i]!)) at += p.timeDeltas[i++]! / 1000;
    if (at - start < over) continue;
    const sub: Profile = {
      ...p,
      samples: p.samples.slice(from, i),
      timeDeltas: p.timeDeltas.slice(from, i + 1),
    };
    const { total } = summarise(sub, 40);
    const generic = /vendor\.js|\(root\)|\(program\)|runtime\.js/;
    runs.push({
      startMs: start,
      ms: at - start,
      top: total
        .filter(([l]) => !generic.test(l) || /makeStyles|__styles|insert/.test(l))
        .slice(0, 12),
    });
  }
  void byId;
  return runs;
}

const TOP = Number(process.env.PROFILE_TOP ?? 25);
const DIR = process.env.PROFILE_DIR ?? '/tmp';

/** A function's name, file and line, as DevTools shows it. */
function label(n: Node): string {
  const file = n.callFrame.url.split('/').pop() || '(native)';
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
}

/** Self and inclusive milliseconds per function (recursion counted once in inclusive time). */
export function summarise(
  p: Profile,
  top = TOP,
): { self: [string, number][]; total: [string, number][] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  });
  const sorted = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { self: sorted(self), total: sorted(total) };
}

async function profiled(cdp: CDPSession, name: string, act: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.start');
  await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(join(DIR, `pane-${name}.cpuprofile`), JSON.stringify(profile));
  const { self, total } = summarise(profile);
  const ms = (profile.endTime - profile.startTime) / 1000;
  console.log(`\n== ${name}: ${Math.round(ms)} ms profiled`);
  const idle = self.find(([l]) => l.startsWith('(idle)'))?.[1] ?? 0;
  console.log(`   busy ${Math.round(ms - idle)} ms`);
  console.log('   self:');
  for (const [l, v] of self) console.log(`   ${v.toFixed(1).padStart(8)}  ${l}`);
  console.log('   total:');
  for (const [l, v] of total) console.log(`   ${v.toFixed(1).padStart(8)}  ${l}`);
}

const clickTab = (page: Page, tab: string) =>
  page.evaluate(async (name) => {
    const el = [...document.querySelectorAll('[role="tab"]')].find((t) =>
      (t.textContent ?? '').trim().startsWith(name),
    ) as HTMLElement;
    el.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const main = document.querySelector('main');
      if (main?.getAttribute('aria-label') === name && !main.textContent?.includes('Loading…'))
        return;
    }
  }, tab);

export async function profilePane(): Promise<void> {
  const errors: string[] = [];
  let cdp: CDPSession | undefined;
  const pane = await startPane({
    viewport: { width: 350, height: 700 },
    locale: 'en-GB',
    errors,
    before: async (p) => {
      cdp = await p.context().newCDPSession(p);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      await p.addInitScript(OBSERVE);
    },
  });
  const page = pane.page;
  try {
    await page.getByRole('tab', { name: 'Data' }).waitFor();
    // The load: until the pane has been quiet for 3 s.
    await page.waitForTimeout(3000);
    const { profile } = (await cdp!.send('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync(join(DIR, 'pane-load.cpuprofile'), JSON.stringify(profile));
    const { self, total } = summarise(profile);
    console.log('\n== load: runs of work over 50 ms');
    for (const r of busyRuns(profile)) {
      console.log(`   at ${Math.round(r.startMs)} ms, ${Math.round(r.ms)} ms`);
      for (const [l, v] of r.top) console.log(`   ${v.toFixed(1).padStart(8)}  ${l}`);
    }
    console.log('\n== load');
    for (const [l, v] of self) console.log(`   ${v.toFixed(1).padStart(8)}  ${l}`);
    console.log('   total:');
    for (const [l, v] of total) console.log(`   ${v.toFixed(1).padStart(8)}  ${l}`);
    for (const tab of ['Scenario', 'Pledges', 'Implementation', 'Results', 'Share'])
      await profiled(cdp!, `click-${tab}`, () => clickTab(page, tab));
    await page.getByRole('tab', { name: 'Pledges' }).click();
    const cell = page.getByRole('textbox', { name: 'Relocations pledged by France' });
    await cell.click();
    await profiled(cdp!, 'keystroke', async () => {
      await page.keyboard.type('1');
      await page.waitForTimeout(300);
    });
    await profiled(cdp!, 'keystrokes', async () => {
      await page.keyboard.type('234');
      await page.waitForTimeout(300);
    });
    // Each key typed, input to next paint (Event Timing), as the bench measures it.
    const keys = (await recorded(page)).events.filter(([n]) => n === 'keydown');
    console.log(`\nkeystrokes (ms): ${keys.map(([, , , d]) => d).join(', ')}`);
    if (errors.length > 0) console.warn(`The pane reported errors: ${errors.join('; ')}`);
  } finally {
    await pane.browser.close();
    pane.server.close();
  }
}
