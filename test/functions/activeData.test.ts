import { computeFairShares, DEFAULT_PARTICIPANTS } from '../../src/core';
import {
  DEFAULT_VINTAGE,
  figureLookup,
  loadVintage,
  serializeIndicatorSet,
  STORED_INDICATOR_SET_KEY,
  type IndicatorSet,
} from '../../src/data';
import {
  ACTIVE_INDICATOR_SET,
  activeIndicatorSet,
  setActiveIndicatorSet,
} from '../../src/functions/activeData';
import { contribution, fairShare, source } from '../../src/functions/functions';
import { installCustomFunctionsStub } from './customFunctionsStub';
import { shown } from './excelErrors';

const _ = null as never;
const REFERENCE_DE = (() => {
  const figures = figureLookup(loadVintage('2026-reference'));
  return computeFairShares(
    DEFAULT_PARTICIPANTS.map((code) => ({ code, ...figures(code) }) as never),
  ).find((f) => f.code === 'DE')!;
})();
const globals = globalThis as { Office?: unknown } & Record<symbol, unknown>;

/** Office.js as the shared runtime offers it: the workbook's settings, read with get(). */
function officeWithSettings(stored: Record<string, unknown>) {
  const get = jest.fn((key: string) => stored[key]);
  globals.Office = { context: { document: { settings: { get } } } };
  return get;
}

/** A copy of a bundled set with Germany's population doubled: a set no bundled vintage equals. */
function withGermanyDoubled(id: string): IndicatorSet {
  const base = loadVintage('2026-reference');
  return {
    ...base,
    id,
    series: base.series.map((s) =>
      s.indicator !== 'population'
        ? s
        : {
            ...s,
            observations: new Map(
              [...s.observations].map(([code, o]) => [
                code,
                code === 'DE' ? { ...o, value: o.value * 2 } : o,
              ]),
            ),
          },
    ),
  };
}

beforeAll(() => installCustomFunctionsStub());

afterEach(() => {
  setActiveIndicatorSet(undefined);
  delete globals.Office;
});

describe('the data the code-mode functions use', () => {
  it('is the default bundled vintage outside Excel (no Office, nothing loaded)', () => {
    expect(activeIndicatorSet().id).toBe(DEFAULT_VINTAGE);
    expect(fairShare([['DE']], _, _, _)).toEqual(fairShare([['DE']], [[DEFAULT_VINTAGE]], _, _));
  });

  it('is a named bundled vintage when a dataset is given, whatever is loaded', () => {
    setActiveIndicatorSet(withGermanyDoubled('analyst'));
    expect(activeIndicatorSet('2026-reference').id).toBe('2026-reference');
    expect(activeIndicatorSet(' LATEST ').id).toBe('latest');
    expect(fairShare([['DE']], [['2026-reference']], _, _)[0]![0]).toBeCloseTo(0.2168571459, 10);
  });

  it('is the set the task pane holds in memory, shared through a registered symbol', () => {
    const set = withGermanyDoubled('analyst');
    setActiveIndicatorSet(set);
    expect(activeIndicatorSet()).toBe(set);
    // The task pane is another bundle: it writes the same global slot without importing this module.
    expect(ACTIVE_INDICATOR_SET).toBe(Symbol.for('pact-solidarity/active-indicator-set'));
    const other = withGermanyDoubled('other bundle');
    globals[Symbol.for('pact-solidarity/active-indicator-set')] = other;
    expect(activeIndicatorSet()).toBe(other);
    // Germany's population doubled: 2p / (P + p) of the population, its GDP share unchanged.
    const { population, populationShare, gdpShare } = REFERENCE_DE;
    const total = population / populationShare;
    expect(fairShare([['DE']], _, _, _)[0]![0]).toBeCloseTo(
      0.5 * ((2 * population) / (total + population)) + 0.5 * gdpShare,
      14,
    );
  });

  it('ignores a slot that does not hold an indicator set', () => {
    globals[ACTIVE_INDICATOR_SET] = 'not a set';
    expect(activeIndicatorSet().id).toBe(DEFAULT_VINTAGE);
  });

  it('is the set stored in the workbook when nothing is in memory: a reopened workbook computes the same', () => {
    const stored = serializeIndicatorSet(loadVintage('2026-reference'));
    const get = officeWithSettings({ [STORED_INDICATOR_SET_KEY]: stored });
    expect(activeIndicatorSet().id).toBe('2026-reference');
    expect(get).toHaveBeenCalledWith(STORED_INDICATOR_SET_KEY);
    expect(contribution([['DE']], 'relocations', 21_000, 420_000_000, _)).toEqual(
      contribution([['DE']], 'relocations', 21_000, 420_000_000, '2026-reference'),
    );
    expect(source([['population']], _)).toEqual(source([['population']], '2026-reference'));
  });

  it('parses the stored text once, not once per cell', () => {
    officeWithSettings({
      [STORED_INDICATOR_SET_KEY]: serializeIndicatorSet(withGermanyDoubled('stored')),
    });
    expect(activeIndicatorSet()).toBe(activeIndicatorSet());
  });

  it('prefers the set in memory to the stored one', () => {
    officeWithSettings({
      [STORED_INDICATOR_SET_KEY]: serializeIndicatorSet(loadVintage('2026-reference')),
    });
    const set = withGermanyDoubled('in memory');
    setActiveIndicatorSet(set);
    expect(activeIndicatorSet()).toBe(set);
  });

  it('falls back to the default vintage when the store is damaged, empty, or Office is not ready', () => {
    officeWithSettings({ [STORED_INDICATOR_SET_KEY]: '{"format":"something else"}' });
    expect(activeIndicatorSet().id).toBe(DEFAULT_VINTAGE);
    officeWithSettings({});
    expect(activeIndicatorSet().id).toBe(DEFAULT_VINTAGE);
    globals.Office = {};
    expect(activeIndicatorSet().id).toBe(DEFAULT_VINTAGE);
    globals.Office = {
      context: {
        document: {
          settings: {
            get: () => {
              throw new Error('not ready');
            },
          },
        },
      },
    };
    expect(activeIndicatorSet().id).toBe(DEFAULT_VINTAGE);
  });

  it('shows #N/A when the active data lack a participant’s population', () => {
    const base = loadVintage('2026-reference');
    setActiveIndicatorSet({
      ...base,
      id: 'partial',
      series: base.series.map((s) =>
        s.indicator !== 'population'
          ? s
          : { ...s, observations: new Map([...s.observations].filter(([c]) => c !== 'MT')) },
      ),
    });
    expect(shown(() => fairShare([['DE']], _, _, _))).toEqual({
      code: '#N/A',
      message:
        'The dataset "partial" has no population for Malta (MT), so no fair share can be computed: ' +
        'load data that covers every participant.',
    });
  });

  it('lists the bundled datasets when the name is unknown', () => {
    expect(shown(() => source([['gdp']], 'eurostat'))).toEqual({
      code: '#VALUE!',
      message:
        'dataset: unknown dataset "eurostat": use "2026-reference", "latest", "first-estimates-2026", ' +
        '"population-2024-pjan", ' +
        "or leave it empty for the workbook's data.",
    });
  });
});
