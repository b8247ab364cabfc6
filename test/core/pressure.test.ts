import { computeFairShares, computePressure, pressureScore } from '../../src/core';

const fairShares = computeFairShares([
  { code: 'DE', population: 50, gdp: 60 }, // 0.55
  { code: 'FR', population: 30, gdp: 20 }, // 0.25
  { code: 'IT', population: 20, gdp: 20 }, // 0.20
]);

describe('pressure score', () => {
  it('is the share of the total divided by the fair share', () => {
    // 40 of 100 applications with a fair share of 0.2: 0.4 / 0.2 = 2 (twice its share).
    expect(pressureScore(40, 100, 0.2)).toBeCloseTo(2, 15);
    expect(pressureScore(25, 100, 0.25)).toBeCloseTo(1, 15);
  });

  it('scores each participant; the fair-share-weighted mean is exactly 1', () => {
    // Applications DE 11, FR 5, IT 4 (of 20): shares .55/.25/.20 → all exactly proportionate.
    const r = computePressure(fairShares, [
      {
        id: 'asylum',
        label: 'Asylum applications',
        values: new Map([
          ['DE', 11],
          ['FR', 5],
          ['IT', 4],
        ]),
      },
    ]);
    const s = r.indicators[0]!;
    expect(s.total).toBe(20);
    for (const code of ['DE', 'FR', 'IT']) expect(s.byState.get(code)?.score).toBeCloseTo(1, 14);
    const arrivals = computePressure(fairShares, [
      {
        id: 'arrivals',
        label: 'Arrivals',
        values: new Map([
          ['DE', 1],
          ['FR', 3],
          ['IT', 16],
        ]),
      },
    ]).indicators[0]!;
    // IT: 16/20 = 0.8 of arrivals, fair share 0.2 → 4.
    expect(arrivals.byState.get('IT')?.score).toBeCloseTo(4, 14);
    const weightedMean = fairShares.reduce(
      (a, f) => a + f.fairShare * arrivals.byState.get(f.code)!.score,
      0,
    );
    expect(weightedMean).toBeCloseTo(1, 14);
  });

  it('combines indicators with the analyst’s weights', () => {
    // Scores: asylum all 1; arrivals DE 1/20/0.55, FR 3/20/0.25 = 0.6, IT 4.  Weights 3:1.
    const r = computePressure(fairShares, [
      {
        id: 'asylum',
        label: 'Asylum',
        weight: 3,
        values: new Map([
          ['DE', 11],
          ['FR', 5],
          ['IT', 4],
        ]),
      },
      {
        id: 'arrivals',
        label: 'Arrivals',
        weight: 1,
        values: new Map([
          ['DE', 1],
          ['FR', 3],
          ['IT', 16],
        ]),
      },
    ]);
    expect(r.combined.get('IT')).toBeCloseTo((3 * 1 + 1 * 4) / 4, 14);
    expect(r.combined.get('FR')).toBeCloseTo((3 * 1 + 0.6) / 4, 14);
  });

  it('treats a missing value as missing, never as zero', () => {
    const r = computePressure(fairShares, [
      {
        id: 'asylum',
        label: 'Asylum',
        values: new Map([
          ['DE', 11],
          ['FR', 5],
        ]),
      },
    ]);
    expect(r.indicators[0]?.missing).toEqual(['IT']);
    expect(r.indicators[0]?.total).toBeUndefined();
    expect(r.indicators[0]?.byState.size).toBe(0);
    expect(r.combined.size).toBe(0);
  });

  it('combines the complete indicators only when asked, for reports that list the gaps', () => {
    const indicators = [
      {
        id: 'a',
        label: 'A',
        values: new Map([
          ['DE', 1],
          ['FR', 3],
          ['IT', 16],
        ]),
      },
      { id: 'b', label: 'B', values: new Map([['DE', 1]]) },
    ];
    expect(computePressure(fairShares, indicators).combined.size).toBe(0);
    expect(
      computePressure(fairShares, indicators, { incomplete: 'exclude' }).combined.get('IT'),
    ).toBeCloseTo(4, 14);
  });

  it('leaves a zero-weight indicator out of the combined score', () => {
    const r = computePressure(fairShares, [
      {
        id: 'a',
        label: 'A',
        weight: 1,
        values: new Map([
          ['DE', 1],
          ['FR', 3],
          ['IT', 16],
        ]),
      },
      { id: 'b', label: 'B', weight: 0, values: new Map([['DE', 1]]) },
    ]);
    expect(r.combined.get('IT')).toBeCloseTo(4, 14);
  });

  it.each([
    [() => pressureScore(-1, 10, 0.2), /indicator value must not be negative/],
    [() => pressureScore(1, 0, 0.2), /indicator total must be above zero/],
    [() => pressureScore(11, 10, 0.2), /exceeds the total/],
    [() => pressureScore(1, 10, 0), /fair share must be above zero/],
    [
      () => computePressure(fairShares, [{ id: 'a', label: 'A', weight: 0, values: new Map() }]),
      /All indicator weights are zero/,
    ],
    [
      () =>
        computePressure(fairShares, [
          {
            id: 'a',
            label: 'Arrivals',
            values: new Map([
              ['DE', -4],
              ['FR', 1],
              ['IT', 1],
            ]),
          },
        ]),
      /Arrivals of DE must not be negative/,
    ],
  ])('rejects bad input %#', (run, message) => {
    expect(run).toThrow(message);
  });
});
