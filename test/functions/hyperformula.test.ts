import { presetReport } from '../helpers/reports';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HyperFormula, type CellValue, DetailedCellError } from 'hyperformula';
import { computeFairShares, DEFAULT_PARTICIPANTS } from '../../src/core';
import { figureLookup, loadVintage, seriesOf } from '../../src/data';
import { setActiveIndicatorSet } from '../../src/functions/activeData';
import {
  buildPoolReport,
  FAIR_SHARE_TABLE,
  FS,
  POOL,
  POOL_TABLE,
  PRESSURE_TABLE,
  type TableSpec,
} from '../../src/report';
import { pressureColumns } from '../../src/report';
import { registerEupact, type EngineCall } from './eupactEngine';

// The analyst's sheet: the 26 participants with population and GDP of the 2026 reference data, the
// EUPACT functions beside them, and the native formula an analyst would write for comparison.
const DATA = loadVintage('2026-reference');
const N = DEFAULT_PARTICIPANTS.length;
const FIRST = 2;
const LAST = FIRST + N - 1;
const TP = 'temporaryProtection';

const COLUMNS = {
  code: 'A',
  population: 'B',
  gdp: 'C',
  fairShare: 'D', // =EUPACT.FAIRSHARE(B2,C2,B$2:B$27,C$2:C$27), per row
  spilled: 'E', // =EUPACT.FAIRSHARE(B2:B27,C2:C27), one formula in E2
  byCode: 'F', // =EUPACT.FAIRSHARE(A2,"2026-reference")
  relocations: 'G', // =EUPACT.CONTRIBUTION(D2,"relocations",21000,420000000)
  native: 'H', // =0.5*B2/SUM(B$2:B$27)+0.5*C2/SUM(C$2:C$27)
  tp: 'I', // beneficiaries of temporary protection, end June 2025
  pressure: 'J', // =EUPACT.PRESSURE_SCORE(I2,D2,SUM(I$2:I$27))
  pressureByCode: 'K', // =EUPACT.PRESSURE_SCORE(A2:A27,"temporaryProtection",,"2026-reference")
  euros: 'L', // =EUPACT.CONTRIBUTION(A2,"eur",21000,420000000,"2026-reference")
} as const;

function sheet(): (string | number | null)[][] {
  const figures = figureLookup(DATA);
  const tp = seriesOf(DATA, TP)!;
  const rows: (string | number | null)[][] = [Object.keys(COLUMNS)];
  DEFAULT_PARTICIPANTS.forEach((code, i) => {
    const r = FIRST + i;
    const f = figures(code)!;
    rows.push([
      code,
      f.population!,
      f.gdp!,
      `=EUPACT.FAIRSHARE(B${r},C${r},B$${FIRST}:B$${LAST},C$${FIRST}:C$${LAST})`,
      i === 0 ? `=EUPACT.FAIRSHARE(B${FIRST}:B${LAST},C${FIRST}:C${LAST})` : null,
      `=EUPACT.FAIRSHARE(A${r},"2026-reference")`,
      `=EUPACT.CONTRIBUTION(D${r},"relocations",21000,420000000)`,
      `=0.5*B${r}/SUM(B$${FIRST}:B$${LAST})+0.5*C${r}/SUM(C$${FIRST}:C$${LAST})`,
      tp.observations.get(code)!.value,
      `=EUPACT.PRESSURE_SCORE(I${r},D${r},SUM(I$${FIRST}:I$${LAST}))`,
      i === 0 ? `=EUPACT.PRESSURE_SCORE(A${FIRST}:A${LAST},"${TP}",,"2026-reference")` : null,
      `=EUPACT.CONTRIBUTION(A${r},"eur",21000,420000000,"2026-reference")`,
    ]);
  });
  return rows;
}

/** Below the table: results used inside native formulas, and errors as a user would meet them. */
const EXTRA: Record<string, string> = {
  sumOfShares: `=SUM(D${FIRST}:D${LAST})`,
  sumOfSpilled: `=SUM(EUPACT.FAIRSHARE(B${FIRST}:B${LAST},C${FIRST}:C${LAST}))`,
  germany2026: '=ROUND(EUPACT.CONTRIBUTION("DE","relocations",21000,420000000,"2026-reference"),0)',
  denmark: '=EUPACT.FAIRSHARE("DK","2026-reference")',
  sizes: `=EUPACT.FAIRSHARE(B${FIRST},C${FIRST},B$${FIRST}:B$${LAST},C$${FIRST}:C$${LAST - 1})`,
  emptyGdp: `=EUPACT.FAIRSHARE(B${FIRST},Z1,B$${FIRST}:B$${LAST},C$${FIRST}:C$${LAST})`,
  text: `=EUPACT.OFFSET_VALUE("many")`,
  offsets: '=EUPACT.OFFSET_COUNT(EUPACT.OFFSET_VALUE(4555))',
  art63: '=EUPACT.ART63_STATUS(12600,21000)',
  source: '=EUPACT.SOURCE("population","2026-reference")',
};

/**
 * The examples of the README's function reference, with the results it states (to the digits it
 * shows): each formula must appear there as written, and give that result on the analyst's sheet.
 */
type Shown = number | string | RegExp | { error: string };
const README_EXAMPLES: readonly (readonly [
  formula: string,
  shown: Shown | Shown[],
  digits?: number,
])[] = [
  ['=EUPACT.FAIRSHARE(B2, C2, B$2:B$27, C$2:C$27)', 0.030988, 6],
  ['=EUPACT.FAIRSHARE("DE", "2026-reference")', 0.216857, 6],
  ['=EUPACT.FAIRSHARE("DE")', 0.216666, 6],
  ['=EUPACT.FAIRSHARE({"FR";"IT"}, "2026-reference")', [0.160068, 0.128717], 6],
  ['=EUPACT.FAIRSHARE("DK")', { error: '#N/A' }],
  ['=EUPACT.PRESSURE_SCORE(10, 0.2, 100)', 0.5, 12],
  ['=EUPACT.PRESSURE_SCORE({10;30}, {0.5;0.5})', [0.5, 1.5], 12],
  ['=EUPACT.PRESSURE_SCORE("CZ", "temporaryProtection", , "2026-reference")', 4.2683, 4],
  [
    '=EUPACT.PRESSURE_SCORE("DE", {"temporaryProtection","population"}, {3,1}, "2026-reference")',
    1.2146,
    4,
  ],
  ['=EUPACT.PRESSURE_SCORE("IT", "asylumFirstTime")', { error: '#N/A' }],
  ['=EUPACT.OFFSET_VALUE(4555)', 91_100_000, 6],
  ['=EUPACT.OFFSET_VALUE(10, 25000)', 250_000, 6],
  ['=EUPACT.OFFSET_COUNT(420000000)', 21_000, 9],
  ['=EUPACT.OFFSET_COUNT(1000000)', 50, 9],
  ['=EUPACT.CONTRIBUTION("DE", "relocations", 21000, 420000000, "2026-reference")', 4554.0, 2],
  ['=EUPACT.CONTRIBUTION("DE", "eur", 21000, 420000000, "2026-reference")', 91_080_001.27, 2],
  ['=EUPACT.CONTRIBUTION("FR", , 21000, 420000000, "2026-reference")', 3361.43, 2],
  ['=EUPACT.CONTRIBUTION(0.1)', 3000, 9],
  ['=EUPACT.CONTRIBUTION(0.1, , 30000, 600000000, , 21000)', 2100, 9],
  [
    '=EUPACT.ART63_STATUS(7916, 30000, , , , 21000)',
    /^Offsets may not be requested: 7,916 relocations pledged, below 50 % of the Commission proposal's 30,000 \(15,000\); .* Mandatory offsets would apply up to 30,000: the pledges are below 30,000 and below 60 % of the reference number 21,000 \(12,600\)\. They apply only following a High-Level Forum reconvened under Art\. 13\(4\) \(Art\. 63\(3\)\); none is owed yet\.$/,
  ],
  [
    '=EUPACT.ART63_STATUS(31000)',
    /^Offsets may be requested: 31,000 relocations pledged, at least 50 % of the Commission proposal's 30,000 \(15,000\), .* No mandatory offsets: the pledges reach 30,000 and 60 % of the reference number 30,000 \(18,000\), and so do the pledges to be implemented \(Art\. 63\(3\), \(4\)\)\.$/,
  ],
  [
    '=EUPACT.SOURCE("population", "2026-reference")',
    'Population on 1 January 2025: Eurostat demo_gind (population on 1 January), first release, ' +
      'rounded to the nearest 100, release 2025-07-11',
  ],
  [
    '=EUPACT.SOURCE("temporaryProtection")',
    'Beneficiaries of temporary protection 2025-12: Eurostat migr_asytpsm (citizen EXT_EU27_2020, ' +
      'sex T, age TOTAL, end-of-month stock), release 2026-07-01',
  ],
];
const EXAMPLES_COLUMN = 'N';
const exampleRow = (i: number) => FIRST + 3 * i;

function table(spec: ReturnType<typeof buildPoolReport>['spec'], name: string): TableSpec {
  for (const s of spec.sheets)
    for (const b of s.blocks) if (b.kind === 'table' && b.table.name === name) return b.table;
  throw new Error(`No table ${name}`);
}

/** The `expected` of each row's formula cell in a column of a report table, by state code. */
function expectedColumn(t: TableSpec, header: string): Map<string, number> {
  const c = t.columns.findIndex((col) => col.header === header);
  if (c < 0) throw new Error(`No column ${header} in ${t.name}`);
  return new Map(
    t.rows.map((row) => {
      const cell = row[c];
      const value = typeof cell === 'object' && cell !== null ? cell.expected : cell;
      return [String(row[0]), value as number];
    }),
  );
}

describe('the EUPACT functions in a real formula engine (HyperFormula)', () => {
  let hf: HyperFormula;
  let extraRow: Record<string, number>;
  let calls: EngineCall[];

  beforeAll(async () => {
    setActiveIndicatorSet(undefined);
    ({ calls } = await registerEupact());
    const rows = sheet();
    extraRow = {};
    Object.entries(EXTRA).forEach(([key, formula], i) => {
      extraRow[key] = LAST + 1 + i;
      rows.push([key, formula]);
    });
    // The README's examples down column N, three rows apart (room for a spill of two).
    README_EXAMPLES.forEach(([formula], i) => {
      while (rows.length < exampleRow(i)) rows.push([]);
      const row = rows[exampleRow(i) - 1]!;
      const col = EXAMPLES_COLUMN.charCodeAt(0) - 65;
      while (row.length < col) row.push(null);
      row[col] = formula;
    });
    // No smart rounding: HyperFormula would otherwise round results to 14 significant digits.
    hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3', smartRounding: false });
  });

  afterAll(() => {
    hf?.destroy();
  });

  const value = (col: string, row: number): CellValue =>
    hf.getCellValue({ sheet: 0, col: col.charCodeAt(0) - 65, row: row - 1 });
  const column = (col: string) =>
    DEFAULT_PARTICIPANTS.map((code, i) => [code, value(col, FIRST + i)] as const);
  const extra = (key: string) => value('B', extraRow[key]!);

  const core = new Map(
    computeFairShares(
      DEFAULT_PARTICIPANTS.map((code) => ({ code, ...figureLookup(DATA)(code) }) as never),
    ).map((f) => [f.code, f]),
  );
  const report = presetReport('2026-council');
  const reportFairShare = expectedColumn(table(report.spec, FAIR_SHARE_TABLE), FS.fairShare);
  const reportRelocations = expectedColumn(table(report.spec, POOL_TABLE), POOL.relocations);
  const reportFinancial = expectedColumn(table(report.spec, POOL_TABLE), POOL.financial);
  const reportScore = expectedColumn(
    table(report.spec, PRESSURE_TABLE),
    pressureColumns(TP, seriesOf(DATA, TP)!.period).score,
  );

  it('computes each row’s fair share with absolute ranges as the core does, to 1e-12', () => {
    for (const [code, v] of column(COLUMNS.fairShare)) {
      expect(typeof v).toBe('number');
      expect(Math.abs((v as number) - core.get(code)!.fairShare)).toBeLessThan(1e-12);
    }
  });

  it('agrees with the pool workbook’s native formulas (Fair share table, proved by LibreOffice)', () => {
    expect(reportFairShare.size).toBe(N);
    for (const [code, v] of column(COLUMNS.fairShare)) {
      expect(Math.abs((v as number) - reportFairShare.get(code)!)).toBeLessThan(1e-12);
    }
    for (const [code, v] of column(COLUMNS.native)) {
      expect(Math.abs((v as number) - reportFairShare.get(code)!)).toBeLessThan(1e-12);
    }
  });

  it('spills one formula over the 26 rows, with the same values', () => {
    expect(hf.getCellFormula({ sheet: 0, col: 4, row: FIRST })).toBeUndefined();
    for (const [code, v] of column(COLUMNS.spilled)) {
      expect(Math.abs((v as number) - core.get(code)!.fairShare)).toBeLessThan(1e-12);
    }
    expect(extra('sumOfSpilled')).toBeCloseTo(1, 12);
    expect(extra('sumOfShares')).toBeCloseTo(1, 12);
  });

  it('looks a country code up in the named dataset', () => {
    for (const [code, v] of column(COLUMNS.byCode)) {
      expect(Math.abs((v as number) - reportFairShare.get(code)!)).toBeLessThan(1e-12);
    }
  });

  it('gives the indicative contributions of the 2026 pool (Art. 12(2)) as the Pool table does', () => {
    for (const [code, v] of column(COLUMNS.relocations)) {
      expect(Math.abs((v as number) - reportRelocations.get(code)!)).toBeLessThan(1e-9);
    }
    for (const [code, v] of column(COLUMNS.euros)) {
      expect(Math.abs((v as number) - reportFinancial.get(code)!)).toBeLessThan(1e-4);
    }
    // Germany of 21,000 on the 2026 data (first release of 11 July 2025): 4,554; published 4,555.
    expect(extra('germany2026')).toBe(4554);
  });

  it('scores pressure from figures and from codes as the Pressure table does', () => {
    expect(reportScore.size).toBe(N);
    for (const [code, v] of column(COLUMNS.pressure)) {
      expect(Math.abs((v as number) - reportScore.get(code)!)).toBeLessThan(1e-12);
    }
    for (const [code, v] of column(COLUMNS.pressureByCode)) {
      expect(Math.abs((v as number) - reportScore.get(code)!)).toBeLessThan(1e-12);
    }
  });

  it('shows errors with their messages, never a number', () => {
    const dk = extra('denmark');
    expect(dk).toBeInstanceOf(DetailedCellError);
    expect((dk as DetailedCellError).value).toBe('#N/A');
    expect((dk as DetailedCellError).message).toMatch(
      /Denmark \(DK\) is not a participating state/,
    );

    const sizes = extra('sizes') as DetailedCellError;
    expect(sizes.value).toBe('#VALUE!');
    expect(sizes.message).toMatch(
      /gdps \(25 rows × 1 column\) must have the same size as populations/,
    );

    const empty = extra('emptyGdp') as DetailedCellError;
    expect(empty.value).toBe('#N/A');
    expect(empty.message).toMatch(/gdp_or_dataset is empty/);

    const text = extra('text') as DetailedCellError;
    expect(text.value).toBe('#VALUE!');
    expect(text.message).toBe('count is the text "many" where a number belongs.');
  });

  it('gives the results the README’s function reference shows', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    README_EXAMPLES.forEach(([formula, shown, digits], i) => {
      expect(readme).toContain(`\`${formula}\``);
      const expected = Array.isArray(shown) ? shown : [shown];
      expected.forEach((e, k) => {
        const actual = value(EXAMPLES_COLUMN, exampleRow(i) + k);
        if (typeof e === 'number') {
          expect([formula, actual]).toEqual([formula, expect.closeTo(e, digits ?? 12)]);
        } else if (e instanceof RegExp) {
          expect([formula, actual]).toEqual([formula, expect.stringMatching(e)]);
        } else if (typeof e === 'string') {
          expect([formula, actual]).toEqual([formula, e]);
        } else {
          expect([formula, (actual as DetailedCellError).value]).toEqual([formula, e.error]);
        }
      });
    });
  });

  it('is never called with an Excel error in an argument, as Excel would not call it (rule 9)', () => {
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.errorInputs > 0)).toEqual([]);
  });

  it('nests in native formulas and in one another', () => {
    expect(extra('offsets')).toBeCloseTo(4555, 9);
    expect(extra('art63')).toMatch(/^Offsets may be requested: 12,600 relocations pledged/);
    expect(extra('source')).toBe(
      'Population on 1 January 2025: Eurostat demo_gind (population on 1 January), first release, ' +
        'rounded to the nearest 100, release 2025-07-11',
    );
  });
});
