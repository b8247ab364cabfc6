import { assessRound, computeScenario } from '../../src/core';
import { findPreset, figureLookup, loadVintage, readPledgesCsv } from '../../src/data';
import { EXAMPLE_PLEDGES_2026 } from '../../src/data/examples';
import { comparisonOf, computeResults } from '../../src/taskpane/results';
import { reportOf } from '../../src/taskpane/generate';
import { draftFromPreset, initialState, reducer, scenarioOf } from '../../src/taskpane/state';

const fr = (r: ReturnType<typeof computeResults>) =>
  r.ok ? r.results.rows.find((x) => x.code === 'FR') : undefined;

describe('the results the pane shows before writing', () => {
  it('are the core’s: fair share, indicative contribution, contribution after deduction', () => {
    const s = reducer(initialState(), { type: 'deduction', code: 'FR', share: 0.25, article: 62 });
    const core = computeScenario(scenarioOf(s.scenario), figureLookup(loadVintage('latest')));
    const row = core.pool.rows.find((x) => x.code === 'FR')!;
    expect(fr(computeResults(s))).toMatchObject({
      name: 'France',
      fairShare: row.fairShare,
      relocations: row.relocations,
      financialEur: row.financialEur,
      deductionShare: 0.25,
      effectiveEur: row.financialEur * 0.75,
    });
  });

  it('give the balance the Balance sheet is written from, as a pledge is typed', () => {
    const participants = initialState().scenario.participants;
    const sheet = readPledgesCsv(EXAMPLE_PLEDGES_2026.text, participants);
    let s = reducer(initialState(), {
      type: 'pledging',
      round: { ...sheet, source: EXAMPLE_PLEDGES_2026.source },
    });
    s = reducer(s, { type: 'pledgeAmount', code: 'FR', field: 'relocations', value: 6000 });
    const results = computeResults(s);
    // The core's own assessment of the same round (Art. 56, 60(3), 63), independently of the pane.
    const core = computeScenario(scenarioOf(s.scenario), figureLookup(loadVintage('latest')));
    const pledges = sheet.pledges.map((p) => (p.code === 'FR' ? { ...p, relocations: 6000 } : p));
    const round = assessRound({ scenario: core, pledges });
    const frBalance = round.states.find((r) => r.code === 'FR')!;
    expect(fr(results)?.balanceEur).toBeCloseTo(frBalance.balanceEur!, 6);
    expect(fr(results)?.pledgedEur).toBeCloseTo(frBalance.pledged.valueEur, 6);
    expect(results.ok && results.results.art63?.request.pledges).toBe(round.art63.request.pledges);
    expect(results.ok && results.results.pools).toEqual(round.pools);
  });

  it('say who must implement: benefitting states and full deductions are not obliged (Art. 60(3))', () => {
    const s = reducer(initialState(), { type: 'deduction', code: 'AT', share: 1, article: 62 });
    const results = computeResults(s);
    const row = (code: string) =>
      results.ok ? results.results.rows.find((x) => x.code === code) : undefined;
    expect(row('IT')?.notObligedBecause).toBe('benefitting-58-1');
    expect(row('AT')?.notObligedBecause).toBe('full-deduction-62');
    expect(row('DE')?.notObligedBecause).toBeNull();
  });

  it('follow the reconvened Forum, the Art. 63(7) reading and the findings set in the pane', () => {
    const participants = initialState().scenario.participants;
    const sheet = readPledgesCsv(EXAMPLE_PLEDGES_2026.text, participants);
    let s = reducer(initialState(), {
      type: 'pledging',
      round: { ...sheet, source: EXAMPLE_PLEDGES_2026.source },
    });
    const status = () => {
      const r = computeResults(s);
      return r.ok ? r.results.art63?.mandatory.status : undefined;
    };
    // Art. 63(3): "following the meeting of the High-Level Forum convened in accordance with Article 13(4)".
    expect(status()).toBe('conditional');
    s = reducer(s, { type: 'reconvenedForum', on: true });
    expect(status()).toBe('applies');
    s = reducer(s, { type: 'art63Cap', reading: 'people-only' });
    expect(s.scenario.art63Cap).toBe('people-only');
    // Art. 60(3), fourth subparagraph: the finding is kept per benefitting state, with its state.
    s = reducer(s, { type: 'systemicShortcoming', code: 'EL', on: true, reference: 'C(2026) 1' });
    const r = computeResults(s);
    expect(r.ok && r.results.rows.find((x) => x.code === 'EL')?.systemicShortcoming).toBe(true);
    s = reducer(s, { type: 'systemicShortcoming', code: 'EL', on: false });
    expect(s.scenario.systemicShortcomings).toEqual([]);
  });

  it('name the state a scenario fails on instead of showing numbers', () => {
    const s = initialState();
    const out = computeResults({
      ...s,
      scenario: { ...s.scenario, participants: [...s.scenario.participants, 'LI'] },
    });
    expect(out).toMatchObject({ ok: false, state: 'LI' });
  });

  it('show A when the scenario compared with cannot be computed, and say why B is missing', () => {
    const s = initialState();
    const draft = { ...s.scenario, participants: [...s.scenario.participants, 'LI'] };
    const state = {
      ...s,
      compareWith: { id: 'saved:x', label: 'Saved: x', vintage: s.vintage, draft },
    };
    const a = computeResults(state);
    expect(a.ok).toBe(true);
    expect(comparisonOf(state, a).error).toMatch(/^Saved: x cannot be computed: /);
  });

  it('compare with a preset state by state, by the comparison the Compare sheet is written from', () => {
    const target = {
      id: 'preset:2026-council',
      label: 'Preset: 2026 Council',
      vintage: findPreset('2026-council').vintage,
      draft: draftFromPreset('2026-council'),
    };
    const state = { ...initialState(), compareWith: target };
    const a = computeResults(state);
    const { rows, error } = comparisonOf(state, a);
    expect(error).toBeUndefined();
    const de = rows?.find((r) => r.code === 'DE');
    const b = computeScenario(
      scenarioOf(target.draft),
      figureLookup(loadVintage(target.vintage)),
    ).pool.rows.find((r) => r.code === 'DE')!;
    expect(de?.b?.fairShare).toBe(b.fairShare);
    expect(de?.b?.relocations).toBeCloseTo(b.fairShare * 21_000, 6);
    // The change from A to B: B − A.
    expect(de?.change?.fairShare).toBeCloseTo(b.fairShare - de!.a!.fairShare, 12);
    // Writing adds the Compare sheet (with its chart of the change).
    const sheets = reportOf(state, { now: () => new Date(0), toolVersion: 't' }).spec.sheets;
    expect(sheets.map((x) => x.name)).toContain('Compare');
  });
});
