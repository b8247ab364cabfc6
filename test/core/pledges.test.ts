import {
  applyDeductions,
  assessPledges,
  indicativeContributions,
  resolveOffsetRules,
  resolvePoolTotals,
  type DeductionRequest,
  type Pledge,
} from '../../src/core';
import { describeConsequences } from '../../src/report/words/solidarity';

// Fair shares 0.55 / 0.25 / 0.20 (hand-worked in the fair-share test).
const shares = [
  { code: 'DE', fairShare: 0.55 },
  { code: 'FR', fairShare: 0.25 },
  { code: 'IT', fairShare: 0.2 },
];

function round(
  relocationNumber: number,
  pledges: Partial<Pledge>[],
  options: { deductions?: DeductionRequest[]; benefitting?: string[] } = {},
) {
  const totals = resolvePoolTotals({ relocations: relocationNumber });
  const pool = applyDeductions(indicativeContributions(shares, totals), options.deductions);
  return assessPledges({
    pool: pool.rows,
    totals,
    pledges: pledges.map((p) => ({
      code: 'DE',
      relocations: 0,
      financialEur: 0,
      alternativeEur: 0,
      offsets: 0,
      ...p,
    })),
    benefitting: options.benefitting ?? [],
  });
}
const reloc = (code: string, relocations: number) => ({ code, relocations });

describe('pledged value against the indicative contribution (Art. 56(2))', () => {
  // N = 40,000 relocations → EUR 800 million at EUR 20,000 each.
  it('values people at EUR 20,000 each and adds money and alternative measures', () => {
    const r = round(40_000, [
      { code: 'DE', relocations: 10_000, offsets: 2_000, financialEur: 100e6, alternativeEur: 5e6 },
    ]);
    const de = r.rows.find((x) => x.code === 'DE')!;
    // (10,000 + 2,000) × 20,000 + 100 M + 5 M = 345 M; due 0.55 × 800 M = 440 M; balance −95 M.
    expect(de.peopleSolidarity).toBe(12_000);
    expect(de.pledgedValueEur).toBe(345e6);
    expect(de.indicativeValueEur).toBeCloseTo(440e6, 4);
    expect(de.balanceEur).toBeCloseTo(-95e6, 4);
  });

  it('gives a balance of exactly zero to a state pledging exactly its fair share', () => {
    // FR: 0.25 × EUR 800 million = EUR 200 million, pledged as money; or as 10,000 relocations.
    const money = round(40_000, [{ code: 'FR', financialEur: 200e6 }]).rows.find(
      (x) => x.code === 'FR',
    )!;
    const people = round(40_000, [reloc('FR', 10_000)]).rows.find((x) => x.code === 'FR')!;
    expect(money.balanceEur).toBe(0);
    expect(people.balanceEur).toBe(0);
  });

  it('reduces what is due by the deduction, not the fair share', () => {
    const r = round(40_000, [], { deductions: [{ code: 'FR', share: 0.5, article: 62 }] });
    const fr = r.rows.find((x) => x.code === 'FR')!;
    expect(fr.fairShare).toBe(0.25);
    expect(fr.indicativeValueEur).toBe(200e6);
    expect(fr.dueValueEur).toBe(100e6);
    expect(fr.balanceEur).toBe(-100e6);
  });

  it('marks benefitting states, which keep their fair share', () => {
    const it_ = round(40_000, [], { benefitting: ['IT'] }).rows.find((x) => x.code === 'IT')!;
    expect([it_.benefitting, it_.fairShare]).toEqual([true, 0.2]);
  });
});

describe('Art. 63 thresholds at their exact boundaries', () => {
  it('63(1): offsets may be requested from 50 % of the relocation number, not below', () => {
    // N = 30,000: the threshold is 15,000.
    expect(round(30_000, [reloc('DE', 14_999)]).pool.offsetThresholdMet).toBe(false);
    expect(round(30_000, [reloc('DE', 15_000)]).pool.offsetThresholdMet).toBe(true);
  });

  it('63(3): mandatory offsets below 60 % of the number (the share binds when above 30,000)', () => {
    // N = 60,000: 60 % = 36,000 > 30,000.
    const below = round(60_000, [reloc('DE', 35_999)]).pool;
    const at = round(60_000, [reloc('DE', 36_000)]).pool;
    expect([below.mandatoryTriggered, below.mandatoryTarget]).toEqual([true, 36_000]);
    expect(at.mandatoryTriggered).toBe(false);
  });

  it('63(3): mandatory offsets below 30,000 (the floor binds when 60 % is lower)', () => {
    // N = 40,000: 60 % = 24,000 < 30,000; 29,999 pledged triggers, 30,000 does not.
    const below = round(40_000, [reloc('DE', 29_999)]).pool;
    const at = round(40_000, [reloc('DE', 30_000)]).pool;
    expect([below.mandatoryTriggered, below.mandatoryTarget]).toEqual([true, 30_000]);
    expect(at.mandatoryTriggered).toBe(false);
  });

  it('63(2): a state pledging half its own fair share as relocations may offer offsets', () => {
    // N = 40,000: FR's fair share is 10,000 relocations; half is 5,000. Pool threshold 20,000 not met.
    const at = round(40_000, [reloc('FR', 5_000)]);
    const below = round(40_000, [reloc('FR', 4_999)]);
    expect(at.pool.offsetThresholdMet).toBe(false);
    expect(at.rows.find((x) => x.code === 'FR')?.mayOfferOffsets).toBe(true);
    expect(below.rows.find((x) => x.code === 'FR')?.mayOfferOffsets).toBe(false);
    expect(below.rows.find((x) => x.code === 'DE')?.mayOfferOffsets).toBe(false);
  });
});

describe('mandatory offsets per state (Art. 63(3), partly unverified)', () => {
  it('splits the target by fair share, counts pledged people, skips benefitting states', () => {
    // N = 40,000; DE pledges 20,000 < 30,000 → target 30,000.
    // DE: 0.55 × 30,000 = 16,500 ≤ 20,000 pledged → 0.  FR: 0.25 × 30,000 = 7,500.  IT benefits → 0.
    const r = round(40_000, [reloc('DE', 20_000)], { benefitting: ['IT'] });
    expect(r.rows.map((x) => [x.code, x.mandatoryOffsets])).toEqual([
      ['DE', 0],
      ['FR', 7_500],
      ['IT', 0],
    ]);
    expect(r.pool.mandatoryOffsetsTotal).toBe(7_500);
    expect(describeConsequences(r.pool, resolveOffsetRules())[2]).toBe(
      'Mandatory offsets up to 30,000: the pledges are below 60 % of 40,000 (24,000) and below 30,000, so contributing states must take ' +
        'responsibility for applicants, each within its fair share (Art. 63(3)). 7,500 mandatory offsets in all.',
    );
  });

  it('never asks a state above its fair share of the relocation number', () => {
    // Council 2026: N = 21,000, target max(12,600; 30,000) = 30,000, but FR's cap is 0.25 × 21,000 = 5,250.
    const fr = round(21_000, []).rows.find((x) => x.code === 'FR')!;
    expect(fr.mandatoryOffsets).toBeCloseTo(5_250, 9);
  });

  it('counts offsets already pledged one for one and applies the deduction', () => {
    // FR pledges 1,000 offsets and has a 50 % deduction: 0.25 × 30,000 × 0.5 − 1,000 = 2,750.
    const r = round(40_000, [reloc('DE', 20_000), { code: 'FR', offsets: 1_000 }], {
      deductions: [{ code: 'FR', share: 0.5, article: 62 }],
    });
    expect(r.rows.find((x) => x.code === 'FR')?.mandatoryOffsets).toBeCloseTo(2_750, 9);
  });

  it('asks nothing when the mechanism is not triggered', () => {
    const r = round(40_000, [reloc('DE', 30_000)]);
    expect(r.rows.every((x) => x.mandatoryOffsets === 0)).toBe(true);
    expect(describeConsequences(r.pool, resolveOffsetRules())[2]).toBe(
      'No mandatory offsets: the pledges reach 60 % of 40,000 (24,000) and 30,000 (Art. 63(3)).',
    );
  });

  it('words the consequences with the analyst’s thresholds, not the defaults', () => {
    // With Art. 63(2) at 40 % of one's own fair share and a floor of 25,000, the words follow.
    const totals = resolvePoolTotals({ relocations: 40_000 });
    const pool = applyDeductions(indicativeContributions(shares, totals));
    const r = assessPledges({
      pool: pool.rows,
      totals,
      pledges: [],
      rules: { ownFairShareShare: 0.4, mandatoryFloor: 25_000 },
    });
    const words = describeConsequences(
      r.pool,
      resolveOffsetRules({ ownFairShareShare: 0.4, mandatoryFloor: 25_000 }),
    );
    expect(words[1]).toMatch(/at least 40 % of its own fair share as relocations/);
    expect(words[2]).toMatch(
      /^Mandatory offsets up to 25,000: the pledges are below 60 % of 40,000 \(24,000\) and below 25,000/,
    );
  });
});

describe('bad pledges', () => {
  it.each([
    [{ code: 'FR', relocations: -1 }, /relocations of FR must not be negative/],
    [{ code: 'FR', financialEur: NaN }, /financial contribution of FR must be a number/],
    [{ code: 'DK', relocations: 1 }, /DK has a pledge but is not a participating state/],
    [{ code: 'ZZ', relocations: 1 }, /Unknown state code of a pledge "ZZ"/],
  ])('rejects %o', (pledge, message) => {
    expect(() => round(30_000, [pledge])).toThrow(message);
  });

  it('rejects two rows for one state', () => {
    expect(() => round(30_000, [reloc('FR', 1), reloc('FR', 2)])).toThrow(/FR has two pledge rows/);
  });
});
