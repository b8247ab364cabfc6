import { pledge, roundOf, stateOf } from './fixture';

// Issue 14, point 3.
describe('Art. 63(3): mandatory offsets "where, following the meeting of the High-Level Forum convened in accordance with Article 13(4)", pledges are below the numbers', () => {
  const low = [pledge('DE', { relocations: 4_000 }), pledge('FR', { relocations: 3_000 })];

  it('before a reconvened Forum, is conditional and nobody owes offsets', () => {
    const r = roundOf({}, low);
    expect(r.art63.mandatory.status).toBe('conditional');
    expect(r.states.every((s) => s.mandatoryOffsets === 0)).toBe(true);
    expect(r.mandatoryOffsetsTotal).toBe(0);
    // What each would owe, shown as such.
    expect(stateOf(r, 'PL').offsetsIfApplied).toBeGreaterThan(0);
  });

  it('after a reconvened Forum, applies "up to the higher of the two numbers"', () => {
    const r = roundOf({ reconvenedForum: true }, low);
    expect(r.art63.mandatory).toMatchObject({
      status: 'applies',
      target: 30_000,
      gross: { pledges: 7_000, belowFloor: true, belowShare: true, below: true },
    });
    expect(stateOf(r, 'PL').mandatoryOffsets).toBeGreaterThan(0);
    // The benefitting state is not a contributing state: it owes nothing.
    expect(stateOf(r, 'IT').mandatoryOffsets).toBe(0);
  });

  it('is not applicable where the pledges reach both numbers, gross and net', () => {
    const r = roundOf({ reconvenedForum: true }, [
      pledge('DE', { relocations: 20_000 }),
      pledge('FR', { relocations: 10_000 }),
    ]);
    expect(r.art63.mandatory.status).toBe('not-applicable');
  });

  it('Art. 63(4): "also applies where the pledges to be implemented ... fall below" because of deductions or benefitting states not obliged', () => {
    const pledges = [
      pledge('DE', { relocations: 12_000 }),
      pledge('FR', { relocations: 9_000 }),
      pledge('IT', { relocations: 6_000 }),
      pledge('PL', { relocations: 3_000 }),
    ];
    const r = roundOf({ deductions: [{ code: 'PL', share: 1, article: 62 }] }, pledges);
    expect(r.art63.mandatory.gross.below).toBe(false);
    expect(r.art63.mandatory.net).toEqual({ pledges: 21_000, below: true });
    expect(r.art63.mandatory.status).toBe('conditional');
  });

  it('Art. 63(1) "equal to or above 50 %" is inclusive; Art. 63(2)(b) lets a state that pledged 50 % of its fair share as relocations offer offsets', () => {
    const r = roundOf({}, [pledge('DE', { relocations: 15_000 })]);
    expect(r.art63.request.met).toBe(true);
    expect(stateOf(r, 'FR').mayOfferOffsets).toBe('63(2)(a)');
    const below = roundOf({}, [pledge('FR', { relocations: 0.5 * 0.3 * 21_000 })]);
    expect(stateOf(below, 'FR').mayOfferOffsets).toBe('63(2)(b)');
    expect(stateOf(below, 'DE').mayOfferOffsets).toBe(null);
  });
});

// Issue 14, point 6.
describe('Art. 63(7): "not ... obliged to take responsibility ... beyond their fair share"', () => {
  // Germany meets its whole fair share in money: 0.4 × EUR 420 million.
  const pledges = [pledge('DE', { financialEur: 0.4 * 420e6 })];

  it('by default counts every type at equal value (Art. 56(2)): a state that met its share in money owes no offsets', () => {
    const r = roundOf({ reconvenedForum: true }, pledges);
    expect(r.art63.mandatory.status).toBe('applies');
    expect(stateOf(r, 'DE').mandatoryOffsets).toBe(0);
    // France pledged nothing: its part of 30,000 is capped at its fair share of 21,000.
    expect(stateOf(r, 'FR').mandatoryOffsets).toBeCloseTo(0.3 * 21_000, 6);
  });

  it('read as people only, the same state owes offsets up to its fair share of the relocations', () => {
    const r = roundOf({ reconvenedForum: true, readings: { art63Cap: 'people-only' } }, pledges);
    expect(stateOf(r, 'DE').mandatoryOffsets).toBeCloseTo(0.4 * 21_000, 6);
  });
});
