import { computeFairShares, fairShareOf, MethodologyError } from '../../src/core';

describe('fair share (Art. 66, Annex I)', () => {
  // Hand-worked: population 50/30/20 of 100, GDP 60/20/20 of 100.
  //   DE: 0.5 × 0.50 + 0.5 × 0.60 = 0.55
  //   FR: 0.5 × 0.30 + 0.5 × 0.20 = 0.25
  //   IT: 0.5 × 0.20 + 0.5 × 0.20 = 0.20
  const three = [
    { code: 'DE', population: 50, gdp: 60 },
    { code: 'FR', population: 30, gdp: 20 },
    { code: 'IT', population: 20, gdp: 20 },
  ];

  it('weighs population and GDP half and half over the participants', () => {
    const shares = computeFairShares(three);
    expect(shares.map((s) => [s.code, s.populationShare, s.gdpShare])).toEqual([
      ['DE', 0.5, 0.6],
      ['FR', 0.3, 0.2],
      ['IT', 0.2, 0.2],
    ]);
    expect(shares[0]?.fairShare).toBeCloseTo(0.55, 15);
    expect(shares[1]?.fairShare).toBeCloseTo(0.25, 15);
    expect(shares[2]?.fairShare).toBeCloseTo(0.2, 15);
  });

  it('does not depend on the unit of GDP or population (only ratios enter)', () => {
    const scaled = computeFairShares(three.map((s) => ({ ...s, gdp: s.gdp * 1e6 })));
    expect(scaled.map((s) => s.fairShare)).toEqual(
      computeFairShares(three).map((s) => s.fairShare),
    );
  });

  it('computes one state from explicit totals as the table does', () => {
    expect(fairShareOf(30, 20, 100, 100)).toBeCloseTo(0.25, 15);
  });

  it('sums to 1 within 1e-12 over 26 states of very different sizes', () => {
    const inputs = Array.from(
      'BE BG CZ DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE'.split(' '),
      (code, i) => ({ code, population: 500_000 + i * 3_333_333.3, gdp: 20_000.7 * (i + 1) ** 2 }),
    );
    const total = computeFairShares(inputs).reduce((a, s) => a + s.fairShare, 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-12);
  });

  it('accepts GR for Greece and writes EL', () => {
    expect(computeFairShares([{ code: 'gr', population: 1, gdp: 1 }])[0]?.code).toBe('EL');
  });

  it.each([
    [{ code: 'DE', population: -1, gdp: 1 }, /population of DE must be above zero/],
    [{ code: 'DE', population: NaN, gdp: 1 }, /population of DE must be a number/],
    [{ code: 'DE', population: 1, gdp: 0 }, /GDP of DE must be above zero/],
    [{ code: 'XX', population: 1, gdp: 1 }, /Unknown country code "XX"/],
  ])('rejects %o naming the state and the field', (bad, message) => {
    expect(() => computeFairShares([bad])).toThrow(message);
  });

  it('rejects a duplicate state and an empty set', () => {
    expect(() => computeFairShares([three[0]!, { ...three[0]!, code: 'de' }])).toThrow(
      /DE appears twice/,
    );
    expect(() => computeFairShares([])).toThrow(MethodologyError);
  });

  it('reports where the problem is for adapters to point at', () => {
    try {
      computeFairShares([{ code: 'FR', population: 1, gdp: -3 }]);
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(MethodologyError);
      expect((e as MethodologyError).state).toBe('FR');
      expect((e as MethodologyError).field).toBe('GDP');
    }
  });
});
