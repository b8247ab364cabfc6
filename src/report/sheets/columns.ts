/**
 * The tables the Pool and Balance sheets write, by column: one place, so that the sheets and the
 * blocks that sum them (the three pools, Art. 63) name the same columns.
 */

export const POOL_TABLE = 'Pool';
export const POOL = {
  code: 'Code',
  state: 'State',
  category: 'Commission finding (Art. 11)',
  benefitting: 'Benefitting (Art. 58(1), 59(4))',
  obliged: 'Must implement (Art. 60(3))',
  fairShare: 'Fair share',
  indicativeRelocations: 'Indicative contribution: relocations (Art. 12(2))',
  indicativeFinancial: 'Indicative contribution: EUR (Art. 12(2))',
  /** On the reference number: the Council's (Art. 57(1), (3)), else the proposal's. */
  relocations: 'Fair share: relocations',
  persons: 'Fair share: whole persons',
  financial: 'Fair share: EUR',
  deduction: 'Deduction',
  deductionBasis: 'Deduction basis',
  effectiveRelocations: 'After deduction: relocations',
  effectiveFinancial: 'After deduction: EUR',
} as const;

export const DEDUCTION_BASES = ['Art. 61', 'Art. 62'] as const;

export const BALANCE_TABLE = 'Balance';
/** The pledged columns, shared by the Balance table and the ad hoc contributors' table. */
export const PLEDGED = {
  relocations: 'Relocations',
  offsets: 'Responsibility offsets',
  financial: 'Financial (EUR)',
  alternative: 'Alternative measures (EUR)',
  value: 'Pledged value (EUR)',
} as const;

export const BAL = {
  code: 'Code',
  state: 'State',
  benefitting: 'Benefitting',
  obliged: 'Must implement (Art. 60(3))',
  shortcomings: 'Systemic shortcomings (Art. 60(3))',
  fairShare: 'Fair share',
  shareRelocations: 'Fair share: relocations',
  persons: 'Fair share: whole persons',
  shareEur: 'Fair share: EUR',
  ...PLEDGED,
  pledged: PLEDGED.value,
  deduction: 'Deduction',
  deductionOn: 'Deduction applies to',
  implementShare: 'Share to implement',
  due: 'Due (EUR)',
  balance: 'Balance (EUR)',
  position: 'Position',
  mayOffer: 'May offer offsets (Art. 63(2))',
  ifApplied: 'Offsets if Art. 63(3) applied',
  mandatory: 'Mandatory offsets (Art. 63(3))',
} as const;

/** Dublin-associated states' ad hoc pledges (Art. 13(1)): in the pools, never in the key. */
export const AD_HOC_TABLE = 'AdHocPledges';
