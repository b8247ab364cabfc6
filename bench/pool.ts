import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPreset, loadVintage } from '../src/data';
import { buildPoolReport } from '../src/report';
import { toXlsxBuffer } from '../src/xlsx';

/** The command line: wall time of `npm run pool` as a user runs it, and the workbook's size. */
export async function benchPool(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'pact-bench-'));
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const out = join(dir, `pool-${i}.xlsx`);
    const t = performance.now();
    execFileSync('npm', ['run', '--silent', 'pool', '--', '--out', out], { stdio: 'ignore' });
    runs.push(performance.now() - t);
  }
  const size = statSync(join(dir, 'pool-0.xlsx')).size;

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

  const figures = {
    'npm run pool wall time, median of 3 (ms)': median(runs),
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
