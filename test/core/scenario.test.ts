import {
  computeScenario,
  DECISION_2025_2323,
  DEFAULT_PARTICIPANTS,
  normalizeCode,
  resolveParticipants,
} from '../../src/core';

describe('participants', () => {
  it('are the 26 states bound by solidarity: EU-27 without Denmark, with Ireland', () => {
    expect(DEFAULT_PARTICIPANTS).toHaveLength(26);
    expect(DEFAULT_PARTICIPANTS).not.toContain('DK');
    expect(DEFAULT_PARTICIPANTS).toContain('IE');
    expect(DEFAULT_PARTICIPANTS).toContain('EL');
  });

  it('accept GR for Greece and any case, and reject unknown or duplicate codes', () => {
    expect(normalizeCode(' gr ')).toBe('EL');
    expect(resolveParticipants(['de', 'gr'])).toEqual(['DE', 'EL']);
    expect(() => resolveParticipants(['DE', 'UK'])).toThrow(/Unknown participant code "UK"/);
    expect(() => resolveParticipants(['EL', 'GR'])).toThrow(/EL is listed twice/);
    expect(() => resolveParticipants([])).toThrow(/participant set is empty/);
  });
});

describe('a whole scenario', () => {
  const figures = new Map([
    ['DE', { population: 50, gdp: 60 }],
    ['FR', { population: 30, gdp: 20 }],
    ['IT', { population: 20, gdp: 20 }],
  ]);
  const lookup = (code: string) => figures.get(code);

  it('chains fair shares, totals, contributions and deductions', () => {
    const r = computeScenario(
      {
        participants: ['DE', 'FR', 'IT'],
        totals: { relocations: 1_000 },
        // Art. 62: Art. 61(1) refuses a deduction to a state using the pool, as Italy does here.
        deductions: [{ code: 'IT', share: 1, article: 62 }],
        categories: DECISION_2025_2323.categories,
      },
      lookup,
    );
    expect(r.pool.rows.map((x) => [x.code, x.relocations, x.effectiveRelocations])).toEqual([
      ['DE', 550, 550],
      ['FR', 250, 250],
      ['IT', 200, 0],
    ]);
    expect(r.pool.effective.relocations).toBeCloseTo(800, 9);
    // Italy was found under migratory pressure (search-and-rescue arrivals) in the 2025 decision.
    expect(r.benefitting).toEqual(['IT']);
  });

  it('names the state and the missing figure', () => {
    expect(() =>
      computeScenario(
        { participants: ['DE', 'MT'], totals: {}, deductions: [], categories: {} },
        lookup,
      ),
    ).toThrow(/no population for MT/);
  });
});
