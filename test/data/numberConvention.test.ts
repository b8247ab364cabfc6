import { readIndicatorFile, toSeries, type ReadResult } from '../../src/data';
import { parseStrictNumber } from '../../src/data/numbers';
import {
  GDP_2024,
  germanGdpCsv,
  germanPopulationCsv,
  mixedGdpCsv,
  POPULATION_2026,
} from '../helpers/continentalFiles';

const provenance = { dataset: 'test', release: 'test', source: 'test' };
const series = (read: ReadResult, indicator: string, period: string) =>
  toSeries(read, { indicator, period, provenance });
const errors = (read: ReadResult) => read.issues.filter((i) => i.severity === 'error');

describe('files as continental Excel saves them (issue 18)', () => {
  it.each([
    ['AT;2026;9.215.956', 'population', '2026', germanPopulationCsv, POPULATION_2026, 9_215_956],
    ['AT;2024;494087,6', 'gdp', '2024', germanGdpCsv, GDP_2024, 494_087.6],
  ] as const)(
    'reads `%s` (German Excel, "CSV (semicolon delimited)") for every participant',
    (line, indicator, period, file, bundled, austria) => {
      const text = file();
      expect(text.split('\r\n')[1]).toBe(line);
      const read = readIndicatorFile(text);
      expect(read.numbers).toEqual({
        kind: 'read',
        decimal: 'comma',
        why: 'semicolon',
        semicolon: true,
        example: { line: 2, text: line.split(';')[2] },
        ambiguous: 0,
      });
      const result = series(read, indicator, period);
      expect(result.issues).toEqual([]);
      expect(result.accepted).toBe(bundled.length);
      const values = [...(result.series?.observations.values() ?? [])].map((o) => [
        o.code,
        o.value,
      ]);
      expect(values).toEqual(bundled.map((r) => [r.geo, Number(r.value)]));
      expect(result.series?.observations.get('AT')?.value).toBe(austria);
    },
  );

  it('has every participant in the two files: 31 populations, 30 GDPs (Liechtenstein has none)', () => {
    expect([POPULATION_2026.length, GDP_2024.length]).toEqual([31, 30]);
  });

  it('reads either file with decimal points when the analyst chooses so, refusing every figure it cannot read so', () => {
    const population = readIndicatorFile(germanPopulationCsv(), { decimal: 'point' });
    expect(population.numbers).toMatchObject({ decimal: 'point', why: 'chosen' });
    // "9.215.956" has two dots: no number with a decimal point; none is guessed.
    expect(series(population, 'population', '2026').accepted).toBe(0);
    const gdp = series(readIndicatorFile(germanGdpCsv(), { decimal: 'point' }), 'gdp', '2024');
    expect(gdp.accepted).toBe(0);
    expect(gdp.issues[0]).toMatchObject({ line: 2, column: 'value', severity: 'error' });
  });

  it('refuses a file that writes numbers both ways, naming a figure of each, with the choice', () => {
    const read = readIndicatorFile(mixedGdpCsv());
    expect(read.numbers).toEqual({
      kind: 'mixed',
      semicolon: true,
      comma: { line: 2, text: '494087,6' },
      point: { line: 13, text: '2919899.9' },
    });
    expect(read.rows).toEqual([]);
    const result = series(read, 'gdp', '2024');
    expect(result.series).toBeUndefined();
    expect(result.rejected).toBe(30);
    expect(errors(read)).toEqual([
      expect.objectContaining({ line: 1, column: 'value', severity: 'error' }),
    ]);
    expect(errors(read)[0]?.message).toMatch(
      /"494087,6" \(line 2\) only with a decimal comma, "2919899.9" \(line 13\) only with a decimal point.*--decimal comma or --decimal point/,
    );
    // Chosen: the figures written the other way are refused on their lines, never guessed.
    const commas = series(readIndicatorFile(mixedGdpCsv(), { decimal: 'comma' }), 'gdp', '2024');
    expect(commas.accepted).toBe(27);
    expect(commas.issues.map((i) => i.line)).toEqual([13, 17, 22]); // FR, IT, NL
    const points = series(readIndicatorFile(mixedGdpCsv(), { decimal: 'point' }), 'gdp', '2024');
    expect(points.accepted).toBe(3);
    expect(points.rejected).toBe(27);
    expect(commas.issues[0]?.message).toMatch(
      /"2919899.9" for FR has a decimal point, but the file is read with decimal commas: write 2919899,9/,
    );
  });

  it('takes the convention a file’s figures allow, whatever the separator; else the separator’s', () => {
    const tab = readIndicatorFile('geo\tyear\tvalue\nAT\t2024\t494087,6\n');
    expect(tab.numbers).toMatchObject({ decimal: 'comma', why: 'only-way', semicolon: false });
    const semicolonPoints = readIndicatorFile('geo;year;value\nAT;2024;494087.6\n');
    expect(semicolonPoints.numbers).toMatchObject({ decimal: 'point', why: 'only-way' });
    const plain = readIndicatorFile('geo,year,value\nAT,2024,9215956\n');
    expect(plain.numbers).toMatchObject({ decimal: 'point', why: 'usual' });
    // "574.250" could be 574250 or 574.25 with a decimal point: refused, the choice offered.
    const malta = readIndicatorFile('geo\tyear\tvalue\nMT\t2026\t574.250\n');
    expect(malta.numbers).toMatchObject({ decimal: 'point', why: 'usual', ambiguous: 1 });
    const refused = series(malta, 'population', '2026');
    expect(refused.issues[0]?.message).toMatch(/could be 574250 .* read it with decimal commas/);
  });
});

describe('the decimal-comma reader: as strict as the decimal-point one', () => {
  const comma = (text: string) => {
    const r = parseStrictNumber(text, { decimal: 'comma' });
    return r.ok ? r.value : r.reason;
  };
  test.each([
    ['494087,6', 494087.6],
    ['9.215.956', 9215956],
    ['9 215 956', 9215956],
    ['9\u00A0215\u00A0956', 9215956],
    ['9\u202F215\u202F956,5', 9215956.5],
    ['1.234,5', 1234.5],
    ['-0,25', -0.25],
    ['1,5E3', 1500],
    ['574.250', 574250],
    ['42', 42],
  ])('reads %s as %d', (text, expected) => expect(comma(text)).toBe(expected));

  test.each([
    ['1,000', /could be 1000 .* or 1,000.*write 1000 or 1 /],
    ['494087.6', /decimal point, but the file is read with decimal commas: write 494087,6/],
    ['9.215 956', /grouped in threes/],
    ['92.15.956', /grouped in threes/],
    ['1,2,3', /more than one comma/],
    ['0x10', /hexadecimal/],
    ['50%', /percent/],
    ['1e999', /beyond the largest number/],
    ['5k', /not a number/],
    ['', /empty/],
  ])('refuses %s, saying why', (text, reason) => expect(comma(text)).toMatch(reason));
});
