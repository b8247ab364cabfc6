import {
  contribution,
  fairShare,
  offsetCount,
  offsetValue,
  pressureScore,
} from '../../src/functions/functions';
import { MAX_MESSAGE } from '../../src/functions/errors';
import { installCustomFunctionsStub } from './customFunctionsStub';
import { cell, shown } from './excelErrors';

// Issue 9: bad input never becomes a wrong figure. Excel passes an omitted argument as null.
const _ = null as never;
const column = (...values: unknown[]) => values.map((v) => [v]);
const BEYOND = /the result is beyond Excel's range \(numbers up to about 1\.8E308\)/;

beforeAll(() => installCustomFunctionsStub());

describe('results beyond Excel’s range are #VALUE! with a message, never Infinity or NaN', () => {
  it.each([
    ['=EUPACT.OFFSET_VALUE(9E307)', () => offsetValue([[9e307]], _)],
    ['=EUPACT.OFFSET_VALUE(2, 9E307)', () => offsetValue([[2]], 9e307)],
    ['=EUPACT.OFFSET_COUNT(1000, 1E-306)', () => offsetCount([[1000]], 1e-306)],
    ['=EUPACT.CONTRIBUTION(0.5, "eur", 9E307)', () => contribution([[0.5]], 'eur', 9e307, _, _)],
  ])('%s', (_formula, call) => {
    const { code, message } = shown(call);
    expect(code).toBe('#VALUE!');
    expect(message).toMatch(BEYOND);
  });

  it('=EUPACT.FAIRSHARE({9E307;9E307},{1;1}): the populations’ total overflows', () => {
    expect(shown(() => fairShare(column(9e307, 9e307), column(1, 1), _, _))).toEqual({
      code: '#VALUE!',
      message: expect.stringMatching(
        /^The total of population_or_code: the result is beyond Excel's range/,
      ) as unknown as string,
    });
  });

  it('a participants’ column whose total overflows is refused, not taken as a share of 0', () => {
    const pops = column(9e307, 9e307, 1);
    expect(shown(() => fairShare([[1]], [[1]], pops, column(1, 1, 1))).message).toMatch(
      /^The total of populations: the result is beyond Excel's range/,
    );
  });

  it('in a spilled result only the element beyond the range is an error', () => {
    const spilled = offsetValue(column(1, 9e307, 2), _).map((r) => cell(r[0]));
    expect(spilled[0]).toBe(20_000);
    expect(spilled[1]).toEqual({
      code: '#VALUE!',
      message: expect.stringMatching(/^count, row 2: the result is beyond/) as unknown as string,
    });
    expect(spilled[2]).toBe(40_000);
  });
});

describe('a whole-column argument is trimmed like Excel’s TRIMRANGE', () => {
  const ROWS = 1_048_576; // a whole column, A:A
  const wholeColumn = (filled: readonly unknown[]) =>
    Array.from({ length: ROWS }, (_unused, i) => [i < filled.length ? filled[i] : null]);
  const counts = Array.from({ length: 26 }, (_unused, i) => i + 1);

  it('=EUPACT.OFFSET_VALUE(A:A) with 26 rows filled spills 26 values, not a million #N/A', () => {
    const result = offsetValue(wholeColumn(counts), _);
    expect(result).toHaveLength(26);
    expect(result.map((r) => r[0])).toEqual(counts.map((n) => n * 20_000));
  });

  it('=EUPACT.FAIRSHARE(B:B, C:C) gives the shares of the filled rows', () => {
    const pops = wholeColumn(counts.map((n) => n * 1e6));
    const gdps = wholeColumn(counts.map((n) => n * 1e4));
    const result = fairShare(pops, gdps, _, _);
    expect(result).toHaveLength(26);
    expect(result.reduce((a, r) => a + (r[0] as number), 0)).toBeCloseTo(1, 12);
  });

  it('trailing empty columns go too, and an empty cell among the data stays #N/A', () => {
    const result = offsetValue(
      [
        [1, null, null],
        [null, null, null],
        [3, null, null],
        [null, null, null],
      ],
      _,
    ).map((r) => r.map(cell));
    expect(result).toEqual([[20_000], [expect.objectContaining({ code: '#N/A' })], [60_000]]);
  });

  it('columns that go together are trimmed together: a GDP beside an empty population is a gap', () => {
    const { code, message } = shown(() =>
      fairShare(column(10, 20, null, null), column(1, 2, 3, null), _, _),
    );
    expect(code).toBe('#N/A');
    expect(message).toBe(
      'population_or_code, row 3 is empty: a missing figure is never taken as zero.',
    );
  });

  it('a range of empty cells for an optional argument counts as omitted', () => {
    expect(offsetValue([[2]], column(null, null, null))).toEqual([[40_000]]);
  });

  it('PRESSURE_SCORE trims values and fair shares together', () => {
    const result = pressureScore(column(10, 30, null), column(0.5, 0.5, null), _, _);
    expect(result).toHaveLength(2);
    expect(result.map((r) => r[0])).toEqual([0.5, 1.5]);
  });
});

describe('messages name the real problem', () => {
  it('=EUPACT.FAIRSHARE("DE", 5) asks for a dataset name, not the participants’ columns', () => {
    expect(shown(() => fairShare([['DE']], [[5]], _, _))).toEqual({
      code: '#VALUE!',
      message:
        'gdp_or_dataset: with a country code, give a dataset name such as "latest" (or leave it ' +
        'empty), not the number 5.',
    });
  });

  it('=EUPACT.FAIRSHARE(10, "") says the GDP is missing', () => {
    expect(shown(() => fairShare([[10]], [['']], _, _))).toEqual({
      code: '#N/A',
      message: 'gdp_or_dataset is empty: a missing figure is never taken as zero.',
    });
  });

  it('a 5,000-character argument is quoted clipped to 40 characters', () => {
    const long = 'x'.repeat(5000);
    for (const call of [
      () => fairShare([[long]], _, _, _),
      () => fairShare([['DE']], [[long]], _, _),
      () => offsetValue([[long]], _),
      () => contribution([[0.5]], long, _, _, _),
      () => pressureScore([['DE']], [[long]], _, _),
    ]) {
      const { message } = shown(call);
      expect(message).toContain(`"${'x'.repeat(39)}…"`);
      expect(message).not.toContain('x'.repeat(41));
      expect(message!.length).toBeLessThanOrEqual(MAX_MESSAGE);
    }
  });
});
