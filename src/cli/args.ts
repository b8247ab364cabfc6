import { parseArgs } from 'node:util';
import { tryNormalizeCode } from '../core';
import { clipText as clip, DEFAULT_PRESET, PRESETS, vintageIds } from '../data';
import { markingProblem } from '../report';
import { decimalOption, mapOption } from './fileReading';
import { positive, wholeRelocations } from './figureOptions';
import { indicatorFileSpec } from './indicatorSpec';
import { codes, percent, shortcoming } from './lawOptions';
import { UsageError, type PoolOptions } from './options';

export { USAGE } from './usage';
export { UsageError, type IndicatorFileSpec, type PoolOptions } from './options';

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
        'share-compare': { type: 'boolean' },
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
  if (v['share-compare'] && !(v.share && v.compare !== undefined))
    throw new UsageError('--share-compare goes with --share and --compare.');
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
    shareCompare: v['share-compare'] ?? false,
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
