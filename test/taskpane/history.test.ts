import { loadVintage } from '../../src/data';
import { historyReducer, initialHistory, type History } from '../../src/taskpane/history';
import { createWords } from '../../src/report/words';
import { en } from '../../src/report/words/en/full';
import { whatItReplaces } from '../../src/taskpane/replacing';
import { initialState, type Action, type LoadedSeries } from '../../src/taskpane/state';
import { examplePledging } from '../helpers/pledging';

/** The whole English catalogue: the question's words come with its dialog, not the first paint. */
const EN = createWords('en', en);

const run = (h: History, ...actions: Parameters<typeof historyReducer>[1][]) =>
  actions.reduce(historyReducer, h);

/** A population series as if loaded from a file (the bundled values, another origin). */
function fromFile(): LoadedSeries {
  const series = loadVintage('latest').series.find((x) => x.indicator === 'population');
  if (!series) throw new Error('no population series');
  return { series, origin: { kind: 'file', name: 'population.csv' } as const };
}

describe('nothing the analyst entered is replaced without a question (issue 16)', () => {
  it('a preset switch names the loaded file and the typed deductions it would replace', () => {
    let h = initialHistory(initialState());
    h = run(
      h,
      { type: 'replace', loaded: fromFile() },
      { type: 'deduction', code: 'AT', share: 1, article: 62 },
    );
    const words = whatItReplaces(h.present, { type: 'preset', id: '2027-proposal' }).map((r) =>
      r.say(EN),
    );
    expect(words).toEqual([
      expect.stringContaining('loaded from file population.csv'),
      'the deductions you entered (Austria)',
    ]);
  });

  it('keeps the loaded file and the deductions when asked, and Undo brings the old pool back', () => {
    let h = run(
      initialHistory(initialState()),
      { type: 'replace', loaded: fromFile() },
      { type: 'deduction', code: 'AT', share: 1, article: 62 },
    );
    const before = h.present;
    h = run(h, { type: 'preset', id: '2026-council', keep: true });
    expect(h.present.scenario.presetId).toBe('2026-council');
    expect(h.present.replacements).toHaveLength(1);
    expect(h.present.scenario.deductions).toEqual([{ code: 'AT', share: 1, article: 62 }]);
    h = run(h, { type: 'undo' });
    expect(h.present.scenario).toEqual(before.scenario);
    expect(h.present.replacements).toEqual(before.replacements);
    h = run(h, { type: 'redo' });
    expect(h.present.scenario.presetId).toBe('2026-council');
  });

  it('a replaced file takes its "loaded" message with it', () => {
    let h = run(initialHistory(initialState()), { type: 'replace', loaded: fromFile() }, {
      type: 'status',
      status: { kind: 'done', intent: 'success', title: 'Population loaded', body: '' },
    } as Action);
    h = run(h, { type: 'preset', id: '2027-proposal' });
    expect(h.present.replacements).toEqual([]);
    expect(h.present.status).toEqual({ kind: 'idle' });
  });

  it('typing "1234" in one cell is one step, as in Excel; another cell is another', () => {
    let h = initialHistory(initialState());
    for (const value of [1, 12, 123, 1234])
      h = run(h, { type: 'pledgeAmount', code: 'FR', field: 'relocations', value });
    h = run(
      h,
      { type: 'checkpoint' },
      { type: 'pledgeAmount', code: 'DE', field: 'relocations', value: 5 },
    );
    expect(h.past).toHaveLength(2);
    h = run(h, { type: 'undo' });
    expect(h.present.pledging?.pledges.map((p) => [p.code, p.relocations])).toEqual([['FR', 1234]]);
    h = run(h, { type: 'undo' });
    expect(h.present.pledging).toBeUndefined();
  });

  it('loading a round over typed pledges asks, and keeping keeps the states the round leaves empty', () => {
    const round = examplePledging();
    const state = run(initialHistory(initialState()), {
      type: 'pledgeAmount',
      code: 'IT',
      field: 'relocations',
      value: 700,
    }).present;
    const asked = whatItReplaces(state, { type: 'pledging', round });
    expect(asked.map((r) => r.say(EN))).toEqual(['the pledges of Italy']);
    const kept = historyReducer(initialHistory(state), { type: 'pledging', round, keep: true });
    expect(kept.present.pledging?.pledges.find((p) => p.code === 'IT')?.relocations).toBe(700);
    expect(kept.present.pledging?.pledges.find((p) => p.code === 'DE')?.relocations).toBe(4555);
  });

  it('asks nothing when nothing the analyst entered would go', () => {
    expect(whatItReplaces(initialState(), { type: 'preset', id: '2027-proposal' })).toEqual([]);
  });
});
