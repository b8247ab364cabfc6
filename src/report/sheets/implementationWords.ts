import type { RecordFinding, RecordFindingCode } from '../../core';

/** Table names of the Implementation sheet. */
export const IMPL = {
  parameters: 'ImplementationParameters',
  records: 'ImplementationRecords',
  contributing: 'ImplementationContributing',
  benefitting: 'ImplementationBenefitting',
  distribution: 'Distribution',
  yearEnd: 'YearEnd',
  confirmation: 'JanuaryConfirmation',
} as const;

/** Workbook names of the Implementation parameters. */
export const IMPL_NAMES = {
  year: 'ImplementationYear',
  sarShare: 'SarIndicativeShare',
  tolerance: 'ProportionalityTolerance',
} as const;

/** Column headers: no character that a structured reference would have to escape. */
export const REC = {
  date: 'Date',
  contributing: 'Contributing',
  benefitting: 'Benefitting',
  type: 'Type',
  persons: 'Persons',
  eur: 'EUR',
  note: 'Note',
  pledged: 'Pledged of this type',
  toImplement: 'To implement of this type',
  upToDate: 'Implemented up to this date',
  check: 'Check',
} as const;

export const CON = {
  code: 'Code',
  state: 'State',
  relocationsPledged: 'Relocations pledged',
  offsetsPledged: 'Offsets pledged',
  financialPledged: 'Financial pledged (EUR)',
  alternativePledged: 'Alternative pledged (EUR)',
  relocationsTo: 'Relocations to implement',
  offsetsTo: 'Offsets to implement',
  financialTo: 'Financial to implement (EUR)',
  alternativeTo: 'Alternative to implement (EUR)',
  relocationsDone: 'Relocations implemented',
  offsetsDone: 'Offsets implemented',
  financialDone: 'Financial transferred (EUR)',
  alternativeDone: 'Alternative delivered (EUR)',
  relocationsLeft: 'Relocations remaining',
  offsetsLeft: 'Offsets remaining',
  financialLeft: 'Financial remaining (EUR)',
  alternativeLeft: 'Alternative remaining (EUR)',
  peopleProgress: 'People implemented (share)',
  financialProgress: 'Financial implemented (share)',
  alternativeProgress: 'Alternative implemented (share)',
  spread: 'Widest gap between types',
  proportionate: 'Proportionate',
  offsetsOwed: 'Offsets at year end',
  requested: 'Alternative requested',
  converted: 'Converted to financial (EUR)',
} as const;

export const BEN = {
  code: 'Code',
  state: 'State',
  systemic: 'Systemic shortcomings',
  sar: 'Search and rescue',
  peopleDistributed: 'People distributed',
  peopleReceived: 'People received',
  financialDistributed: 'Financial distributed (EUR)',
  financialReceived: 'Financial received (EUR)',
  alternativeDistributed: 'Alternative distributed (EUR)',
  alternativeReceived: 'Alternative received (EUR)',
  mayRequest: 'Offsets it may request at year end',
} as const;

export const DIS = {
  code: 'Code',
  state: 'State',
  type: 'Type',
  need: 'Need declared',
  eligible: 'Eligible',
  sar: 'Search and rescue',
  available: 'Available',
  sarPart: 'SAR part',
  needAfterSar: 'Need after SAR part',
  restPart: 'Rest part',
  proposal: 'Proposal',
  typed: 'Typed',
  distributed: 'Distributed',
  basis: 'Basis',
  received: 'Received',
  remaining: 'Remaining',
} as const;

export const END = {
  offsetsOwed: 'Offsets contributing states may be asked for',
  offsetsRequestable: 'Offsets benefitting states may request',
  converted: 'Alternative converted to financial (EUR)',
  financialPool: 'Financial pool at year end (EUR)',
  allocated: 'Allocated to benefitting states (EUR)',
  notAllocated: 'Not allocated (EUR)',
  beyondPool: 'Allocated beyond the pool (EUR)',
} as const;

export const CONF = {
  code: 'Code',
  state: 'State',
  year: 'Year',
  relocations: 'Relocations',
  offsets: 'Offsets',
  financial: 'Financial (EUR)',
  alternative: 'Alternative (EUR)',
  relocationsReceived: 'Relocations received',
  offsetsReceived: 'Offsets received',
  financialReceived: 'Financial received (EUR)',
  alternativeReceived: 'Alternative received (EUR)',
} as const;

/** A record's findings in words, with the article. */
export const FINDING_WORDS: Readonly<Record<RecordFindingCode, string>> = {
  'towards-not-benefitting': 'Towards a state that is not benefitting (Art. 58(1), 59(4))',
  'towards-systemic-shortcomings':
    'Towards a state with systemic shortcomings: not required, the contributing state’s choice (Art. 60(3))',
  'no-pledge-of-type': 'No pledge of this type (Art. 57(1))',
  'beyond-pledge': 'Beyond the pledge to be implemented (Art. 60(3))',
  'outside-year': 'Outside the pool’s year: not in its January confirmation (Art. 60(6))',
};

/** Findings joined as the Check column's formula writes them. */
export function findingsText(findings: readonly RecordFinding[]): string {
  return findings.map((f) => FINDING_WORDS[f.code]).join('; ');
}

export const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');
