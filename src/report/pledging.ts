import type { DeductionRequest, OffsetRules, Pledge } from '../core';

/** A pledging round as the report takes it (from a file, the pane or the workbook's Pledges table). */
export interface PledgingRound {
  readonly pledges: readonly Pledge[];
  readonly deductions: readonly DeductionRequest[];
  readonly descriptions: Readonly<Record<string, string>>;
  readonly notes: Readonly<Record<string, string>>;
  /** Yes or no where said; the others benefit when found under migratory pressure. */
  readonly benefitting: Readonly<Record<string, boolean>>;
  /** Where the pledges come from, for the Methodology sheet. */
  readonly source: string;
  readonly rules?: Partial<OffsetRules>;
}
