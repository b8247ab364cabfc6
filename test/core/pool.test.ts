import {
  applyDeductions,
  ART_12_MIN_FINANCIAL_EUR,
  ART_12_MIN_RELOCATIONS,
  DEFAULT_EUR_PER_RELOCATION,
  indicativeContributions,
  resolvePoolTotals,
} from '../../src/core';
import { totalsNotes } from '../../src/report/words/solidarity';

describe('pool totals (Art. 12(2), recital 15)', () => {
  it('refuses totals that give less than one relocation, wherever they come from', () => {
    expect(() => resolvePoolTotals({ financialEur: 10_000 })).toThrow(
      /0\.500 relocations at EUR 20,000 each, less than one/,
    );
    expect(() => resolvePoolTotals({ relocations: 0.4, financialEur: 1e6 })).toThrow(
      /less than one/,
    );
    expect(resolvePoolTotals({ financialEur: 20_000 }).relocations).toBe(1);
  });

  it('defaults to the Art. 12(2) minima: 30,000 relocations and EUR 600 million', () => {
    expect(ART_12_MIN_RELOCATIONS).toBe(30_000);
    expect(ART_12_MIN_FINANCIAL_EUR).toBe(600_000_000);
    const t = resolvePoolTotals();
    expect([t.relocations, t.financialEur, t.eurPerRelocation]).toEqual([
      30_000, 600_000_000, 20_000,
    ]);
    expect(t.derivation).toBe('art-12-minimum');
    expect(totalsNotes(t)).toEqual([]);
  });

  it('values one relocation at EUR 20,000, the ratio of the two minima', () => {
    expect(DEFAULT_EUR_PER_RELOCATION).toBe(600_000_000 / 30_000);
  });

  it('keeps the ratio when one total changes', () => {
    expect(resolvePoolTotals({ relocations: 45_000 }).financialEur).toBe(900_000_000);
    expect(resolvePoolTotals({ financialEur: 700_000_000 }).relocations).toBe(35_000);
    expect(resolvePoolTotals({ relocations: 45_000, eurPerRelocation: null }).derivation).toBe(
      'relocations-given',
    );
  });

  it("takes both totals as given: the Council's 21,000 relocations and EUR 420 million for 2026", () => {
    const t = resolvePoolTotals({ relocations: 21_000, financialEur: 420_000_000 });
    expect([t.relocations, t.financialEur, t.derivation]).toEqual([
      21_000,
      420_000_000,
      'both-given',
    ]);
    expect(totalsNotes(t).join(' ')).toMatch(/Below the Art\. 12\(2\) minimum/);
    expect(totalsNotes(t).join(' ')).not.toMatch(/imply/);
  });

  it('says so when both totals break the ratio', () => {
    const t = resolvePoolTotals({ relocations: 30_000, financialEur: 900_000_000 });
    expect(totalsNotes(t).join(' ')).toMatch(/imply EUR 30,000 per relocation, not the EUR 20,000/);
  });

  it('keeps both minima when only the euros per relocation change', () => {
    // At EUR 15,000 a relocation, 30,000 relocations are worth only EUR 450 million: raise to 40,000.
    const t = resolvePoolTotals({ eurPerRelocation: 15_000 });
    expect([t.relocations, t.financialEur]).toEqual([40_000, 600_000_000]);
    const u = resolvePoolTotals({ eurPerRelocation: 25_000 });
    expect([u.relocations, u.financialEur]).toEqual([30_000, 750_000_000]);
  });

  it.each([
    [{ relocations: 0 }, /relocation total must be above zero/],
    [{ financialEur: -5 }, /financial total \(EUR\) must be above zero/],
    [{ eurPerRelocation: NaN }, /EUR per relocation must be a number/],
    [
      { relocations: '30000' as unknown as number },
      /relocation total must be a number, got the text "30000"/,
    ],
  ])('rejects %o', (request, message) => {
    expect(() => resolvePoolTotals(request)).toThrow(message);
  });
});

describe('indicative contributions and deductions (Art. 12(2), 61, 62)', () => {
  // Fair shares 0.55 / 0.25 / 0.20 (the hand-worked case of the fair-share test).
  const shares = [
    { code: 'DE', fairShare: 0.55 },
    { code: 'FR', fairShare: 0.25 },
    { code: 'IT', fairShare: 0.2 },
  ];
  const totals = resolvePoolTotals({ relocations: 1_000 }); // → EUR 20,000,000

  it('gives each state its fair share of each total', () => {
    const c = indicativeContributions(shares, totals);
    expect(c.map((r) => [r.code, r.relocations, r.financialEur])).toEqual([
      ['DE', 550, 11_000_000],
      ['FR', 250, 5_000_000],
      ['IT', 200, 4_000_000],
    ]);
  });

  it('reconciles with the totals', () => {
    const pool = applyDeductions(indicativeContributions(shares, totals));
    expect(pool.reference.relocations).toBeCloseTo(1_000, 9);
    expect(pool.reference.financialEur).toBeCloseTo(20_000_000, 6);
    expect(pool.effective).toEqual(pool.reference);
  });

  it('reduces the deducted state only and shrinks the pool: nothing is redistributed', () => {
    // FR asks 50 % under Art. 62: 250 → 125 relocations; the pool falls from 1,000 to 875.
    const pool = applyDeductions(indicativeContributions(shares, totals), [
      { code: 'FR', share: 0.5, article: 62 },
    ]);
    const fr = pool.rows.find((r) => r.code === 'FR');
    expect([fr?.effectiveRelocations, fr?.effectiveFinancialEur, fr?.deductionArticle]).toEqual([
      125, 2_500_000, 62,
    ]);
    expect(pool.rows.find((r) => r.code === 'DE')?.effectiveRelocations).toBe(550);
    expect(pool.effective.relocations).toBeCloseTo(875, 9);
    expect(pool.reference.relocations).toBeCloseTo(1_000, 9);
  });

  it('never raises a contribution, whatever the deduction', () => {
    for (const share of [0, 0.01, 0.33, 0.5, 0.99, 1]) {
      const pool = applyDeductions(indicativeContributions(shares, totals), [
        { code: 'IT', share, article: 61 },
      ]);
      for (const r of pool.rows) {
        expect(r.effectiveRelocations).toBeLessThanOrEqual(r.relocations);
        expect(r.effectiveFinancialEur).toBeLessThanOrEqual(r.financialEur);
      }
    }
  });

  it.each([
    [
      [{ code: 'FR', share: 1.2, article: 61 }],
      /deduction of FR must be a fraction between 0 and 1/,
    ],
    [[{ code: 'FR', share: -0.1, article: 61 }], /deduction of FR must be a fraction/],
    [
      [{ code: 'DK', share: 0.5, article: 61 }],
      /DK asks for a deduction but is not a participating state/,
    ],
    [[{ code: 'FR', share: 0.5, article: 60 }], /must cite Art\. 61 .* or Art\. 62/],
    [
      [
        { code: 'FR', share: 0.5, article: 61 },
        { code: 'fr', share: 0.2, article: 62 },
      ],
      /FR has two deduction requests/,
    ],
  ])('rejects bad deductions %#', (requests, message) => {
    expect(() =>
      applyDeductions(indicativeContributions(shares, totals), requests as never),
    ).toThrow(message);
  });
});
