import type { OffsetRules } from '../core';
import type { PledgeSheet } from '../data';

/** A pledging round as the report takes it (from a file, the pane or the workbook's Pledges table). */
export interface PledgingRound extends Omit<PledgeSheet, 'issues'> {
  /** Where the pledges come from, for the Methodology sheet. */
  readonly source: string;
  readonly rules?: Partial<OffsetRules>;
}
