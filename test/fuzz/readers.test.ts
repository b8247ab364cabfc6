/**
 * Property-based fuzz of every reader (issue 9): generated files an analyst could produce, good and
 * broken. For each: no uncaught exception, no non-finite value accepted, no data row dropped
 * without an issue (rows in = rows read + rows refused with an issue), every issue with a line and
 * a column. Seeds are fixed (FUZZ_SEED, default below) and printed by fast-check on failure;
 * FUZZ_RUNS changes the number of runs (1,000 by default).
 */
import fc from 'fast-check';
import { DEFAULT_PARTICIPANTS } from '../../src/core';
import {
  readBulkTsv,
  readGrid,
  readJsonStat,
  readLongCsv,
  readPledgesCsv,
  readPledgesGrid,
  readSdmxCsv,
  toSeries,
  type ReadIssue,
  type ReadResult,
} from '../../src/data';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_613);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const params = (offset: number): fc.Parameters<unknown> => ({
  seed: SEED + offset,
  numRuns: RUNS,
});
const provenance = { dataset: 'fuzz', release: 'fuzz', source: 'fuzz' };

// ---------- generators of cells an analyst's file may hold ----------

const codes = fc.constantFrom('DE', 'FR', 'IT', 'EL', 'GR', 'de', 'XX', 'EU27_2020', 'DE1', '');
const years = fc.constantFrom('2024', '2024', '2024', '2023', '', 'x');
const numberText = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map(String) },
  { weight: 2, arbitrary: fc.double({ noNaN: true }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '1e999',
      '-1e999',
      '1e308',
      '1e-400',
      '0x10',
      '0b101',
      '0o17',
      '5 5',
      '1.000',
      '83,456,045',
      '1,5',
      ':',
      '',
      ' ',
      'NaN',
      'Infinity',
      '-5',
      '50%',
      '5k',
      '.5',
      '2.',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const note = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a, b', 'say "hi"', 'two\nlines', 'x\r\ny', 'OBS_FLAG=p'),
);

/** A cell as written: quoted when it must be (or at random), or raw (a deliberate corruption). */
interface Cell {
  readonly text: string;
  readonly quote: 'auto' | 'always' | 'raw';
}
const cellOf = (text: fc.Arbitrary<string>): fc.Arbitrary<Cell> =>
  fc.record({
    text,
    quote: fc.constantFrom<Cell['quote']>('auto', 'auto', 'auto', 'always', 'raw'),
  });

/** A raw cell must not change the number of records: no line break, no quote opening a field. */
function writeCell(cell: Cell, sep: string): string {
  const needs =
    /["\r\n]/.test(cell.text) || cell.text.includes(sep) || cell.text.trim() !== cell.text;
  // A quote opening a field would join lines into one record: the property for that is below.
  const rawSafe =
    !/[\r\n]/.test(cell.text) && !cell.text.startsWith('"') && !cell.text.includes(`${sep}"`);
  if (cell.quote === 'always' || (needs && !(cell.quote === 'raw' && rawSafe))) {
    return `"${cell.text.replace(/"/g, '""')}"`;
  }
  return cell.text;
}

interface Record {
  readonly cells: readonly Cell[];
  /** A corruption of the line's shape. */
  readonly shape: 'ok' | 'ok' | 'extra' | 'missing' | 'blankBefore';
}

/** Writes a CSV: the header, records (some broken), blank lines; returns the data-row count. */
function writeCsv(
  header: readonly string[],
  records: readonly Record[],
  sep: string,
  eol: string,
  leadingBlank: boolean,
): { text: string; rows: number; headerLine: number } {
  const lines: string[] = leadingBlank ? [''] : [];
  lines.push(header.join(sep));
  let rows = 0;
  for (const r of records) {
    if (r.shape === 'blankBefore') lines.push('');
    let cells = r.cells.map((c) => writeCell(c, sep));
    if (r.shape === 'extra') cells = [...cells, 'x'];
    if (r.shape === 'missing') cells = cells.slice(0, -1);
    lines.push(cells.join(sep));
    // A line of empty cells is not data.
    const blank = r.cells.slice(0, cells.length).every((c) => c.text.trim() === '');
    if (!blank || r.shape === 'extra') rows += 1;
  }
  return { text: lines.join(eol), rows, headerLine: leadingBlank ? 2 : 1 };
}

const record = (cells: fc.Arbitrary<Cell>[]): fc.Arbitrary<Record> =>
  fc.record({
    cells: fc.tuple(...cells),
    shape: fc.constantFrom<Record['shape']>('ok', 'ok', 'ok', 'extra', 'missing', 'blankBefore'),
  });

// ---------- the invariants ----------

function expectWellFormedIssues(issues: readonly ReadIssue[]): void {
  for (const issue of issues) {
    expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
    expect(typeof issue.column === 'string' && issue.column.length > 0).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/**
 * No row dropped without an issue: unless the file as a whole is refused (an error on the header
 * line or before), every data row is read or refused with an error on its line. Then validation:
 * every row of the period is accepted, rejected or given a warning (a gap, an aggregate).
 */
function expectEveryRowAccountedFor(read: ReadResult, rowsIn: number, headerLine: number): void {
  expectWellFormedIssues(read.issues);
  const refused = read.refused ?? 0;
  for (const row of read.rows) {
    if (typeof row.value === 'number') expect(Number.isFinite(row.value)).toBe(true);
  }
  const fileLevel = read.issues.some((i) => i.severity === 'error' && i.line <= headerLine);
  if (!fileLevel) {
    expect(read.rows.length + refused).toBe(rowsIn);
    const errorLines = new Set(
      read.issues.filter((i) => i.severity === 'error' && i.line > headerLine).map((i) => i.line),
    );
    expect(errorLines.size).toBeGreaterThanOrEqual(Math.min(refused, 1));
  } else {
    expect(read.rows.length + refused).toBeLessThanOrEqual(rowsIn);
  }
  const result = toSeries(read, { indicator: 'fuzz', period: '2024', provenance });
  expectWellFormedIssues(result.issues);
  for (const o of result.series?.observations.values() ?? []) {
    expect(Number.isFinite(o.value) && o.value >= 0).toBe(true);
  }
  if (!fileLevel && read.rows.some((r) => r.period === '2024')) {
    const inPeriod = read.rows.filter((r) => r.period === '2024');
    const lines = new Set(inPeriod.map((r) => r.line));
    const warned = result.issues.filter(
      (i) => i.severity === 'warning' && lines.has(i.line) && i.line > headerLine,
    ).length;
    // Each row of the period is accepted, rejected or warned about; refused rows count rejected.
    const refusedInPeriod = read.refusedByPeriod
      ? (read.refusedByPeriod.get('2024') ?? 0)
      : refused;
    expect(result.accepted + result.rejected + warned).toBe(inPeriod.length + refusedInPeriod);
  }
}

// ---------- one property per reader ----------

describe('fuzz: readers never turn bad input into a wrong figure', () => {
  it('long CSV', () => {
    fc.assert(
      fc.property(
        fc.array(record([cellOf(codes), cellOf(years), cellOf(numberText), cellOf(note)]), {
          maxLength: 12,
        }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (records, sep, eol, leadingBlank) => {
          const csv = writeCsv(['geo', 'year', 'value', 'source'], records, sep, eol, leadingBlank);
          expectEveryRowAccountedFor(readLongCsv(csv.text), csv.rows, csv.headerLine);
        },
      ),
      params(1),
    );
  });

  it('long CSV with a stray quote opening a field: the lines read as one row are named', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('DE,2024,1', 'FR,2024,"2', 'IT,2024,3"', 'ES,2024,"4"x', ''), {
          maxLength: 10,
        }),
        (lines) => {
          const read = readLongCsv(['geo,year,value', ...lines].join('\n'));
          expectWellFormedIssues(read.issues);
          const rowsIn = lines.filter((l) => l !== '').length;
          expect(read.rows.length + (read.refused ?? 0)).toBeLessThanOrEqual(rowsIn);
          if (read.rows.length + (read.refused ?? 0) < rowsIn) {
            // Fewer records than lines: an issue says which lines were joined, or the file is refused.
            expect(
              read.issues.some((i) =>
                /Lines \d+ to \d+ were read as (this )?one row|never closed/.test(i.message),
              ),
            ).toBe(true);
          }
        },
      ),
      params(7),
    );
  });

  it('SDMX-CSV', () => {
    const header = [
      'DATAFLOW',
      'LAST UPDATE',
      'freq',
      'geo',
      'TIME_PERIOD',
      'OBS_VALUE',
      'OBS_FLAG',
    ];
    const fixed = (text: string) => fc.constant<Cell>({ text, quote: 'auto' });
    fc.assert(
      fc.property(
        fc.array(
          record([
            fixed('ESTAT:DEMO_PJAN(1.0)'),
            fixed('14/08/26 23:00:00'),
            fixed('A'),
            cellOf(codes),
            cellOf(years),
            cellOf(numberText),
            cellOf(fc.constantFrom('', 'p', 'e', 'b')),
          ]),
          { maxLength: 12 },
        ),
        fc.boolean(),
        (records, leadingBlank) => {
          const csv = writeCsv(header, records, ',', '\n', leadingBlank);
          expectEveryRowAccountedFor(readSdmxCsv(csv.text), csv.rows, csv.headerLine);
        },
      ),
      params(2),
    );
  });

  it('Eurostat bulk TSV', () => {
    const cell = fc.oneof(
      numberText,
      fc.tuple(fc.nat(), fc.constantFrom('p', 'e', 'b', 'ep')).map(([v, f]) => `${v} ${f}`),
      fc.tuple(fc.nat(), fc.constantFrom('p', 'k')).map(([v, f]) => `${v}${f}`),
      fc.constantFrom(': ', ': c', ':'),
    );
    const line = fc.record({
      geo: codes,
      cells: fc.tuple(cell, cell),
      shape: fc.constantFrom('ok', 'ok', 'ok', 'missing', 'commas', 'extraDim', 'blankBefore'),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = ['freq,unit,geo\\TIME_PERIOD\t2023\t2024'];
        for (const l of lines) {
          if (l.shape === 'blankBefore') text.push('');
          const key = l.shape === 'extraDim' ? `A,B,X,${l.geo}` : `A,B,${l.geo}`;
          const cells = l.shape === 'missing' ? l.cells.slice(0, 1) : l.cells;
          text.push([key, ...cells].join(l.shape === 'commas' ? ',' : '\t'));
        }
        // Each line holds one observation per period.
        expectEveryRowAccountedFor(readBulkTsv(text.join('\n')), lines.length * 2, 1);
      }),
      params(3),
    );
  });

  it('JSON-stat', () => {
    const value = fc.oneof(
      { weight: 5, arbitrary: fc.double() },
      { weight: 3, arbitrary: fc.nat() },
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(true, {}, [], '5', 'x') },
    );
    const categories = (prefix: string) =>
      fc
        .array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 4 })
        .map((ids) => ids.map((id) => `${prefix}${id}`));
    const index = (ids: string[]) =>
      fc.oneof(
        fc.constant<unknown>(ids),
        fc.constant<unknown>(Object.fromEntries(ids.map((id, i) => [id, i]))),
      );
    const dataset = fc.tuple(categories('G'), categories('2')).chain(([geo, time]) =>
      fc.record({
        geo: index(geo),
        time: index(time),
        sizes: fc.oneof(
          fc.constant<unknown>([1, geo.length, time.length]),
          fc.constant<unknown>([1, new Set(geo).size, new Set(time).size]),
          fc.constant<unknown>([1, 1_000_000_000, 1]),
          fc.anything(),
        ),
        values: fc.oneof(
          fc.array(value, {
            minLength: geo.length * time.length,
            maxLength: geo.length * time.length,
          }),
          fc.dictionary(fc.nat({ max: geo.length * time.length + 1 }).map(String), value),
          fc.anything(),
        ),
        status: fc.oneof(
          fc.constant(undefined),
          fc.constant<unknown>('p'),
          fc.dictionary(
            fc.nat({ max: 5 }).map(String),
            fc.oneof(fc.constant<unknown>('p'), fc.anything()),
          ),
        ),
        drop: fc.constantFrom(undefined, 'class', 'id', 'size', 'dimension', 'value', 'category'),
        bom: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(dataset, (d) => {
        const doc: { [k: string]: unknown } = {
          class: 'dataset',
          id: ['freq', 'geo', 'time'],
          size: d.sizes,
          dimension: {
            freq: { category: { index: ['A'] } },
            geo: d.drop === 'category' ? {} : { category: { index: d.geo } },
            time: { category: { index: d.time } },
          },
          value: d.values,
          ...(d.status === undefined ? {} : { status: d.status }),
        };
        if (d.drop && d.drop !== 'category') delete doc[d.drop];
        const text = `${d.bom ? '\uFEFF' : ''}${JSON.stringify(doc) ?? ''}`;
        const read = readJsonStat(text);
        const sizes = d.sizes;
        const cells =
          Array.isArray(sizes) && sizes.every((n) => Number.isSafeInteger(n) && n >= 0)
            ? (sizes as number[]).reduce((a, b) => a * b, 1)
            : 0;
        expectEveryRowAccountedFor(read, cells, 1);
      }),
      params(4),
    );
  });

  it('workbook table', () => {
    const cellValue = fc.oneof(
      { weight: 3, arbitrary: fc.double() },
      { weight: 2, arbitrary: numberText },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(null, undefined, true, Infinity, NaN, 1e308, '1,000'),
      },
    );
    const row = fc.tuple(
      fc.oneof(codes, fc.constant<unknown>(null)),
      fc.oneof(fc.constant<unknown>(2024), years),
      cellValue,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.nat({ max: 20 }), (rows, skip) => {
        const headerRow = skip + 1;
        const read = readGrid(
          { headers: ['Code', 'Year', 'Value'], rows, headerRow },
          { valueColumn: 'Value', periodColumn: 'Year' },
        );
        const empty = (c: unknown) =>
          c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
        const rowsIn = rows.filter((r) => !r.every(empty)).length;
        expectEveryRowAccountedFor(read, rowsIn, headerRow);
      }),
      params(5),
    );
  });

  it('pledges (CSV and the workbook table)', () => {
    const names = fc.constantFrom(
      'relocations',
      'financial_eur',
      'alternative_eur',
      'offsets',
      'deduction_percent',
      'deduction',
      'deduction_article',
      'benefitting',
      'source',
      'relocatons',
      'Relocations',
    );
    const amount = fc.oneof(numberText, fc.constant(''));
    const cellFor = (name: string): fc.Arbitrary<string> =>
      /^deduction_article$/.test(name)
        ? fc.constantFrom('', '61', '62', 'Art. 62', '63')
        : name === 'benefitting'
          ? fc.constantFrom('', 'yes', 'no', 'maybe')
          : name === 'source'
            ? note
            : amount;
    const file = fc.uniqueArray(names, { maxLength: 5 }).chain((columns) =>
      fc.record({
        columns: fc.constant(['code', ...columns]),
        records: fc.array(record([cellOf(codes), ...columns.map((c) => cellOf(cellFor(c)))]), {
          maxLength: 10,
        }),
        asGrid: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(file, ({ columns, records, asGrid }) => {
        let sheet;
        let rowsIn: number;
        let headerLine = 1;
        if (asGrid) {
          const rows = records
            .filter((r) => r.shape !== 'blankBefore')
            .map((r) => r.cells.map((c) => c.text));
          sheet = readPledgesGrid({ headers: columns, rows }, DEFAULT_PARTICIPANTS);
          rowsIn = rows.filter((r) => r.some((c) => c.trim() !== '')).length;
        } else {
          const csv = writeCsv(columns, records, ',', '\n', false);
          sheet = readPledgesCsv(csv.text, DEFAULT_PARTICIPANTS);
          rowsIn = csv.rows;
          headerLine = csv.headerLine;
        }
        expectWellFormedIssues(sheet.issues);
        for (const p of sheet.pledges) {
          for (const v of [p.relocations, p.financialEur, p.alternativeEur, p.offsets]) {
            expect(Number.isFinite(v) && v >= 0).toBe(true);
          }
        }
        for (const d of sheet.deductions) expect(d.share > 0 && d.share <= 1).toBe(true);
        const fileLevel = sheet.issues.some((i) => i.severity === 'error' && i.line <= headerLine);
        if (!fileLevel) {
          const errorLines = new Set(
            sheet.issues.filter((i) => i.severity === 'error').map((i) => i.line),
          );
          expect(sheet.pledges.length + errorLines.size).toBe(rowsIn);
        }
      }),
      params(6),
    );
  });
});
