import { pledge, roundOf, scenarioOf, stateOf } from './fixture';

// Issue 14, point 2.
describe('two numbers: Art. 63(1) on "the number indicated in the Commission proposal", the fair share on the Council\'s "reference number" (Art. 57(1), (3))', () => {
  it('measures the Art. 63(1) threshold against the proposal: 50 % of 30,000, not of 21,000', () => {
    const r = roundOf({}, [pledge('DE', { relocations: 12_000 })]);
    expect(r.art63.request).toEqual({
      basis: 'commission-proposal',
      number: 30_000,
      threshold: 15_000,
      pledges: 12_000,
      met: false,
    });
  });

  it('computes the mandatory fair share on the Council number, and says so', () => {
    const s = scenarioOf();
    expect(s.numbers.fairShareBasis).toBe('council-act');
    expect([s.numbers.commission.relocations, s.numbers.council?.relocations]).toEqual([
      30_000, 21_000,
    ]);
    const de = stateOf(roundOf({}), 'DE');
    expect(de.share.basis).toBe('council-act');
    expect(de.share.relocations).toBeCloseTo(0.4 * 21_000, 9);
    expect(de.share.financialEur).toBeCloseTo(0.4 * 420e6, 3);
  });

  it('Art. 63(3)(b): "60 % of the reference number used to calculate each Member State\'s mandatory fair share" is 60 % of 21,000', () => {
    expect(roundOf({}, []).art63.mandatory).toMatchObject({
      shareThreshold: 12_600,
      shareBasis: 'council-act',
      floor: 30_000,
      target: 30_000,
    });
  });

  it("without a Council act, rests the fair share on the proposal's indicative contribution (Art. 12(2), second subparagraph)", () => {
    const s = scenarioOf({ council: null });
    expect([s.numbers.fairShareBasis, s.totals.relocations]).toEqual([
      'commission-proposal',
      30_000,
    ]);
    expect(stateOf(roundOf({ council: null }), 'DE').share.relocations).toBeCloseTo(12_000, 9);
  });

  it('keeps the ratio of the proposal for the Council number given alone (Art. 12(3): "the ratio ... shall be maintained")', () => {
    const s = scenarioOf({ council: { relocations: 21_000 } });
    expect(s.numbers.council?.financialEur).toBe(420e6);
  });

  it('notes an Art. 12(4) proposal (no projected need)', () => {
    expect(scenarioOf({ noProjectedNeed: true }).numbers.noProjectedNeed).toBe(true);
  });
});
