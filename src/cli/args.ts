import { parseArgs } from 'node:util';
import { DEFAULT_PRESET, PRESETS, vintageIds } from '../data';

export interface PoolOptions {
  readonly scenario: string;
  readonly data: string | undefined;
  readonly relocations: number | undefined;
  readonly financialEur: number | undefined;
  readonly eurPerRelocation: number | undefined;
  readonly out: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly help: boolean;
}

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm run pool -- [options]

Writes the solidarity pool workbook (Indicators, Fair share, Pool, Pressure, Methodology).

  --scenario NAME          ${PRESETS.map((p) => p.id).join(' | ')} (default ${DEFAULT_PRESET})
  --data VINTAGE           bundled data: ${vintageIds().join(' | ')} (default: the scenario's)
  --relocations N          relocation total; alone, the financial total follows at the ratio
  --financial EUR          financial total in euros; alone, the relocations follow at the ratio
  --eur-per-relocation EUR value of one relocation (default 20000, recital 15)
  --out FILE               the workbook to write (default solidarity-pool.xlsx)
  --force                  overwrite FILE if it exists
  --json                   print the pool table as JSON instead of writing a workbook
  --help                   this text`;

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(/_/g, ''));
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`--${name} must be a number above zero, got "${raw}".`);
  }
  return n;
}

export function parsePoolArgs(argv: readonly string[]): PoolOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        data: { type: 'string' },
        relocations: { type: 'string' },
        financial: { type: 'string' },
        'eur-per-relocation': { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/\s*\n\s*/g, ' ')} (see --help).`);
  }
  const v = parsed.values;
  const scenario = v.scenario ?? DEFAULT_PRESET;
  if (!PRESETS.some((p) => p.id === scenario)) {
    throw new UsageError(
      `Unknown scenario "${scenario}": choose ${PRESETS.map((p) => p.id).join(', ')}.`,
    );
  }
  if (v.data !== undefined && !vintageIds().includes(v.data)) {
    throw new UsageError(`Unknown data "${v.data}": choose ${vintageIds().join(', ')}.`);
  }
  if (v.out !== undefined && v.json) {
    throw new UsageError('--out and --json exclude each other: --json prints to the terminal.');
  }
  const out = v.out ?? 'solidarity-pool.xlsx';
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file, got "${out}".`);
  return {
    scenario,
    data: v.data,
    relocations: positive('relocations', v.relocations),
    financialEur: positive('financial', v.financial),
    eurPerRelocation: positive('eur-per-relocation', v['eur-per-relocation']),
    out,
    json: v.json ?? false,
    force: v.force ?? false,
    help: v.help ?? false,
  };
}
