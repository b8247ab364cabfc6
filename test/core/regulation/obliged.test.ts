import { NOT_OBLIGED_ARTICLE } from '../../../src/core';
import { pledge, roundOf, scenarioOf, stateOf } from './fixture';

// Issue 14, point 1.
describe('Art. 60(3), third subparagraph: states that are benefitting (Art. 58(1), 59(4)) or were granted a full deduction (Art. 61, 62) "are not obliged to implement their pledged solidarity contributions"', () => {
  const pledges = [
    pledge('DE', { relocations: 400 }),
    pledge('FR', { relocations: 300 }),
    pledge('IT', { relocations: 100 }),
    pledge('PL', { relocations: 50 }),
  ];
  const r = roundOf({ deductions: [{ code: 'PL', share: 1, article: 62 }] }, pledges);

  it('keeps their pledges in the pledged pool and out of the pool to be implemented', () => {
    expect(r.pools.pledged.relocations).toBe(850);
    expect(r.pools.toImplement.relocations).toBe(700);
  });

  it('says who is not obliged and why, and gives them no surplus or shortfall', () => {
    expect(stateOf(r, 'IT').obligation).toEqual({
      code: 'IT',
      obliged: false,
      notObligedBecause: 'benefitting-58-1',
    });
    expect(stateOf(r, 'PL').obligation.notObligedBecause).toBe('full-deduction-62');
    expect(NOT_OBLIGED_ARTICLE['full-deduction-62']).toBe('Art. 60(3), 62');
    for (const code of ['IT', 'PL']) {
      expect([stateOf(r, code).position, stateOf(r, code).balanceEur]).toEqual([
        'not-obliged',
        null,
      ]);
    }
    expect(stateOf(r, 'DE').obligation.obliged).toBe(true);
  });

  it('before any pledge, the pool to be implemented is the reference pool of the obliged states', () => {
    const before = roundOf({ deductions: [{ code: 'PL', share: 1, article: 62 }] });
    expect(before.pools.reference.relocations).toBeCloseTo(21_000, 6);
    // DE 0.4 + FR 0.3 of 21,000 relocations or EUR 420 million; IT benefits, PL fully deducted.
    expect(before.pools.toImplement.relocations).toBeCloseTo(0.7 * 21_000, 6);
    expect(before.pools.toImplement.financialEur).toBeCloseTo(0.7 * 420e6, 2);
    expect(before.pools.pledged.valueEur).toBe(0);
  });

  it('distinguishes benefitting from identified under pressure: the identified states are only a flagged default (Art. 58(1))', () => {
    const byDefault = roundOf({});
    expect(byDefault.states.filter((s) => s.benefitting).map((s) => s.code)).toEqual(['IT']);
    expect(scenarioOf({}).benefittingStates.isDefault).toBe(true);
    expect(scenarioOf({ benefitting: ['PL'] }).benefittingStates.isDefault).toBe(false);
    const declared = roundOf({ benefitting: ['PL'] });
    // Poland is not identified under pressure: it can benefit only under Art. 59(4).
    expect(stateOf(declared, 'PL').obligation.notObligedBecause).toBe('benefitting-59-4');
    expect(stateOf(declared, 'IT').obligation.obliged).toBe(true);
  });
});
