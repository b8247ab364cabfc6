import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DEFAULT_PARTICIPANTS } from '../src/core';
import { generateReport } from '../src/excel';
import { examplePledging } from '../test/helpers/pledging';
import { FakeWorkbook } from '../test/fakes/fakeExcel';
import { fakeStore } from '../test/fakes/fakeServices';
import { presetReport } from '../test/helpers/reports';
import { median } from './pool';

/** The build to measure (a caller may pass another folder built the same way). */
const DIST = join(__dirname, '../dist');

/**
 * What the pane loads before its first paint: the page and every script the page itself names
 * (webpack's runtime, the chunk shared with the functions, the functions, React and Fluent, the
 * pane). Chunks fetched later by import() (other tabs, the writer, readers, ExcelJS) are not;
 * office.js comes from Microsoft's CDN and is not counted. The page's static placeholder paints
 * before any of these scripts has run.
 */
export function firstPaintBytes(dist = DIST): {
  raw: number;
  gzip: number;
  files: string[];
  /** Gzipped bytes of each file, in the page's order. */
  each: Record<string, number>;
} {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)]
    .map((m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src));
  const styles = [...html.matchAll(/<link[^>]*rel="?stylesheet"?[^>]*href="?([^"\s>]+)"?/g)]
    .map((m) => m[1] as string)
    .filter((href) => !/^https?:/.test(href));
  const files = ['taskpane.html', ...styles, ...scripts];
  let raw = 0;
  let gzip = 0;
  const each: Record<string, number> = {};
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    each[f] = gzipSync(bytes, { level: 9 }).length;
    gzip += each[f];
  }
  return { raw, gzip, files, each };
}

/** First-paint script and page, gzipped: 190 KB (issue 16), in thousands of bytes as the shell e2e test counts. */
export const FIRST_PAINT_BUDGET = 190_000;

/** The pools a generation is measured on, by their participants (a test holds each valid). */
export const GENERATION_POOLS: readonly (readonly [string, readonly string[]])[] = [
  ['3 states', DEFAULT_PARTICIPANTS.slice(0, 3)],
  ['26 states', DEFAULT_PARTICIPANTS],
];

/**
 * A full generation against the recording fake: round trips and wall time, from 3 states to every
 * participating Member State (Annex I's key sums over Member States only: a Dublin-associated state
 * is not a row of it, so no larger pool exists).
 */
export async function benchTaskpane(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const [label, participants] of GENERATION_POOLS) {
    const spec = presetReport('latest', { participants: [...participants] }).spec;
    const times: number[] = [];
    let syncs = 0;
    let regenerateSyncs = 0;
    for (let i = 0; i < 5; i += 1) {
      const wb = new FakeWorkbook();
      const store = fakeStore(wb);
      const t = performance.now();
      const first = await generateReport(spec, { run: wb.run, store });
      times.push(performance.now() - t);
      syncs = first.syncs;
      regenerateSyncs = (await generateReport(spec, { run: wb.run, store })).syncs;
    }
    figures[`context.sync() calls, first generation, ${label}`] = syncs;
    figures[`context.sync() calls, regeneration, ${label}`] = regenerateSyncs;
    figures[`generation wall time against the fake, ${label}, median of 5 (ms)`] = median(times);
  }
  {
    // The whole round: seven sheets with Pledges and Balance.
    const spec = presetReport('2026-council', {}, examplePledging()).spec;
    const wb = new FakeWorkbook();
    const t = performance.now();
    const outcome = await generateReport(spec, { run: wb.run, store: fakeStore(wb) });
    figures['context.sync() calls, 26 states with the pledging round (7 sheets)'] = outcome.syncs;
    figures['generation wall time against the fake, with the pledging round (ms)'] =
      performance.now() - t;
  }
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('Run `npm run build` first.');
  const paint = firstPaintBytes();
  figures[`before first paint, gzipped (bytes): ${paint.files.join(' + ')}`] = paint.gzip;
  figures['before first paint, raw (bytes)'] = paint.raw;
  // Issue 16's budget for the first paint's script.
  figures['before first paint, budget, gzipped (bytes)'] = FIRST_PAINT_BUDGET;
  if (paint.gzip > FIRST_PAINT_BUDGET)
    console.warn(
      `First paint is over its budget: ${paint.gzip} > ${FIRST_PAINT_BUDGET} bytes gzipped`,
    );
  for (const [file, bytes] of Object.entries(paint.each)) {
    figures[`  of which ${file}, gzipped (bytes)`] = bytes;
  }
  console.log('\nTask pane');
  console.table(figures);
  return figures;
}
