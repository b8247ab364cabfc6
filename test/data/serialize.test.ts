import { loadVintage, parseIndicatorSet, serializeIndicatorSet } from '../../src/data';

describe('an indicator set stored in a workbook', () => {
  it('comes back with every figure, flag and provenance', () => {
    const set = loadVintage('2026-reference');
    const back = parseIndicatorSet(serializeIndicatorSet(set))!;
    expect(back.id).toBe('2026-reference');
    expect(back.series.map((s) => [s.indicator, s.period, s.provenance])).toEqual(
      set.series.map((s) => [s.indicator, s.period, s.provenance]),
    );
    expect(back.series[0]!.observations.get('PT')).toEqual(set.series[0]!.observations.get('PT'));
    expect(back.series[0]!.observations.size).toBe(set.series[0]!.observations.size);
  });

  it('is ignored when damaged, never half-read', () => {
    expect(parseIndicatorSet('{"format":"other"}')).toBeUndefined();
    expect(parseIndicatorSet('not json')).toBeUndefined();
    expect(parseIndicatorSet(undefined)).toBeUndefined();
  });
});
