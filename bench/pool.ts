import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPreset, loadVintage } from '../src/data';
import { buildPoolReport } from '../src/report';
import { toXlsxBuffer } from '../src/xlsx';

const ROOT = join(__dirname, '..');
const RUNS = 5;

/** Wall time of one command, in ms; it must succeed. */
function wall(command: string, args: readonly string[]): number {
  const t = performance.now();
  execFileSync(command, [...args], { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - t;
}

/**
 * The command line: wall time of `npm run pool` against a bare ExcelJS script that reads the same
 * workbook and writes its cells again (bench/excelBaseline.cjs), medians of 5 runs each, taken in
 * turns so that the machine's load weighs on both alike; and the workbook's size.
 */
export async function benchPool(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'pact-bench-'));
  const pool = join(ROOT, 'scripts', 'pool.cjs');
  const workbook = join(dir, 'pool.xlsx');
  execFileSync(process.execPath, [pool, '--out', workbook], { cwd: ROOT, stdio: 'ignore' }); // builds if stale
  const size = statSync(workbook).size;
  const baseline: number[] = [];
  const direct: number[] = [];
  const viaNpm: number[] = [];
  const viaTsx: number[] = [];
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  for (let i = 0; i < RUNS; i += 1) {
    const out = (name: string) => join(dir, `${name}-${i}.xlsx`);
    baseline.push(
      wall(process.execPath, [join(__dirname, 'excelBaseline.cjs'), workbook, out('copy')]),
    );
    direct.push(wall(process.execPath, [pool, '--out', out('pool')]));
    viaNpm.push(wall('npm', ['run', '--silent', 'pool', '--', '--out', out('npm')]));
    // As before issue 10: TypeScript compiled by tsx at every start.
    viaTsx.push(
      wall(process.execPath, [tsx, join(ROOT, 'src', 'cli', 'pool.ts'), '--out', out('tsx')]),
    );
  }

  const preset = findPreset('latest');
  const t0 = performance.now();
  const n = 20;
  for (let i = 0; i < n; i += 1) {
    const report = buildPoolReport({
      scenarioName: preset.id,
      scenarioDescription: preset.description,
      scenario: preset.scenario,
      data: loadVintage(preset.vintage),
      categoriesSource: preset.categoriesSource,
      generatedAt: new Date().toISOString(),
      toolVersion: 'bench',
    });
    await toXlsxBuffer(report.spec);
  }
  const inProcess = (performance.now() - t0) / n;

  const ratio = median(direct) / median(baseline);
  const figures = {
    'ExcelJS read + write cells baseline, median of 5 (ms)': median(baseline),
    'node scripts/pool.cjs (built JS), median of 5 (ms)': median(direct),
    'npm run pool, median of 5 (ms)': median(viaNpm),
    'tsx src/cli/pool.ts (before), median of 5 (ms)': median(viaTsx),
    'pool ÷ baseline (target ≤ 1.5)': ratio,
    'npm run pool ÷ baseline': median(viaNpm) / median(baseline),
    'report + xlsx in process, mean of 20 (ms)': inProcess,
    'workbook size (bytes)': size,
  };
  console.log('\nCommand line (npm run pool)');
  console.table(figures);
  return figures;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
