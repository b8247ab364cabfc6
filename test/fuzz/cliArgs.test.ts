import fc from 'fast-check';
import { parsePoolArgs, UsageError, type PoolOptions } from '../../src/cli/args';
import { tryNormalizeCode } from '../../src/core';
import { INDICATORS, PRESETS, vintageIds } from '../../src/data';

/**
 * Property-based fuzz of the command line's parser (issue 9): any argv gives valid options or a
 * UsageError (one line, exit 2), never another exception. Fixed seed (FUZZ_SEED overrides it).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const OPTIONS = [
  '--scenario',
  '--data',
  '--relocations',
  '--financial',
  '--eur-per-relocation',
  '--out',
  '--pledges',
  '--indicators',
  '--share',
  '--delegation',
  '--marking',
  '--compare',
  '--json',
  '--force',
  '--help',
  '--version',
  '-h',
  '--bogus',
  '--',
  '-',
  '-x',
];
const values = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    '30000',
    '30_000',
    '_1',
    '1__0',
    '2.5',
    '1e308',
    '1e-300',
    '9e307',
    '-1',
    '0',
    '0x10',
    '5 5',
    'NaN',
    'Infinity',
    '1.000',
    '83,456,045',
    'x.xlsx',
    'dir/x.xlsx',
    'x.csv',
    'population=pop.csv',
    'gdp:2024=x.tsv',
    'bogus=x.csv',
    'pop=',
    '=x',
    'each',
    'EACH',
    'fr',
    'GR',
    'XX',
    ...PRESETS.map((p) => p.id),
    ...vintageIds(),
  ),
  fc.double().map(String),
  fc.integer({ min: 1, max: 10_000_000 }).map(String),
);
const token = fc.oneof(
  fc.constantFrom(...OPTIONS),
  values,
  fc.tuple(fc.constantFrom(...OPTIONS), values).map(([o, v]) => `${o}=${v}`),
);

/** Plausible values per option, mostly right, so that accepted command lines are common. */
const numberText = fc.oneof(
  fc.integer({ min: 1, max: 10_000_000 }).map(String),
  fc.double({ min: 1e-3, max: 1e9, noNaN: true }).map(String),
  values,
);
const plausible: Record<string, fc.Arbitrary<string>> = {
  '--relocations': numberText,
  '--financial': numberText,
  '--eur-per-relocation': numberText,
  '--scenario': fc.oneof(fc.constantFrom(...PRESETS.map((p) => p.id)), values),
  '--compare': fc.oneof(fc.constantFrom(...PRESETS.map((p) => p.id)), values),
  '--data': fc.oneof(fc.constantFrom(...vintageIds()), values),
  '--out': fc.oneof(fc.constantFrom('a.xlsx', 'dir/b.XLSX', 'c.csv'), values),
  '--indicators': values,
  '--pledges': values,
  '--delegation': fc.oneof(fc.constantFrom('each', 'FR', 'gr', 'XX'), values),
  '--marking': values,
};
const pair = fc
  .constantFrom(...Object.keys(plausible))
  .chain((o) => plausible[o]!.map((v) => [o, v]));

/** Option-value pairs and flags, with stray tokens. */
const commandLine = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: pair },
      { weight: 2, arbitrary: fc.constantFrom(['--share'], ['--json'], ['--force']) },
      { weight: 1, arbitrary: token.map((t) => [t]) },
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.flat());

/** What is wrong with options the parser accepted, or undefined. */
function invalid(o: PoolOptions): string | undefined {
  if (!PRESETS.some((p) => p.id === o.scenario)) return `scenario ${o.scenario}`;
  if (o.data !== undefined && !vintageIds().includes(o.data)) return `data ${o.data}`;
  for (const [name, n] of [
    ['relocations', o.relocations],
    ['financialEur', o.financialEur],
    ['eurPerRelocation', o.eurPerRelocation],
  ] as const) {
    if (n !== undefined && !(Number.isFinite(n) && n > 0)) return `${name} ${n}`;
  }
  if (o.relocations !== undefined && !Number.isInteger(o.relocations))
    return 'relocations not whole';
  if (!/\.xlsx$/i.test(o.out)) return `out ${o.out}`;
  if (o.delegation !== undefined && o.delegation !== 'each' && !tryNormalizeCode(o.delegation)) {
    return `delegation ${o.delegation}`;
  }
  for (const i of o.indicators) {
    if (i.file === '') return 'an empty indicator file name';
    if (i.indicator !== undefined && !INDICATORS.some((x) => x.id === i.indicator)) {
      return `indicator ${i.indicator}`;
    }
  }
  return undefined;
}

it(`parsePoolArgs: ${RUNS} generated command lines give valid options or a one-line UsageError (seed ${SEED})`, () => {
  let accepted = 0;
  let relocations = 0;
  fc.assert(
    fc.property(commandLine, (argv) => {
      let options: PoolOptions;
      try {
        options = parsePoolArgs(argv);
      } catch (e) {
        if (!(e instanceof UsageError)) {
          throw new Error(`${JSON.stringify(argv)}: threw ${String(e)}`, { cause: e });
        }
        if (e.message.includes('\n') || e.message.length > 400) {
          throw new Error(`${JSON.stringify(argv)}: a message of several lines or too long`, {
            cause: e,
          });
        }
        return;
      }
      accepted += 1;
      if (options.relocations !== undefined) relocations += 1;
      const bad = invalid(options);
      if (bad) throw new Error(`${JSON.stringify(argv)}: accepted with ${bad}`);
    }),
    { seed: SEED, numRuns: RUNS },
  );
  // The generator must reach the accepting paths too, not only the refusals.
  expect(accepted).toBeGreaterThan(RUNS / 10);
  expect(relocations).toBeGreaterThan(10);
});
