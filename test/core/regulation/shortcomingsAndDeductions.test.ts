import { pledge, roundOf, scenarioOf, stateOf } from './fixture';

// Issue 14, point 4.
describe('Art. 60(3), fourth subparagraph: contributing states "shall not be required to implement their pledges ... or to apply responsibility offsets ... towards a benefitting Member State" with systemic shortcomings', () => {
  const finding = { code: 'IT', decision: { article: '11' as const, reference: 'Decision X' } };

  it('records the finding and the decision, and requires nothing towards that state', () => {
    const r = roundOf({ reconvenedForum: true, systemicShortcomings: [finding] }, []);
    expect(stateOf(r, 'IT').systemicShortcoming).toEqual(finding);
    expect(r.requiredTowards).toEqual([]);
    // Italy is the only benefitting state: with the pool applying, nobody owes offsets towards it.
    expect(r.art63.mandatory.status).toBe('applies');
    expect(r.mandatoryOffsetsTotal).toBe(0);
  });

  it('leaves the state its fair share and its benefitting status', () => {
    const without = scenarioOf();
    const withFinding = scenarioOf({ systemicShortcomings: [finding] });
    expect(withFinding.fairShares).toEqual(without.fairShares);
    expect(withFinding.benefitting).toEqual(['IT']);
  });

  it('refuses a finding for a state that is not benefitting', () => {
    expect(() => scenarioOf({ systemicShortcomings: [{ ...finding, code: 'DE' }] })).toThrow(
      /DE is not a benefitting state.*Art\. 60\(3\)/,
    );
  });
});

// Issue 14, point 5.
describe('Art. 61(1), 62(1): a "partial or full deduction of its pledged contributions"', () => {
  it('with pledges, reduces the pledge to be implemented, not the fair share it was pledged against', () => {
    const r = roundOf({ deductions: [{ code: 'FR', share: 0.5, article: 62 }] }, [
      pledge('FR', { relocations: 0.3 * 21_000 }),
    ]);
    const fr = stateOf(r, 'FR');
    expect(fr.toImplement.relocations).toBeCloseTo(0.15 * 21_000, 9);
    expect(fr.position).toBe('meets');
  });

  it('before pledging, may be anticipated on the fair share (as the 2026 act did)', () => {
    const r = roundOf(
      { deductions: [{ code: 'FR', share: 0.5, article: 62, appliesTo: 'fair-share' }] },
      [pledge('FR', { relocations: 0.15 * 21_000 })],
    );
    const fr = stateOf(r, 'FR');
    expect(fr.dueValueEur).toBeCloseTo(0.15 * 420e6, 3);
    expect(fr.position).toBe('meets');
    expect(fr.toImplement.relocations).toBeCloseTo(0.15 * 21_000, 9);
  });

  it('a fully deducted state that pledged is "not obliged", never "surplus"', () => {
    const r = roundOf({ deductions: [{ code: 'PL', share: 1, article: 62 }] }, [
      pledge('PL', { relocations: 5_000 }),
    ]);
    expect(stateOf(r, 'PL').position).toBe('not-obliged');
    expect(stateOf(r, 'PL').toImplement.valueEur).toBe(0);
  });

  it('refuses an Art. 61 deduction for a benefitting state: only one "which has not made use of the Annual Solidarity Pool"', () => {
    expect(() => scenarioOf({ deductions: [{ code: 'IT', share: 0.5, article: 61 }] })).toThrow(
      /IT is benefitting.*Art\. 61\(1\)/,
    );
  });
});
