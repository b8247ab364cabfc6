import { parseArgs } from 'node:util';
import { tryNormalizeCode, type Art63CapReading, type SystemicShortcomingFinding } from '../core';
import { codes, percent, shortcoming } from './lawOptions';
import {
  DEFAULT_PRESET,
  clipText as clip,
  INDICATORS,
  parseStrictNumber,
  PLEDGES_CSV_HEADER,
  IMPLEMENTATION_CSV_HEADER,
  NEEDS_CSV_HEADER,
  PRESETS,
  vintageIds,
} from '../data';
import { markingProblem } from '../report';
import {
  decimalOption,
  FILE_READING_USAGE,
  mapOption,
  type FileReadingOptions,
} from './fileReading';

export interface PoolOptions extends FileReadingOptions {
  readonly scenario: string;
  readonly data: string | undefined;
  readonly relocations: number | undefined;
  readonly financialEur: number | undefined;
  readonly eurPerRelocation: number | undefined;
  /** Art. 57(1): the Council's reference numbers, replacing the preset's. */
  readonly councilRelocations: number | undefined;
  readonly councilFinancialEur: number | undefined;
  /** No Council act: the fair shares rest on the proposal (Art. 12(2), second subparagraph). */
  readonly noCouncilAct: boolean;
  /** Art. 13(4): the High-Level Forum was reconvened (Art. 63(3) needs it). */
  readonly reconvenedForum: boolean;
  /** Art. 60(3), fourth subparagraph: benefitting states with systemic shortcomings. */
  readonly systemicShortcomings: readonly SystemicShortcomingFinding[];
  /** Art. 63(7): the reading of the cap. */
  readonly art63Cap: Art63CapReading | undefined;
  /** Art. 12(5), 57(2): the SAR indicative percentage (a fraction) and its states. */
  readonly sarShare: number | undefined;
  readonly sarStates: readonly string[] | undefined;
  readonly out: string;
  readonly pledges: string | undefined;
  /** With --pledges: implementation records, adding the Implementation sheet (issue 17). */
  readonly implementation: string | undefined;
  /** With --implementation: the needs benefitting states declared (Art. 58(2)). */
  readonly needs: string | undefined;
  /** With --implementation: the pool's year (default: the year the scenario's name starts with). */
  readonly year: number | undefined;
  /** Write copies for delegations instead of the analyst's workbook. */
  readonly share: boolean;
  /** With --share: one state's copy, or `each` for one per participating state. */
  readonly delegation: string | undefined;
  readonly marking: string | undefined;
  readonly json: boolean;
  /** A second preset to compare with: adds the Compare sheet (with --json, the comparison). */
  readonly compare: string | undefined;
  readonly force: boolean;
  readonly help: boolean;
  /** --indicators: files that replace the series they hold, in the order given. */
  readonly indicators: readonly IndicatorFileSpec[];
  readonly version: boolean;
}

/** `--indicators [INDICATOR[:PERIOD]=]FILE`: a file of one indicator, and which one if it does not say. */
export interface IndicatorFileSpec {
  readonly file: string;
  readonly indicator: string | undefined;
  readonly period: string | undefined;
}

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm run pool -- [options]

Writes the solidarity pool workbook (Indicators, Fair share, Pool, Pressure, Methodology; with
--pledges also Pledges and Balance), or copies of it for delegations (--share).

  --scenario NAME          ${PRESETS.map((p) => p.id).join(' | ')} (default ${DEFAULT_PRESET})
  --data VINTAGE           bundled data: ${vintageIds().join(' | ')} (default: the scenario's)
  --relocations N          relocation total; alone, the financial total follows at the ratio
  --financial EUR          financial total in euros; alone, the relocations follow at the ratio
  --eur-per-relocation EUR value of one relocation (default 20000: the ratio kept, Art. 12(3))
                           (--relocations and --financial are the Commission proposal's, Art. 12(2))
  --council-relocations N  the Council's reference number of relocations (Art. 57(1))
  --council-financial EUR  the Council's reference financial number (Art. 57(1))
  --no-council-act         no Council act yet: fair shares on the proposal (Art. 12(2))
  --reconvened-forum       the High-Level Forum was reconvened (Art. 13(4)): Art. 63(3) can apply
  --systemic-shortcomings CODE[:ARTICLE][=DECISION]
                           a benefitting state with systemic shortcomings (Art. 60(3)), found in an
                           Art. 11 (default) or 59(4) decision; repeatable
  --art63-cap every-type|people-only
                           the reading of the Art. 63(7) cap (default every-type)
  --sar-percent P          the SAR indicative percentage (Art. 12(5), 57(2)), 0 to 100
  --sar-states CODE,...    the states it concerns (default: the preset's)
  --pledges FILE.csv       a pledging round (columns: ${PLEDGES_CSV_HEADER})
  --implementation FILE.csv
                           with --pledges: implementation records, adding the Implementation sheet
                           (columns: ${IMPLEMENTATION_CSV_HEADER})
  --needs FILE.csv         with --implementation: needs declared (columns: ${NEEDS_CSV_HEADER})
  --year YYYY              with --implementation: the pool's year (default: the scenario's)
  --indicators [ID[:PERIOD]=]FILE
                           replace the series a file holds (long CSV, SDMX-CSV, Eurostat TSV or
                           JSON-stat), validated as in the task pane; repeatable. ID is one of
                           ${INDICATORS.map((i) => i.id).join(', ')}
${FILE_READING_USAGE}
  --out FILE               the workbook to write (default solidarity-pool.xlsx)
  --share                  write a copy for delegations (marking, native formulas only)
  --delegation CODE|each   with --share: one delegation's lines only, or one file per state
  --marking TEXT           with --share: the marking (default: by the stage, Art. 12(6): classified
                           while a scenario in the copy has no Council act, public once adopted)
  --compare NAME           add a Compare sheet against another preset (${PRESETS.map((p) => p.id).join(' | ')})
  --force                  overwrite FILE if it exists
  --json                   print the pool table as JSON instead of writing a workbook
  --version                the tool's version
  --help                   this text

Relative paths are taken from the folder you run npm in. Exit codes: 0 done, 1 a file or the data
cannot be used (nothing written), 2 a mistake in the command (nothing written).`;

/**
 * A figure of the command line, read strictly (src/data/numbers.ts): digits, one decimal point, an
 * optional exponent, `_` between digits as a separator (30_000); finite and above zero.
 */
function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const read = parseStrictNumber(raw.replace(/(?<=\d)_(?=\d)/g, ''));
  if (!read.ok) {
    throw new UsageError(`--${name}: ${read.reason}`);
  }
  if (read.value <= 0) {
    throw new UsageError(`--${name} must be a number above zero, got "${clip(raw)}".`);
  }
  return read.value;
}

/** Art. 12(2) counts relocations in persons: a total given on the command line is a whole number. */
function wholeRelocations(raw: string | undefined, name = 'relocations'): number | undefined {
  const n = positive(name, raw);
  if (n !== undefined && !Number.isInteger(n)) {
    throw new UsageError(
      `--${name} must be a whole number of persons (Art. 12(2)), got "${clip(raw!)}": write ${Math.floor(n) || 1} or ${Math.ceil(n)}.`,
    );
  }
  return n;
}

const INDICATOR_SPEC = /^([A-Za-z][A-Za-z0-9]*)(?::([^=]+))?=(.+)$/;

/** `population=demo.csv`, `gdp:2024=nama.tsv` or a file alone (JSON-stat names its dataset). */
function indicatorFileSpec(raw: string): IndicatorFileSpec {
  const m = INDICATOR_SPEC.exec(raw);
  if (!m) {
    if (raw.trim() === '') throw new UsageError('--indicators needs a file name.');
    return { file: raw, indicator: undefined, period: undefined };
  }
  const [, name, period, file] = m as unknown as [string, string, string | undefined, string];
  const info = INDICATORS.find((i) => i.id.toLowerCase() === name.toLowerCase());
  if (!info) {
    throw new UsageError(
      `--indicators ${clip(raw)}: unknown indicator "${clip(name)}": choose ${INDICATORS.map((i) => i.id).join(', ')} ` +
        '(a file whose name has "=" in it: write it as ./NAME).',
    );
  }
  return { file, indicator: info.id, period: period?.trim() };
}

const usage = (message: string): never => {
  throw new UsageError(message);
};

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
        'council-relocations': { type: 'string' },
        'council-financial': { type: 'string' },
        'no-council-act': { type: 'boolean' },
        'reconvened-forum': { type: 'boolean' },
        'systemic-shortcomings': { type: 'string', multiple: true },
        'art63-cap': { type: 'string' },
        'sar-percent': { type: 'string' },
        'sar-states': { type: 'string' },
        out: { type: 'string' },
        pledges: { type: 'string' },
        implementation: { type: 'string' },
        needs: { type: 'string' },
        year: { type: 'string' },
        share: { type: 'boolean' },
        delegation: { type: 'string' },
        marking: { type: 'string' },
        json: { type: 'boolean' },
        compare: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        indicators: { type: 'string', multiple: true },
        decimal: { type: 'string' },
        map: { type: 'string' },
        version: { type: 'boolean' },
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
  if (v.compare !== undefined && !PRESETS.some((p) => p.id === v.compare)) {
    throw new UsageError(
      `Unknown scenario "${v.compare}" for --compare: choose ${PRESETS.map((p) => p.id).join(', ')} ` +
        '(saved scenarios live in a workbook: the task pane compares those).',
    );
  }
  if (v.data !== undefined && !vintageIds().includes(v.data)) {
    throw new UsageError(`Unknown data "${v.data}": choose ${vintageIds().join(', ')}.`);
  }
  if (v.out !== undefined && v.json) {
    throw new UsageError('--out and --json exclude each other: --json prints to the terminal.');
  }
  if ((v.delegation !== undefined || v.marking !== undefined) && !v.share) {
    throw new UsageError('--delegation and --marking go with --share.');
  }
  const markingFault = v.marking === undefined ? undefined : markingProblem(v.marking.trim());
  if (markingFault) throw new UsageError(`--marking: ${markingFault}`);
  if (v.share && v.json) throw new UsageError('--share writes workbooks: leave out --json.');
  let delegation = v.delegation;
  if (delegation !== undefined && delegation.toLowerCase() !== 'each') {
    const code = tryNormalizeCode(delegation);
    if (!code)
      throw new UsageError(
        `--delegation must be a state code such as DE, or "each", got "${delegation}".`,
      );
    delegation = code;
  }
  if (
    v['no-council-act'] &&
    (v['council-relocations'] !== undefined || v['council-financial'] !== undefined)
  ) {
    throw new UsageError(
      '--no-council-act and --council-relocations/--council-financial exclude each other.',
    );
  }
  const cap = v['art63-cap'];
  if (cap !== undefined && cap !== 'every-type' && cap !== 'people-only') {
    throw new UsageError(`--art63-cap must be every-type or people-only, got "${clip(cap)}".`);
  }
  const sarPercent = v['sar-percent'] === undefined ? undefined : percent(v['sar-percent']);
  if (v.implementation !== undefined && v.pledges === undefined) {
    throw new UsageError(
      '--implementation needs --pledges: records are checked against the pledges.',
    );
  }
  if ((v.needs !== undefined || v.year !== undefined) && v.implementation === undefined) {
    throw new UsageError('--needs and --year go with --implementation.');
  }
  const year = v.year === undefined ? undefined : Number(v.year);
  if (year !== undefined && !(/^\d{4}$/.test(v.year ?? '') && year >= 2026)) {
    throw new UsageError(
      `--year must be a year such as 2026 (the first pool's), got "${clip(v.year ?? '')}".`,
    );
  }
  const out = v.out ?? (v.share ? 'solidarity-pool-shared.xlsx' : 'solidarity-pool.xlsx');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file, got "${out}".`);
  return {
    scenario,
    data: v.data,
    relocations: wholeRelocations(v.relocations),
    financialEur: positive('financial', v.financial),
    eurPerRelocation: positive('eur-per-relocation', v['eur-per-relocation']),
    councilRelocations: wholeRelocations(v['council-relocations'], 'council-relocations'),
    councilFinancialEur: positive('council-financial', v['council-financial']),
    noCouncilAct: v['no-council-act'] ?? false,
    reconvenedForum: v['reconvened-forum'] ?? false,
    systemicShortcomings: (v['systemic-shortcomings'] ?? []).map(shortcoming),
    art63Cap: cap,
    sarShare: sarPercent,
    sarStates: v['sar-states'] === undefined ? undefined : codes('sar-states', v['sar-states']),
    out,
    pledges: v.pledges,
    implementation: v.implementation,
    needs: v.needs,
    year,
    share: v.share ?? false,
    delegation: delegation?.toLowerCase() === 'each' ? 'each' : delegation,
    marking: v.marking,
    json: v.json ?? false,
    compare: v.compare,
    force: v.force ?? false,
    help: v.help ?? false,
    indicators: (v.indicators ?? []).map(indicatorFileSpec),
    decimal: decimalOption(v.decimal, usage),
    columns: mapOption(v.map, usage),
    version: v.version ?? false,
  };
}
