import {
  draftFromPreset,
  initialState,
  PANE_SOURCE,
  presetOf,
  reducer,
  roundOf,
  scenarioOf,
} from '../../src/taskpane/state';

describe('the scenario as the analyst edits it', () => {
  it('names the preset it started from; one saved without a preset, the default', () => {
    expect(presetOf(draftFromPreset('2026-council')).id).toBe('2026-council');
    expect(presetOf({ presetId: '' }).id).toBe('latest');
  });

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

describe('pledges and deductions edited per state', () => {
  it('starts a round from the first pledge typed, and writes it with the tables', () => {
    const s = reducer(initialState(), {
      type: 'pledgeAmount',
      code: 'FR',
      field: 'relocations',
      value: 6000,
    });
    expect(s.includePledges).toBe(true);
    expect(roundOf(s)?.source).toBe(PANE_SOURCE);
    expect(roundOf(s)?.pledges).toEqual([
      { code: 'FR', relocations: 6000, financialEur: 0, alternativeEur: 0, offsets: 0 },
    ]);
  });

  it('keeps one list of deductions: a loaded round brings its own, the grid edits them', () => {
    let s = reducer(initialState(), {
      type: 'pledging',
      round: {
        pledges: [],
        deductions: [{ code: 'PL', share: 1, article: 62 }],
        descriptions: {},
        notes: {},
        benefitting: {},
        source: 'the file r.csv',
      },
    });
    expect(s.scenario.deductions).toEqual([{ code: 'PL', share: 1, article: 62 }]);
    s = reducer(s, { type: 'deduction', code: 'AT', share: 0.5, article: 62 });
    s = reducer(s, { type: 'removeDeduction', code: 'PL' });
    s = reducer(s, { type: 'pledgeAmount', code: 'AT', field: 'financialEur', value: 1e6 });
    expect(roundOf(s)?.deductions).toEqual([{ code: 'AT', share: 0.5, article: 62 }]);
    expect(roundOf(s)?.source).toBe('the file r.csv, edited in the task pane');
  });

  it('sets one state’s finding without touching the others (Art. 11)', () => {
    let s = reducer(initialState(), {
      type: 'finding',
      code: 'MT',
      category: 'at-risk',
      on: true,
    });
    expect(s.scenario.categories.MT).toEqual(['at-risk']);
    expect(s.scenario.categories.IT).toEqual(['under-pressure']);
    s = reducer(s, { type: 'finding', code: 'MT', category: 'at-risk', on: false });
    expect(s.scenario.categories.MT).toBeUndefined();
  });

  it('drops the pledges of a state that leaves the participants', () => {
    let s = reducer(initialState(), {
      type: 'pledgeAmount',
      code: 'AT',
      field: 'offsets',
      value: 10,
    });
    s = reducer(s, {
      type: 'participants',
      codes: s.scenario.participants.filter((c) => c !== 'AT'),
    });
    expect(s.pledging?.pledges).toEqual([]);
  });
});
