import { draftFromPreset, initialState, reducer, scenarioOf } from '../../src/taskpane/state';

describe('the scenario as the analyst edits it', () => {
  it('starts from the latest preset: 26 states, 30,000 relocations, EUR 600 million, ratio kept', () => {
    const s = initialState();
    expect(s.vintage).toBe('latest');
    expect(s.scenario).toMatchObject({
      relocations: 30_000,
      financialEur: 600_000_000,
      eurPerRelocation: 20_000,
      keepRatio: true,
    });
    expect(s.scenario.participants).toHaveLength(26);
  });

  it('keeps the ratio: one total follows the other (recital 15)', () => {
    let s = reducer(initialState(), { type: 'total', field: 'relocations', value: 45_000 });
    expect(s.scenario.financialEur).toBe(900_000_000);
    s = reducer(s, { type: 'total', field: 'financialEur', value: 500_000_000 });
    expect(s.scenario.relocations).toBe(25_000);
    s = reducer(s, { type: 'total', field: 'eurPerRelocation', value: 25_000 });
    expect(s.scenario.financialEur).toBe(625_000_000);
  });

  it('takes both totals as given once the ratio is off, as the Council did for 2026', () => {
    let s = reducer(initialState(), { type: 'keepRatio', on: false });
    s = reducer(s, { type: 'total', field: 'relocations', value: 21_000 });
    s = reducer(s, { type: 'total', field: 'financialEur', value: 420_000_000 });
    expect(scenarioOf(s.scenario).totals).toEqual({
      relocations: 21_000,
      financialEur: 420_000_000,
      eurPerRelocation: 20_000,
    });
    expect(draftFromPreset('2026-council').keepRatio).toBe(false);
  });

  it('moves a state between Commission findings and drops deductions of states that leave', () => {
    let s = reducer(initialState(), {
      type: 'category',
      category: 'under-pressure',
      codes: ['EL', 'MT'],
    });
    expect(s.scenario.categories.MT).toEqual(['under-pressure']);
    expect(s.scenario.categories.IT).toBeUndefined(); // Italy no longer under pressure
    s = reducer(s, { type: 'deduction', code: 'AT', share: 1, article: 62 });
    s = reducer(s, {
      type: 'participants',
      codes: s.scenario.participants.filter((c) => c !== 'AT'),
    });
    expect(s.scenario.deductions).toEqual([]);
  });
});
