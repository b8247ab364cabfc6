// Evaluations per second of the EUPACT functions over a 10,000-row sheet, through the wrappers Excel
// calls: cell by cell (10,000 calls, one cell each, as [[x]]) and spilled (one call over 10,000-row
// ranges); and the gzipped size of the functions bundle Excel downloads.
//   npx tsx -e "require('./bench/functions').benchFunctions()"
// (In this CommonJS package, tsx gives `import()` from -e only a default export for an ES-syntax
// .ts file: `import('./bench/functions').then((m) => m.default.benchFunctions())` works too.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { DEFAULT_PARTICIPANTS } from '../src/core';
import { figureLookup, loadVintage } from '../src/data';
import { setActiveIndicatorSet } from '../src/functions/activeData';
import * as eupact from '../src/functions/functions';
import {
  installCustomFunctionsStub,
  StubCustomFunctionsError,
} from '../test/functions/customFunctionsStub';

const ROWS = 10_000;
const ROOT = resolve(__dirname, '..');

type Call = () => unknown[][];

interface Case {
  readonly name: string;
  /** The call of row i, with the arguments Excel passes for one cell. */
  readonly cell: (i: number) => Call;
  /** One call over the whole 10,000-row ranges. */
  readonly spilled: Call;
}

const _ = null as never;
const column = <T>(f: (i: number) => T): T[][] => Array.from({ length: ROWS }, (_x, i) => [f(i)]);

function cases(): Case[] {
  const data = loadVintage('2026-reference');
  const figures = figureLookup(data);
  const code = (i: number) => DEFAULT_PARTICIPANTS[i % DEFAULT_PARTICIPANTS.length]!;
  const pops = column((i) => figures(code(i))!.population!);
  const gdps = column((i) => figures(code(i))!.gdp!);
  const codes = column(code);
  const copies = [0, 1].map(() => [pops.map((r) => [...r]), gdps.map((r) => [...r])] as const);
  const shares = eupact.fairShare(pops, gdps, _, _);
  const values = column((i) => 1_000 + (i % 97));
  const total = values.reduce((s, [v]) => s + v!, 0);
  const indicators = ['population', 'gdp', 'temporaryProtection'];
  const tp = [['temporaryProtection']];
  return [
    {
      name: 'FAIRSHARE (figures, participants’ columns of 10,000 rows)',
      // Excel passes each row's call a new copy of the columns: alternate two equal copies, so that
      // every call compares the values it is given (a column is never the same array twice).
      cell: (i) => () =>
        eupact.fairShare([pops[i]!], [gdps[i]!], copies[i % 2]![0], copies[i % 2]![1]),
      spilled: () => eupact.fairShare(pops, gdps, _, _),
    },
    {
      name: 'FAIRSHARE (codes)',
      cell: (i) => () => eupact.fairShare([codes[i]!], [['2026-reference']], _, _),
      spilled: () => eupact.fairShare(codes, [['2026-reference']], _, _),
    },
    {
      name: 'PRESSURE_SCORE (figures)',
      cell: (i) => () => eupact.pressureScore([values[i]!], [shares[i]!], [[total]], _),
      spilled: () => eupact.pressureScore(values, shares, _, _),
    },
    {
      name: 'PRESSURE_SCORE (codes)',
      cell: (i) => () => eupact.pressureScore([codes[i]!], tp, _, '2026-reference'),
      spilled: () => eupact.pressureScore(codes, tp, _, '2026-reference'),
    },
    {
      name: 'OFFSET_VALUE',
      cell: (i) => () => eupact.offsetValue([values[i]!], _),
      spilled: () => eupact.offsetValue(values, _),
    },
    {
      name: 'OFFSET_COUNT',
      cell: (i) => () => eupact.offsetCount([values[i]!], 25_000),
      spilled: () => eupact.offsetCount(values, 25_000),
    },
    {
      name: 'CONTRIBUTION (codes)',
      cell: (i) => () =>
        eupact.contribution([codes[i]!], 'relocations', 21_000, 420_000_000, '2026-reference'),
      spilled: () =>
        eupact.contribution(codes, 'relocations', 21_000, 420_000_000, '2026-reference'),
    },
    {
      name: 'ART63_STATUS',
      cell: (i) => () => eupact.art63Status([[i * 3]], 21_000, _, _, _),
      spilled: () =>
        eupact.art63Status(
          column((i) => i * 3),
          21_000,
          _,
          _,
          _,
        ),
    },
    {
      name: 'SOURCE',
      cell: (i) => () => eupact.source([[indicators[i % 3]]], '2026-reference'),
      spilled: () =>
        eupact.source(
          column((i) => indicators[i % 3]),
          '2026-reference',
        ),
    },
  ];
}

/** A benchmark that measured error paths would measure nothing: every result must be a value. */
function assertValues(name: string, result: unknown[][]): void {
  for (const row of result) {
    for (const v of row) {
      if (v instanceof StubCustomFunctionsError || v === undefined) {
        throw new Error(`${name} returned an error: ${JSON.stringify(v)}`);
      }
    }
  }
}

/** The best of three timed runs after a warm-up (caches and the JIT), as evaluations per second. */
function evaluationsPerSecond(run: () => void): number {
  run();
  let best = Infinity;
  for (let k = 0; k < 3; k += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return ROWS / (best / 1000);
}

function gzippedFunctionsJs(): number {
  const file = resolve(ROOT, 'dist/functions.js');
  if (!existsSync(file)) {
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  }
  return gzipSync(readFileSync(file)).length;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

export async function benchFunctions(): Promise<Record<string, number>> {
  installCustomFunctionsStub();
  setActiveIndicatorSet(undefined);
  const results: Record<string, number> = {};
  const lines: [string, string, string][] = [];
  for (const c of cases()) {
    assertValues(c.name, c.spilled());
    for (let i = 0; i < 3; i += 1) assertValues(c.name, c.cell(i)());
    const calls = Array.from({ length: ROWS }, (_x, i) => c.cell(i));
    const cellByCell = evaluationsPerSecond(() => {
      for (const call of calls) call();
    });
    const spilled = evaluationsPerSecond(() => {
      c.spilled();
    });
    results[`${c.name}: cell by cell (evaluations/s)`] = cellByCell;
    results[`${c.name}: spilled (evaluations/s)`] = spilled;
    lines.push([c.name, fmt(cellByCell), fmt(spilled)]);
  }
  const gzipped = gzippedFunctionsJs();
  results['functions.js gzipped (bytes)'] = gzipped;

  const head: [string, string, string] = [
    'function (10,000 rows)',
    'cell by cell /s',
    'spilled /s',
  ];
  const widths = head.map((h, k) => Math.max(h.length, ...lines.map((l) => l[k]!.length)));
  const row = (cells: string[]) =>
    cells
      .map((cell, k) => (k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!)))
      .join('  ');
  console.log(
    [
      'EUPACT functions: evaluations per second, through the wrappers Excel calls',
      row(head),
      row(widths.map((w) => '-'.repeat(w))),
      ...lines.map(row),
      '',
      `dist/functions.js gzipped: ${fmt(gzipped)} bytes (${(gzipped / 1024).toFixed(1)} KiB)`,
    ].join('\n'),
  );
  return results;
}
