import type { Art63CapReading, SystemicShortcomingFinding } from '../core';
import type { FileReadingOptions } from './fileReading';

/** What `npm run pool` was asked to do, read and checked from its command line (args.ts). */
export interface PoolOptions extends FileReadingOptions {
  readonly scenario: string;
  readonly data: string | undefined;
  readonly relocations: number | undefined;
  readonly financialEur: number | undefined;
  readonly eurPerRelocation: number | undefined;
  /** Art. 57(1): the Council's reference numbers, replacing the preset's. */
  readonly councilRelocations: number | undefined;
  readonly councilFinancialEur: number | undefined;
  /** No Council act: the fair shares rest on the proposal (Art. 12(2), second subparagraph). */
  readonly noCouncilAct: boolean;
  /** Art. 13(4): the High-Level Forum was reconvened (Art. 63(3) needs it). */
  readonly reconvenedForum: boolean;
  /** Art. 60(3), fourth subparagraph: benefitting states with systemic shortcomings. */
  readonly systemicShortcomings: readonly SystemicShortcomingFinding[];
  /** Art. 63(7): the reading of the cap. */
  readonly art63Cap: Art63CapReading | undefined;
  /** Art. 12(5), 57(2): the SAR indicative percentage (a fraction) and its states. */
  readonly sarShare: number | undefined;
  readonly sarStates: readonly string[] | undefined;
  readonly out: string;
  readonly pledges: string | undefined;
  /** With --pledges: implementation records, adding the Implementation sheet (issue 17). */
  readonly implementation: string | undefined;
  /** With --implementation: the needs benefitting states declared (Art. 58(2)). */
  readonly needs: string | undefined;
  /** With --implementation: the pool's year (default: the year the scenario's name starts with). */
  readonly year: number | undefined;
  /** Write copies for delegations instead of the analyst's workbook. */
  readonly share: boolean;
  /**
   * With --share and --compare: the Compare sheet goes in too (left out by default, as the task
   * pane leaves it out unless ticked: a working view, and Art. 12(6) where B has no Council act).
   */
  readonly shareCompare: boolean;
  /** With --share: one state's copy, or `each` for one per participating state. */
  readonly delegation: string | undefined;
  readonly marking: string | undefined;
  readonly json: boolean;
  /** A second preset to compare with: adds the Compare sheet (with --json, the comparison). */
  readonly compare: string | undefined;
  readonly force: boolean;
  readonly help: boolean;
  /** --indicators: files that replace the series they hold, in the order given. */
  readonly indicators: readonly IndicatorFileSpec[];
  readonly version: boolean;
}

/** `--indicators [INDICATOR[:PERIOD]=]FILE`: a file of one indicator, and which one if it does not say. */
export interface IndicatorFileSpec {
  readonly file: string;
  readonly indicator: string | undefined;
  readonly period: string | undefined;
}

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}
