import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MethodologyError } from '../core';
import { buildPoolReport } from '../report';
import { toXlsxBuffer } from '../xlsx';
import { parsePoolArgs, USAGE, UsageError } from './args';
import { poolJson } from './poolJson';
import { scenarioFromOptions } from './scenarioFromOptions';

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export async function main(argv: readonly string[], now = new Date()): Promise<number> {
  try {
    const options = parsePoolArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { preset, scenario, data } = scenarioFromOptions(options);
    const report = buildPoolReport({
      scenarioName: preset.id,
      scenarioDescription: preset.description,
      scenario,
      data,
      categoriesSource: preset.categoriesSource,
      generatedAt: now.toISOString(),
      toolVersion: toolVersion(),
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(poolJson(report), null, 2)}\n`);
      return 0;
    }
    const bytes = await toXlsxBuffer(report.spec);
    try {
      // 'wx' refuses to replace an existing file: an analyst's workbook is never overwritten silently.
      writeFileSync(options.out, bytes, { flag: options.force ? 'w' : 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new UsageError(
          `${options.out} exists: choose another --out, or add --force to replace it.`,
        );
      }
      throw e;
    }
    const t = report.result.totals;
    process.stdout.write(
      `Wrote ${options.out}: ${report.result.participants.length} states, ` +
        `${t.relocations.toLocaleString('en-GB', { maximumFractionDigits: 0 })} relocations, ` +
        `EUR ${t.financialEur.toLocaleString('en-GB', { maximumFractionDigits: 0 })} ` +
        `(scenario ${preset.id}; data: ${data.label}).\n`,
    );
    return 0;
  } catch (e) {
    const known = e instanceof UsageError || e instanceof MethodologyError;
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
