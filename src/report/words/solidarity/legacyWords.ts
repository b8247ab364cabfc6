import { legacyPositionOf, type PledgeAssessment } from '../../../core';

/** A state's position after the pledging round, in the words the Balance table shows. */
export const POSITION_WORDS = {
  benefitting: 'Benefitting: not obliged to deliver',
  meets: 'Meets its fair share',
  shortfall: 'Shortfall',
  surplus: 'Surplus',
} as const;

/** The old assessment's position (legacyPositionOf) in words. */
export function positionOf(row: Pick<PledgeAssessment, 'benefitting' | 'balanceEur'>): string {
  return POSITION_WORDS[legacyPositionOf(row)];
}

/** The consequences of the Art. 63 thresholds, in words shared by the Balance sheet and the pane. */
export const ART_63_WORDS = {
  offsetsMet:
    'Met: a benefitting state may ask contributing states to take responsibility for applicants instead of relocations (Art. 63(1)); any contributing state may offer responsibility offsets (Art. 63(2)).',
  offsetsNotMet:
    'Not met: benefitting states cannot ask for offsets (Art. 63(1)); a contributing state may offer them only if it pledged, as relocations, at least the share of its own fair share set in the Parameters (Art. 63(2)).',
  mandatoryTriggered:
    'Triggered: contributing states must take responsibility for applicants up to the target, each in line with its fair share and never above it (Art. 63(3)).',
  mandatoryNotTriggered:
    'Not triggered: pledges reach both the share and the floor; no mandatory responsibility offsets.',
} as const;
