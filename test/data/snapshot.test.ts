import { computeScenario, DEFAULT_PARTICIPANTS } from '../../src/core';
import {
  errorsOf,
  figureLookup,
  findPreset,
  presetNotes,
  gapsOf,
  loadVintage,
  readLongCsv,
  seriesOf,
  toSeries,
  VINTAGES,
} from '../../src/data';
import { NATIONAL_ARRIVALS_2024_2025 } from '../../src/data/snapshot/datasets';

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

  it.each([
    ['2026-reference', '2025', '2025-06'],
    ['latest', '2025', '2025-12'],
    ['first-estimates-2026', '2026', '2025-12'],
    ['population-2024-pjan', '2024', '2025-06'],
  ])('%s: population %s, GDP 2024, temporary protection at the end of %s', (id, year, tp) => {
    const set = loadVintage(id);
    expect(seriesOf(set, 'population')!.period).toBe(year);
    expect(seriesOf(set, 'gdp')!.period).toBe('2024');
    expect(seriesOf(set, 'temporaryProtection')!.period).toBe(tp);
  });

  it('keeps each release apart: Portugal before and after its 2026 revision', () => {
    const older = seriesOf(loadVintage('population-2024-pjan'), 'population')!;
    const latest = seriesOf(loadVintage('latest'), 'population')!;
    expect(older.period).toBe('2024');
    expect(older.observations.get('PT')?.value).toBe(10_639_726);
    expect(older.provenance.release).toBe('2026-08-14');
    expect(latest.period).toBe('2025');
    expect(latest.observations.get('PT')?.value).toBe(11_387_222);
    expect(latest.provenance.release).toBe('2026-07-10');
  });

  it('bundles the 2026 pool data as first released on 11 July 2025, saying it is rounded to 100', () => {
    const s = seriesOf(loadVintage('2026-reference'), 'population')!;
    expect(s.period).toBe('2025');
    expect(s.observations.get('FR')?.value).toBe(68_635_900);
    expect(s.observations.get('DE')?.value).toBe(83_577_100);
    expect(s.provenance.release).toMatch(/^2025-07-11/);
    expect(s.provenance.dataset).toMatch(/first release, rounded to the nearest 100/);
    expect(s.provenance.source).toMatch(/Wikipedia .*cites Eurostat/);
    expect(seriesOf(loadVintage('2026-reference'), 'gdp')!.period).toBe('2024');
  });

  it('bundles the national arrivals of 2025 where they fit the indicator, with the rest as gaps', () => {
    const s = seriesOf(loadVintage('first-estimates-2026'), 'irregularArrivals')!;
    expect(s.period).toBe('2025');
    expect(Object.fromEntries([...s.observations].map(([k, o]) => [k, o.value]))).toEqual({
      ES: 36_775,
      IT: 66_296,
      EL: 48_298,
    });
    expect(gapsOf(s, DEFAULT_PARTICIPANTS)).toHaveLength(23);
    expect(s.provenance.note).toMatch(/States count arrivals differently/);
  });

  it('keeps the 2024 national arrivals that fit the definition: one concept per state, Cyprus left out', () => {
    const d = NATIONAL_ARRIVALS_2024_2025;
    const r = toSeries(readLongCsv(d.csv), {
      indicator: d.indicator,
      period: '2024',
      provenance: d.provenance,
      ...(d.select ? { select: d.select } : {}),
    });
    expect(errorsOf(r.issues)).toEqual([]);
    // Spain as revised in the 2025 balance; Greece the Minister's total, not the Coast Guard's sea count.
    expect(Object.fromEntries([...r.series!.observations].map(([k, o]) => [k, o.value]))).toEqual({
      ES: 64_019,
      IT: 66_617,
      EL: 60_886,
      MT: 238,
    });
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

  it('reproduces the published 2026 figures closely, without adjusting them', () => {
    const r = computeScenario(
      findPreset('2026-council').scenario,
      figureLookup(loadVintage('2026-reference')),
    );
    const de = r.pool.rows.find((x) => x.code === 'DE')!;
    const fr = r.pool.rows.find((x) => x.code === 'FR')!;
    // Council Implementing Decision (EU) 2025/2642: France 16.0021 %, 3,361 of 21,000.
    expect(Math.round(fr.relocations)).toBe(3_361);
    expect(Math.abs(fr.fairShare - 0.160021)).toBeLessThan(0.00005);
    // Germany 21.6890 %, 4,555: ours is 21.6857 %, 4,554.0, left as computed (GDP release unknown).
    expect(Math.abs(de.fairShare - 0.21689)).toBeLessThan(0.00005);
    expect(Math.round(de.relocations)).toBe(4_554);
  });

  it('keeps the older vintage selectable: it gives France 3,365 of 21,000', () => {
    const r = computeScenario(
      findPreset('2026-council').scenario,
      figureLookup(loadVintage('population-2024-pjan')),
    );
    expect(Math.round(r.pool.rows.find((x) => x.code === 'FR')!.relocations)).toBe(3_365);
  });
});

describe('presetNotes: a preset’s caveats and published figures go with its own data only', () => {
  const preset = findPreset('2026-council');

  it('on its own vintage, with no series replaced: both', () => {
    const notes = presetNotes(preset, preset.vintage, 0);
    expect(notes.caveats).toBe(preset.caveats);
    expect(notes.published).toBe(preset.published);
  });

  it.each([
    ['another vintage', 'latest', 0],
    ['a series replaced from a file', preset.vintage, 1],
  ])('on %s: neither', (_what, vintage, replaced) => {
    expect(presetNotes(preset, vintage as string, replaced as number)).toEqual({ caveats: [] });
  });
});
