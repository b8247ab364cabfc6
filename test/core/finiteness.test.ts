import {
  applyDeductions,
  assessPledges,
  computeFairShares,
  computePressure,
  fairShareOf,
  pressureScore,
  indicativeContributions,
  MethodologyError,
  resolvePoolTotals,
  type FairShare,
} from '../../src/core';

/** Runs `fn` and returns the MethodologyError it throws (failing the test when it throws nothing). */
function methodologyError(fn: () => unknown): MethodologyError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MethodologyError);
    return e as MethodologyError;
  }
  throw new Error('expected a MethodologyError, got a result');
}

const shares = [
  { code: 'DE', fairShare: 0.5 },
  { code: 'FR', fairShare: 0.5 },
];

describe('issue 9: every number finite, checked in the core too', () => {
  it('refuses a non-finite fair-share input, naming the state and the field', () => {
    const e = methodologyError(() =>
      computeFairShares([
        { code: 'DE', population: Infinity, gdp: 1 },
        { code: 'FR', population: 1, gdp: 1 },
      ]),
    );
    expect(e.message).toBe('population of DE must be a number, got Infinity.');
    expect([e.state, e.field]).toEqual(['DE', 'population']);
  });

  it('refuses totals that overflow: two populations of 1E+308', () => {
    const e = methodologyError(() =>
      computeFairShares([
        { code: 'DE', population: 1e308, gdp: 1 },
        { code: 'FR', population: 1e308, gdp: 1 },
      ]),
    );
    expect(e.field).toBe("participants' total population");
    expect(e.message).toBe(
      "participants' total population: the result is beyond Excel's range (numbers up to about 1.8E308): check the figures given, or give them in larger units (e.g. millions).",
    );
  });

  it('refuses a non-finite total and EUR per relocation', () => {
    expect(methodologyError(() => resolvePoolTotals({ relocations: Infinity })).field).toBe(
      'relocation total',
    );
    expect(methodologyError(() => resolvePoolTotals({ financialEur: NaN })).field).toBe(
      'financial total (EUR)',
    );
    expect(
      methodologyError(() => resolvePoolTotals({ relocations: 1, eurPerRelocation: Infinity }))
        .field,
    ).toBe('EUR per relocation');
  });

  it('refuses a total whose product overflows (1E+308 relocations × EUR 20,000), not Infinity', () => {
    const e = methodologyError(() => resolvePoolTotals({ relocations: 1e308 }));
    expect(e.field).toBe('financial total (EUR)');
    expect(e.message).toMatch(/beyond Excel's range/);
  });

  it('refuses a quotient that vanishes (EUR 1E-320 gives 0 relocations), not 0', () => {
    const e = methodologyError(() => resolvePoolTotals({ financialEur: 1e-320 }));
    expect(e.message).toBe('relocation total must be above zero, got 0.');
  });

  it('refuses a non-finite deduction', () => {
    const pool = indicativeContributions(shares, resolvePoolTotals({ relocations: 100 }));
    const e = methodologyError(() =>
      applyDeductions(pool, [{ code: 'DE', share: NaN, article: 61 }]),
    );
    expect([e.state, e.field]).toEqual(['DE', 'deduction']);
  });

  it('refuses non-finite pledges, and pledge totals that overflow', () => {
    const totals = resolvePoolTotals({ relocations: 100 });
    const pool = applyDeductions(indicativeContributions(shares, totals)).rows;
    const pledge = (code: string, financialEur: number) => ({
      code,
      relocations: 0,
      financialEur,
      alternativeEur: 0,
      offsets: 0,
    });
    const infinite = methodologyError(() =>
      assessPledges({ pool, totals, pledges: [pledge('DE', Infinity)] }),
    );
    expect(infinite.state).toBe('DE');
    const overflow = methodologyError(() =>
      assessPledges({ pool, totals, pledges: [pledge('DE', 1e308), pledge('FR', 1e308)] }),
    );
    expect(overflow.field).toBe('financialPledgesEur');
    const huge = methodologyError(() =>
      assessPledges({
        pool,
        totals,
        pledges: [{ ...pledge('DE', 0), relocations: 1e307 }],
      }),
    );
    expect([huge.state, huge.field]).toEqual(['DE', 'pledgedValueEur']);
  });

  it('refuses a non-finite pressure value and a score that overflows', () => {
    const fair = computeFairShares([
      { code: 'DE', population: 1, gdp: 1 },
      { code: 'FR', population: 1, gdp: 1 },
    ]);
    const values = (de: number, fr: number) =>
      new Map([
        ['DE', de],
        ['FR', fr],
      ]);
    const e = methodologyError(() =>
      computePressure(fair, [{ id: 'a', label: 'Arrivals', values: values(Infinity, 1) }]),
    );
    expect([e.state, e.field]).toEqual(['DE', 'Arrivals']);
    const tiny: FairShare[] = fair.map((f) => ({ ...f, fairShare: f.code === 'DE' ? 1e-320 : 1 }));
    const overflow = methodologyError(() =>
      computePressure(tiny, [{ id: 'a', label: 'Arrivals', values: values(1, 1) }]),
    );
    expect([overflow.state, overflow.field]).toEqual(['DE', 'pressure score on Arrivals']);
    const total = methodologyError(() =>
      computePressure(fair, [{ id: 'a', label: 'Arrivals', values: values(1e308, 1e308) }]),
    );
    expect(total.field).toBe("participants' total of Arrivals");
  });
});

describe('issue 9: the single-state formulas the EUPACT functions call are guarded too', () => {
  it('fairShareOf refuses a share that would be Infinity or NaN', () => {
    expect(methodologyError(() => fairShareOf(1e308, 1, 1e-308, 1)).field).toBe('fair share');
    expect(methodologyError(() => fairShareOf(1, 1, 0, 1)).field).toBe('fair share');
    expect(fairShareOf(1, 1, 4, 2)).toBe(0.375);
  });

  it('pressureScore refuses a score that overflows', () => {
    expect(methodologyError(() => pressureScore(1, 1, 1e-320)).field).toBe('pressure score');
    expect(pressureScore(1, 4, 0.5)).toBe(0.5);
  });
});
