import { AD_HOC_CONTRIBUTORS, resolveParticipants } from '../../../src/core';
import { findPreset } from '../../../src/data';
import { pledge, roundOf, scenarioOf, stateOf } from './fixture';

// Issue 14, point 7.
describe('alternative measures: the pledging state "shall indicate the financial value" (Art. 57(4)); "their concrete value shall be established, jointly" (Art. 65(1))', () => {
  it('counts measures not requested as financial contributions ("shall be converted into financial contributions", Art. 57(4))', () => {
    const r = roundOf({}, [pledge('DE', { alternativeEur: 1e6, alternativeRequested: 'no' })]);
    expect(r.pools.pledged).toMatchObject({ alternativeEur: 0, financialEur: 1e6, valueEur: 1e6 });
  });

  it('values requested measures at the value set jointly, else at the value indicated', () => {
    const joint = roundOf({}, [
      pledge('DE', {
        alternativeEur: 1e6,
        alternativeRequested: 'yes',
        alternativeSetJointlyEur: 8e5,
      }),
    ]);
    expect(stateOf(joint, 'DE').alternative).toEqual({
      requested: 'yes',
      alternativeEur: 8e5,
      convertedToFinancialEur: 0,
      basis: 'set-jointly-65-1',
    });
    const pending = roundOf({}, [pledge('DE', { alternativeEur: 1e6 })]);
    expect(stateOf(pending, 'DE').alternative).toMatchObject({
      requested: 'not-yet',
      alternativeEur: 1e6,
      basis: 'indicated-57-4',
    });
  });

  it('refuses a value set jointly without a request ("based on a specific request", Art. 65(1))', () => {
    expect(() =>
      roundOf({}, [
        pledge('DE', {
          alternativeEur: 1e6,
          alternativeRequested: 'no',
          alternativeSetJointlyEur: 1,
        }),
      ]),
    ).toThrow(/Art\. 65\(1\)/);
  });
});

// Issue 14, point 8.
describe('Art. 12(5), 57(2): "the indicative percentage of the Annual Solidarity Pool" for search-and-rescue states', () => {
  it('is a scenario parameter with the states it concerns', () => {
    expect(scenarioOf({ sar: { share: 0.1, states: ['IT'], source: 'test' } }).sar).toEqual({
      share: 0.1,
      states: ['IT'],
      source: 'test',
    });
  });

  it('has no value for 2026, no source giving one', () => {
    expect(findPreset('2026-council').scenario.sar?.share).toBeNull();
  });

  it('refuses a state not identified under migratory pressure', () => {
    expect(() => scenarioOf({ sar: { states: ['DE'] } })).toThrow(/Art\. 12\(5\)/);
  });
});

// Issue 14, point 9.
describe('ad hoc contributors: third countries may be invited "for the purpose of contributing to solidarity on an ad hoc basis" (Art. 13(1))', () => {
  it('refuses them as participants: Annex I, "n: the overall number of Member States"', () => {
    expect(AD_HOC_CONTRIBUTORS).toEqual(['IS', 'LI', 'NO', 'CH']);
    expect(() => resolveParticipants(['DE', 'NO'])).toThrow(/NO is not a Member State.*Annex I/);
  });

  it('adds their pledges to the pledged pool and the pool to be implemented, outside the key', () => {
    const r = roundOf({}, [pledge('NO', { relocations: 100, financialEur: 1e6 })]);
    expect(r.adHoc.map((a) => a.code)).toEqual(['NO']);
    expect(r.pools.pledged.relocations).toBe(100);
    expect(r.pools.toImplement.financialEur).toBe(1e6);
    expect(r.states.map((s) => s.code)).toEqual(['DE', 'FR', 'IT', 'PL']);
    expect(r.states.map((s) => s.fairShare)).toEqual(roundOf({}).states.map((s) => s.fairShare));
  });
});
