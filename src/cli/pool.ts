import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MethodologyError } from '../core';
import { findPreset, loadVintage } from '../data';
import { buildPoolReport, delegationCopy, type PoolReport, type WorkbookSpec } from '../report';
import { toXlsxBuffer } from '../xlsx';
import { parsePoolArgs, USAGE, UsageError, type PoolOptions } from './args';
import { compareJson } from './compareJson';
import { PledgesFileError, readPledgesFile } from './pledgesFile';
import { poolJson } from './poolJson';
import { scenarioFromOptions } from './scenarioFromOptions';

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The files to write and what goes in each: the workbook, or copies for delegations. */
function outputs(options: PoolOptions, report: PoolReport): { path: string; spec: WorkbookSpec }[] {
  if (!options.share) return [{ path: options.out, spec: report.spec }];
  const marking = options.marking;
  const copy = (state?: string) =>
    delegationCopy(report.spec, { ...(marking ? { marking } : {}), ...(state ? { state } : {}) });
  const stem = options.out.replace(/\.xlsx$/i, '');
  if (options.delegation === 'each') {
    return report.result.participants.map((code) => ({
      path: `${stem}-${code}.xlsx`,
      spec: copy(code),
    }));
  }
  if (options.delegation && !report.result.participants.includes(options.delegation)) {
    throw new UsageError(`--delegation ${options.delegation} is not a participating state.`);
  }
  return [
    {
      path: options.delegation ? `${stem}-${options.delegation}.xlsx` : options.out,
      spec: copy(options.delegation),
    },
  ];
}

/** A preset as scenario B of a comparison, on its own data (saved scenarios are the pane's). */
function presetToCompare(id: string) {
  const preset = findPreset(id);
  return {
    scenarioName: preset.id,
    scenarioDescription: preset.description,
    scenario: preset.scenario,
    data: loadVintage(preset.vintage),
    categoriesSource: preset.categoriesSource,
    caveats: preset.caveats,
  };
}

export async function main(argv: readonly string[], now = new Date()): Promise<number> {
  try {
    const options = parsePoolArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { preset, scenario, data } = scenarioFromOptions(options);
    // The preset's caveats describe its own data: not another vintage chosen with --data.
    const ownData = options.data === undefined || options.data === preset.vintage;
    const pledging = options.pledges
      ? readPledgesFile(options.pledges, scenario.participants)
      : undefined;
    const report = buildPoolReport({
      scenarioName: preset.id,
      scenarioDescription: preset.description,
      scenario,
      data,
      categoriesSource: preset.categoriesSource,
      caveats: ownData ? preset.caveats : [],
      ...(preset.published ? { published: preset.published } : {}),
      ...(options.compare ? { compareWith: presetToCompare(options.compare) } : {}),
      generatedAt: now.toISOString(),
      toolVersion: toolVersion(),
      ...(pledging ? { pledging } : {}),
    });
    if (options.json) {
      const json = report.comparison
        ? { pool: poolJson(report), compare: compareJson(report.comparison) }
        : poolJson(report);
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const files = outputs(options, report);
    // Nothing is written unless every file can be: an analyst's workbook is never overwritten silently.
    const taken = options.force ? [] : files.filter((f) => existsSync(f.path));
    if (taken.length > 0) {
      throw new UsageError(
        `${taken.map((f) => f.path).join(', ')} ${taken.length === 1 ? 'exists' : 'exist'}: choose another --out, or add --force to replace ${taken.length === 1 ? 'it' : 'them'}.`,
      );
    }
    for (const f of files)
      writeFileSync(f.path, await toXlsxBuffer(f.spec), { flag: options.force ? 'w' : 'wx' });
    const t = report.result.totals;
    const what = options.share
      ? `${files.length === 1 ? 'a copy' : `${files.length} copies`} for delegations`
      : 'the workbook';
    process.stdout.write(
      `Wrote ${what}: ${files.map((f) => f.path).join(', ')}: ${report.result.participants.length} states, ` +
        `${t.relocations.toLocaleString('en-GB', { maximumFractionDigits: 0 })} relocations, ` +
        `EUR ${t.financialEur.toLocaleString('en-GB', { maximumFractionDigits: 0 })} ` +
        `(scenario ${preset.id}; data: ${data.label}${pledging ? `; pledges: ${pledging.source}` : ''}).\n`,
    );
    if (report.round)
      for (const line of report.round.pool.consequences) process.stdout.write(`${line}\n`);
    for (const caveat of ownData ? preset.caveats : []) process.stdout.write(`Note: ${caveat}\n`);
    if (report.comparison)
      process.stdout.write(`Compare sheet: against ${report.comparison.b.name}.\n`);
    return 0;
  } catch (e) {
    const known =
      e instanceof UsageError || e instanceof MethodologyError || e instanceof PledgesFileError;
    process.stderr.write(
      `pool: ${known ? (e as Error).message : String((e as Error).stack ?? e)}\n`,
    );
    return e instanceof UsageError ? 2 : 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
