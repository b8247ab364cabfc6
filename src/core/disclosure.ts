import type { Scenario } from './scenario';

/**
 * Art. 12(6): "Until the adoption of the Council implementing act referred to in Article 57, the
 * Commission proposal referred to in paragraph 1 of this Article shall not be made public. It shall
 * be classified 'RESTREINT UE/EU RESTRICTED' and shall be handled as such in accordance with Council
 * Decision 2013/488/EU."
 *
 * A scenario with the Council's reference numbers (Art. 57(1)) is a pool the Council adopted: its
 * implementing act, with the pledges it sets out, is public. A scenario without them is at the stage
 * of the Commission proposal, classified until the Council adopts the act.
 */
export type PoolStage = 'commission-proposal' | 'council-act';

export interface Disclosure {
  readonly stage: PoolStage;
  /** Whether Art. 12(6) keeps it from being made public. */
  readonly classified: boolean;
  /** The article the status rests on. */
  readonly article: '12(6)' | '57(1)';
}

/** The classification Art. 12(6) gives a Commission proposal, in the Regulation's own words. */
export const ART_12_6_CLASSIFICATION = 'RESTREINT UE/EU RESTRICTED';

export function disclosureOf(scenario: Pick<Scenario, 'council'>): Disclosure {
  return scenario.council
    ? { stage: 'council-act', classified: false, article: '57(1)' }
    : { stage: 'commission-proposal', classified: true, article: '12(6)' };
}
