import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MethodologyError } from '../core';
import { findPreset, presetNotes, type Preset } from '../data';
import { buildPoolReport, presetScenario } from '../report';
import { toXlsxBuffer } from '../xlsx';
import { parsePoolArgs, USAGE, UsageError, type PoolOptions } from './args';
import { compareJson } from './compareJson';
import { IndicatorsFileError, withIndicatorFiles } from './indicatorsFile';
import {
  ImplementationFileError,
  implementationFromOptions,
  withImplementationJson,
} from './implementationFile';
import { PledgesFileError, readPledgesFile } from './pledgesFile';
import { poolJson } from './poolJson';
import { scenarioFromOptions } from './scenarioFromOptions';
import { shareCopies } from './shareCopies';
import { summaryLines } from './summary';
import { checkTargets, OutputError, writeAll } from './writeFiles';

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Where the user stands: npm runs scripts from the package root, and says in INIT_CWD the folder
 * `npm run pool` was typed in; relative --out, --pledges and --indicators are taken from there.
 */
export function userFolder(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** The options with every path made absolute from the user's folder. */
function fromFolder(options: PoolOptions, folder: string): PoolOptions {
  return {
    ...options,
    out: resolve(folder, options.out),
    pledges: options.pledges === undefined ? undefined : resolve(folder, options.pledges),
    implementation:
      options.implementation === undefined ? undefined : resolve(folder, options.implementation),
    needs: options.needs === undefined ? undefined : resolve(folder, options.needs),
    indicators: options.indicators.map((i) => ({ ...i, file: resolve(folder, i.file) })),
  };
}

/** A figure exactly as used: 2.5 relocations is never summarised as 3. */
function exactly(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 20 });
}

export async function main(
  argv: readonly string[],
  now = new Date(),
  folder = userFolder(),
): Promise<number> {
  try {
    const options = fromFolder(parsePoolArgs(argv), folder);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options.version) {
      process.stdout.write(`${toolVersion()}\n`);
      return 0;
    }
    const chosen = scenarioFromOptions(options);
    const { preset, scenario } = chosen;
    const indicators = withIndicatorFiles(
      chosen.data,
      options.indicators,
      scenario.participants,
      now,
      options,
    );
    const data = indicators.data;
    const notes = presetNotes(preset, options.data ?? preset.vintage, options.indicators.length);
    const pledgesRead = options.pledges
      ? readPledgesFile(options.pledges, scenario.participants, options.decimal)
      : undefined;
    const pledging = pledgesRead?.round;
    const fileNotes = [...indicators.notes, ...(pledgesRead?.notes ?? [])];
    // A copy names its scenarios as the pane does (issue 16); the workbook and JSON by their ids.
    const named = (p: Preset) => (options.share ? { scenarioName: p.label } : {});
    const b = options.compare ? findPreset(options.compare) : undefined;
    const built = buildPoolReport({
      ...presetScenario(preset, scenario, data),
      ...named(preset),
      ...notes,
      ...(b ? { compareWith: { ...presetScenario(b), ...named(b) } } : {}),
      generatedAt: now.toISOString(),
      toolVersion: toolVersion(),
      ...(pledging ? { pledging } : {}),
    });
    const report = implementationFromOptions(built, options, preset.id, now);
    if (options.json) {
      const json = withImplementationJson(
        {
          ...poolJson(report, preset, data),
          ...(report.comparison ? { compare: compareJson(report.comparison) } : {}),
        },
        report,
      );
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      // The terminal still hears of skipped rows; stdout stays pure JSON.
      for (const note of fileNotes) process.stderr.write(`Note: ${note}\n`);
      return 0;
    }
    // A copy follows the pane's rule: Compare out unless asked for, the marking by the stage.
    const shared = options.share ? shareCopies(options, report, scenario, data) : undefined;
    const files = shared ? shared.files : [{ path: options.out, spec: report.spec }];
    // Nothing is written unless every file can be: every target checked first (an analyst's
    // workbook is never overwritten silently), then all written, or none.
    checkTargets(
      files.map((f) => f.path),
      options.force,
    );
    await writeAll(
      files.map((f) => ({ path: f.path, contents: () => toXlsxBuffer(f.spec) })),
      options.force,
    );
    const t = report.result.totals;
    const what = options.share
      ? `${files.length === 1 ? 'a copy' : `${files.length} copies`} for delegations`
      : 'the workbook';
    process.stdout.write(
      `Wrote ${what}: ${files.map((f) => f.path).join(', ')}: ${report.result.participants.length} states, ` +
        `${exactly(t.relocations)} relocations, EUR ${exactly(t.financialEur)} ` +
        `(scenario ${preset.id}; data: ${data.label}${pledging ? `; pledges: ${pledging.source}` : ''}).\n`,
    );
    for (const line of shared?.lines ?? []) process.stdout.write(`${line}\n`);
    for (const line of summaryLines(report.result, report.assessment)) {
      process.stdout.write(`${line}\n`);
    }
    for (const caveat of notes.caveats) process.stdout.write(`Note: ${caveat}\n`);
    for (const note of fileNotes) process.stdout.write(`Note: ${note}\n`);
    if (report.comparison && !shared)
      process.stdout.write(`Compare sheet: against ${report.comparison.b.name}.\n`);
    return 0;
  } catch (e) {
    const known =
      e instanceof UsageError ||
      e instanceof MethodologyError ||
      e instanceof PledgesFileError ||
      e instanceof ImplementationFileError ||
      e instanceof IndicatorsFileError ||
      e instanceof OutputError;
    // One line (a file's problems, one per line below it); a stack only when asked for.
    const message = known
      ? (e as Error).message
      : `unexpected error: ${(e as Error).message ?? String(e)} (POOL_DEBUG=1 shows where; please report it).`;
    process.stderr.write(`pool: ${message}\n`);
    if (!known && process.env.POOL_DEBUG) process.stderr.write(`${String((e as Error).stack)}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
