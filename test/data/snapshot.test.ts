import { computeScenario, DECISION_2025_2323, DEFAULT_PARTICIPANTS } from '../../src/core';
import { figureLookup, gapsOf, loadVintage, seriesOf, VINTAGES } from '../../src/data';

describe('bundled Eurostat snapshot', () => {
  it.each(VINTAGES.map((v) => v.id))('%s covers every participant for the fair share', (id) => {
    const set = loadVintage(id);
    for (const indicator of ['population', 'gdp']) {
      const s = seriesOf(set, indicator)!;
      expect(gapsOf(s, DEFAULT_PARTICIPANTS)).toEqual([]);
      expect(s.provenance.release).not.toBe('');
      expect(s.provenance.source).not.toBe('');
    }
  });

  it('keeps each release apart: Portugal before and after its 2026 revision', () => {
    const reference = seriesOf(loadVintage('2026-reference'), 'population')!;
    const latest = seriesOf(loadVintage('latest'), 'population')!;
    expect(reference.period).toBe('2024');
    expect(reference.observations.get('PT')?.value).toBe(10_639_726);
    expect(reference.provenance.release).toBe('2026-08-14');
    expect(latest.period).toBe('2025');
    expect(latest.observations.get('PT')?.value).toBe(11_387_222);
    expect(latest.provenance.release).toBe('2026-07-10');
  });

  it('never takes Eurostat aggregates or Denmark into the participants', () => {
    const set = loadVintage('latest');
    expect(seriesOf(set, 'population')!.observations.has('EU27_2020')).toBe(false);
    expect(DEFAULT_PARTICIPANTS).not.toContain('DK');
  });

  it('leaves gaps as gaps: first-time applicants are bundled for six participants only', () => {
    const s = seriesOf(loadVintage('latest'), 'asylumFirstTime')!;
    expect([...s.observations.keys()].sort()).toEqual(['DE', 'EL', 'ES', 'FR', 'HU', 'IT']);
    expect(gapsOf(s, DEFAULT_PARTICIPANTS)).toHaveLength(20);
    const arrivals = seriesOf(loadVintage('latest'), 'irregularArrivals')!;
    expect(Object.fromEntries([...arrivals.observations].map(([k, o]) => [k, o.value]))).toEqual({
      ES: 63_970,
      IT: 66_317,
    });
  });

  it('carries Eurostat flags of the rows', () => {
    const s = seriesOf(loadVintage('first-estimates-2026'), 'population')!;
    expect(s.observations.get('BE')?.flag).toBe('p');
  });

  it('reproduces the published 2026 fair shares (Germany 4,555, France 3,361 of 21,000)', () => {
    const r = computeScenario(
      {
        participants: DEFAULT_PARTICIPANTS,
        totals: { relocations: 21_000, financialEur: 420_000_000 },
        deductions: [],
        categories: DECISION_2025_2323.categories,
      },
      figureLookup(loadVintage('2026-reference')),
    );
    const de = r.pool.rows.find((x) => x.code === 'DE')!;
    const fr = r.pool.rows.find((x) => x.code === 'FR')!;
    expect(Math.round(de.relocations)).toBe(4_555);
    // The Commission's exact release is not public: France differs by about 0.02 percentage points.
    expect(Math.abs(fr.fairShare - 3_361 / 21_000)).toBeLessThan(0.0003);
  });
});
