import { resolveNumbers } from '../../src/core';
import { parseSavedScenario } from '../../src/taskpane/savedScenario';
import {
  draftFromPreset,
  initialState,
  reducer as reduce,
  scenarioOf,
} from '../../src/taskpane/state';

const numbersOf = (draft: ReturnType<typeof draftFromPreset>) => {
  const s = scenarioOf(draft);
  return resolveNumbers({ commission: s.totals, council: s.council });
};

// Art. 63(1): pledges "equal to or above 50 % of the number indicated in the Commission proposal
// referred to in Article 12"; Art. 57(3): each state pledges "according to its mandatory fair share",
// on the Council's reference number. The pane computes and writes with both.
describe('the pane carries both numbers (Art. 12(2), 57(1))', () => {
  it('computes the 2026 pool as adopted on the Council’s 21,000 and measures Art. 63(1) on the proposal’s 30,000', () => {
    const n = numbersOf(draftFromPreset('2026-council'));
    expect(n.commission.relocations).toBe(30_000);
    expect(n.commission.financialEur).toBe(600_000_000);
    expect(n.council?.relocations).toBe(21_000);
    expect(n.council?.financialEur).toBe(420_000_000);
    expect(n.fairShareBasis).toBe('council-act');
  });

  it('takes a proposal without a Council act as the proposal’s numbers alone', () => {
    const n = numbersOf(draftFromPreset('2026-proposal'));
    expect(n.council).toBeUndefined();
    expect(n.commission.relocations).toBe(30_000);
    expect(n.fairShareBasis).toBe('commission-proposal');
  });

  it('lets the analyst record a Council act and type the proposal’s number beside it', () => {
    let state = reduce(initialState(), { type: 'preset', id: '2026-proposal' });
    state = reduce(state, { type: 'councilAct', on: true });
    state = reduce(state, { type: 'total', field: 'relocations', value: 21_000 });
    state = reduce(state, { type: 'proposal', field: 'relocations', value: 32_000 });
    const n = numbersOf(state.scenario);
    expect(n.commission.relocations).toBe(32_000);
    expect(n.council?.relocations).toBe(21_000);
    state = reduce(state, { type: 'councilAct', on: false });
    expect(numbersOf(state.scenario).council).toBeUndefined();
  });

  it('keeps both numbers, the reconvened Forum and the readings in a saved scenario', () => {
    const draft = {
      ...draftFromPreset('2026-council'),
      reconvenedForum: true,
      art63Cap: 'people-only' as const,
    };
    const back = parseSavedScenario({ vintage: '2026-reference', draft });
    expect(back?.draft.proposal).toEqual({ relocations: 30_000, financialEur: 600_000_000 });
    expect(back?.draft.reconvenedForum).toBe(true);
    expect(back?.draft.art63Cap).toBe('people-only');
  });
});
