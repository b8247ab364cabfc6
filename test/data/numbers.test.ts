import fc from 'fast-check';
import { parseStrictNumber } from '../../src/data';

const value = (text: string, thousands = false) => {
  const r = parseStrictNumber(text, { thousands });
  return r.ok ? r.value : r.reason;
};

describe('parseStrictNumber: numbers only when written as numbers', () => {
  test.each([
    ['83456045', 83456045],
    [' 42 ', 42],
    ['-1.5', -1.5],
    ['+0.25', 0.25],
    ['.5', 0.5],
    ['2.', 2],
    ['1e3', 1000],
    ['4.2E-2', 0.042],
    ['0.125', 0.125],
    ['1234.5678', 1234.5678],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test.each([
    ['0x10', /hexadecimal/],
    ['0b101', /binary/],
    ['0o17', /octal/],
    ['5 5', /space inside/],
    ['1.000', /could be 1000 .* or 1\.000: write 1000 or 1/],
    ['1e999', /beyond the largest number/],
    ['-1e999', /beyond the largest number/],
    ['1e308', /beyond the largest number/],
    ['1e-400', /too small/],
    ['Infinity', /finite/],
    ['NaN', /finite/],
    ['83,456,045', /comma/],
    ['1,5', /comma/],
    ['50%', /percent/],
    ['1.2.3', /more than one dot/],
    ['', /empty/],
    ['5k', /not a number/],
  ])('refuses %s, saying why', (text, reason) => {
    const r = parseStrictNumber(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(reason);
  });

  test('reads thousands separators only when the caller says the quoting makes them unambiguous', () => {
    expect(value('83,456,045', true)).toBe(83456045);
    expect(value('-1,000.5', true)).toBe(-1000.5);
    expect(value('83,45,6045', true)).toMatch(/comma/);
    expect(value('1,5', true)).toMatch(/comma/);
    expect(value('1,0000', true)).toMatch(/comma/);
  });

  test('checks numbers already read for finiteness and range', () => {
    expect(parseStrictNumber(12)).toEqual({ ok: true, value: 12 });
    expect(parseStrictNumber(Infinity).ok).toBe(false);
    expect(parseStrictNumber(NaN).ok).toBe(false);
    expect(parseStrictNumber(-0)).toEqual({ ok: true, value: 0 });
  });
});

describe('parseStrictNumber: properties', () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20_240_613);

  it('reads back every number JavaScript writes, within Excel’s range', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, max: 9e307, min: -9e307 }),
        (x) => {
          const text = String(x);
          const r = parseStrictNumber(text);
          if (x !== 0 && Math.abs(x) < 2.2251e-308) expect(r.ok).toBe(false);
          else expect(r).toEqual({ ok: true, value: x === 0 ? 0 : x });
        },
      ),
      { seed, numRuns: 1_000 },
    );
  });

  it('reads an integer with en-GB thousands separators only when allowed, and exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = n.toLocaleString('en-GB');
        expect(parseStrictNumber(text, { thousands: true })).toEqual({ ok: true, value: n });
        expect(parseStrictNumber(text).ok).toBe(false);
      }),
      { seed: seed + 1, numRuns: 1_000 },
    );
  });
});
