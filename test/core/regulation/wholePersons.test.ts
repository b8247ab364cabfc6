import { assessRound, computeScenario, type Pledge } from '../../../src/core';
import { figureLookup, findPreset, loadVintage } from '../../../src/data';

// Issue 14, point 10.
describe('whole persons: the Council prints each share of the relocation number in persons (Germany 4,555, France 3,361)', () => {
  const preset = findPreset('2026-council');
  const scenario = computeScenario(preset.scenario, figureLookup(loadVintage(preset.vintage)));
  const pledges: Pledge[] = [
    { code: 'FR', relocations: 3_361, financialEur: 0, alternativeEur: 0, offsets: 0 },
  ];
  const r = assessRound({ scenario: { ...scenario, reconvenedForum: true }, pledges });
  const fr = r.states.find((s) => s.code === 'FR')!;

  it('shows the share in whole persons beside the exact value', () => {
    expect(fr.share.persons).toBe(3_361);
    expect(fr.share.relocations).toBeGreaterThan(3_361.4);
    // Germany: the tool's data give 4,554.6 persons, printed 4,555 by the Council (its own data).
    const de = r.states.find((s) => s.code === 'DE')!;
    expect(de.share.persons).toBe(Math.round(de.share.relocations));
  });

  it('lets a pledge of the printed figure meet the share: no shortfall, no mandatory offsets', () => {
    expect(fr.position).toBe('meets');
    expect(fr.balanceEur).toBeLessThan(0);
    expect(fr.mandatoryOffsets).toBe(0);
  });
});
