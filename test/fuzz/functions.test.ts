import fc from 'fast-check';
import { MAX_MESSAGE } from '../../src/functions/errors';
import {
  art63Status,
  contribution,
  fairShare,
  offsetCount,
  offsetValue,
  pressureScore,
  source,
} from '../../src/functions/functions';
import {
  installCustomFunctionsStub,
  StubCustomFunctionsError,
} from '../functions/customFunctionsStub';

/**
 * Property-based fuzz of every EUPACT function (issue 9): whatever Excel may pass (numbers huge,
 * tiny, negative or not finite, text, empty cells, TRUE/FALSE, ranges ragged or empty), a call
 * never throws anything but a CustomFunctions.Error with a short message, and every element it
 * returns is a finite number, a text, a boolean or such an error, in a rectangle no larger than
 * the first argument. The seed is fixed (FUZZ_SEED overrides it) and printed on failure.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

beforeAll(() => installCustomFunctionsStub());

const numbers = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0, subnormals: Excel never sends them, the code must cope
  fc.constantFrom(9e307, 1.7976931348623157e308, 1e-306, 5e-324, -1, 0, 0.5, 1, 30_000, 2e9),
  fc.integer({ min: -1e6, max: 1e9 }),
);
const texts = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'DE',
    'gr',
    ' el ',
    'DK',
    'NO',
    'XX',
    'eur',
    'relocations',
    'population',
    'GDP',
    'temporaryProtection',
    'latest',
    '2026-reference',
    '1e999',
    'NaN',
    'Infinity',
    '0x10',
    '',
    '   ',
    'x'.repeat(5000),
  ),
);
const cellValue = fc.oneof(
  { weight: 4, arbitrary: numbers },
  { weight: 4, arbitrary: texts },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant({ type: 'Entity' }) },
);
const row = fc.array(cellValue, { minLength: 0, maxLength: 4 });
const grids = fc.oneof(
  fc.array(row, { minLength: 0, maxLength: 5 }), // ragged and empty too
  fc
    .integer({ min: 1, max: 4 })
    .chain((w) =>
      fc.array(fc.array(cellValue, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }),
    ),
  fc.array(cellValue, { minLength: 1, maxLength: 4 }), // a flat array
);
/** An argument as Excel may pass it: a range, a single value, or null when omitted. */
const argument = fc.oneof(
  { weight: 3, arbitrary: grids },
  { weight: 3, arbitrary: cellValue },
  { weight: 1, arbitrary: fc.constant(null) },
);

/**
 * Calls shaped as an analyst writes them (so that most reach the computation, not only the
 * argument checks), with figures from ordinary to beyond Excel's range and stray bad cells.
 */
const figure = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 1, max: 1e8, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(9e307, 1.7e308, 1e-306, 5e-324, 0, -5) },
  { weight: 1, arbitrary: cellValue },
);
const fraction = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 1e-6, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: cellValue },
);
const code = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('DE', 'fr', 'IT', 'gr', 'PL', 'MT', 'IE') },
  { weight: 1, arbitrary: fc.constantFrom('DK', 'NO', 'XX', '', 'x'.repeat(5000)) },
  { weight: 1, arbitrary: cellValue },
);
const indicator = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('population', 'GDP', 'temporaryProtection', 'asylumFirstTime'),
  },
  { weight: 1, arbitrary: cellValue },
);
const dataset = fc.oneof(
  fc.constant(null),
  fc.constantFrom('latest', '2026-reference', 'LATEST'),
  cellValue,
);
/** A column (n × 1) of `cell`, or a single cell as [[x]], or a bare value. */
const column = (cell: fc.Arbitrary<unknown>, n: number) =>
  fc.array(
    cell.map((v) => [v]),
    { minLength: n, maxLength: n },
  );
const sized = <T>(build: (n: number) => fc.Arbitrary<T>) =>
  fc.integer({ min: 1, max: 6 }).chain(build);
const maybe = (a: fc.Arbitrary<unknown>) => fc.oneof(fc.constant(null), a);

const PLAUSIBLE: Record<string, fc.Arbitrary<unknown[]>> = {
  FAIRSHARE: fc.oneof(
    fc.tuple(
      fc.oneof(
        column(code, 3),
        code.map((c) => [[c]]),
      ),
      dataset,
      fc.constant(null),
      fc.constant(null),
    ),
    sized((n) =>
      fc.tuple(column(figure, n), column(figure, n), fc.constant(null), fc.constant(null)),
    ),
    sized((n) =>
      fc.tuple(column(figure, 1), column(figure, 1), column(figure, n), column(figure, n)),
    ),
  ),
  PRESSURE_SCORE: fc.oneof(
    fc.tuple(
      column(code, 3),
      fc.oneof(
        indicator.map((i) => [[i]]),
        fc.array(indicator, { minLength: 2, maxLength: 3 }).map((r) => [r]),
      ),
      maybe(fc.array(figure, { minLength: 2, maxLength: 3 }).map((r) => [r])),
      dataset,
    ),
    sized((n) =>
      fc.tuple(column(figure, n), column(fraction, n), maybe(figure), fc.constant(null)),
    ),
  ),
  OFFSET_VALUE: fc.tuple(
    sized((n) => column(figure, n)),
    maybe(figure),
  ),
  OFFSET_COUNT: fc.tuple(
    sized((n) => column(figure, n)),
    maybe(figure),
  ),
  CONTRIBUTION: fc.oneof(
    fc.tuple(
      column(code, 3),
      fc.constantFrom(null, 'eur', 'relocations', 'EUR', 'persons'),
      maybe(figure),
      maybe(figure),
      dataset,
    ),
    fc.tuple(
      sized((n) => column(fraction, n)),
      fc.constantFrom(null, 'eur', 'relocations'),
      maybe(figure),
      maybe(figure),
      fc.constant(null),
    ),
  ),
  ART63_STATUS: fc.tuple(
    sized((n) => column(figure, n)),
    maybe(figure),
    maybe(fraction),
    maybe(fraction),
    maybe(figure),
  ),
  SOURCE: fc.tuple(
    fc.oneof(
      column(indicator, 2),
      indicator.map((i) => [[i, 'gdp']]),
    ),
    dataset,
  ),
};

function badError(e: unknown): string | undefined {
  if (!(e instanceof StubCustomFunctionsError)) return `not a CustomFunctions.Error: ${String(e)}`;
  if (e.code !== '#VALUE!' && e.code !== '#N/A')
    return `error ${e.code}: only #VALUE!, #N/A carry messages`;
  if (!e.message || e.message.length > MAX_MESSAGE)
    return `message of ${e.message?.length} characters`;
  return undefined;
}

function badElement(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `the number ${v}`;
  if (typeof v === 'string' || typeof v === 'boolean') return undefined;
  return badError(v);
}

/** How many rows and columns the first argument has, for the bound on the result's shape. */
function shapeOf(arg: unknown): { rows: number; cols: number } {
  if (!Array.isArray(arg)) return { rows: 1, cols: 1 };
  if (!arg.every(Array.isArray)) return { rows: 1, cols: Math.max(arg.length, 1) };
  return {
    rows: Math.max(arg.length, 1),
    cols: Math.max(1, ...arg.map((r: unknown[]) => r.length)),
  };
}

/** What is wrong with one call's outcome, or undefined. */
function problem(
  call: () => unknown,
  first: unknown,
  seen: { values: number },
): string | undefined {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    return badError(e);
  }
  if (!Array.isArray(result) || result.length === 0) return 'not a matrix';
  const width = (result[0] as unknown[]).length;
  if (width === 0 || !result.every((r) => Array.isArray(r) && r.length === width)) {
    return 'not a rectangle';
  }
  const { rows, cols } = shapeOf(first);
  if (result.length > rows || width > cols) {
    return `a ${result.length} × ${width} result from a ${rows} × ${cols} argument`;
  }
  for (const r of result as unknown[][]) {
    for (const v of r) {
      const bad = badElement(v);
      if (bad) return `an element is ${bad}`;
      if (typeof v !== 'object') seen.values += 1;
    }
  }
  return undefined;
}

const counts: Record<string, number> = {};

function fuzz(name: string, arity: number, fn: (...args: never[]) => unknown): void {
  it(`EUPACT.${name}: ${RUNS} generated calls, seed ${SEED}`, () => {
    counts[name] = 0;
    const seen = { values: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 3, arbitrary: PLAUSIBLE[name]! },
          { weight: 1, arbitrary: fc.tuple(...Array.from({ length: arity }, () => argument)) },
        ),
        (args) => {
          counts[name]! += 1;
          const bad = problem(() => fn(...(args as never[])), args[0], seen);
          if (bad) throw new Error(`${name}(${JSON.stringify(args).slice(0, 300)}): ${bad}`);
        },
      ),
      { seed: SEED, numRuns: RUNS, verbose: 1 },
    );
    expect(counts[name]).toBeGreaterThanOrEqual(RUNS);
    // Most calls must reach the computation, not stop at the argument checks.
    expect(seen.values).toBeGreaterThan(RUNS / 4);
  });
}

describe(`fuzz: the EUPACT functions never crash nor return a value Excel has not (FUZZ_SEED=${SEED})`, () => {
  fuzz('FAIRSHARE', 4, fairShare);
  fuzz('PRESSURE_SCORE', 4, pressureScore);
  fuzz('OFFSET_VALUE', 2, offsetValue);
  fuzz('OFFSET_COUNT', 2, offsetCount);
  fuzz('CONTRIBUTION', 5, contribution);
  fuzz('ART63_STATUS', 5, art63Status);
  fuzz('SOURCE', 2, source);
});
