import {
  assessRound,
  computePressure,
  computeScenario,
  resolveOffsetRules,
  type PressureResult,
  type RoundResult,
  type Scenario,
  type ScenarioResult,
} from '../core';
import { figureLookup, pressureIndicators, type IndicatorSet, type PublishedFigure } from '../data';
import { compareScenarios, computeCompared, type CompareWith, type Comparison } from './compare';
import type { PledgingRound } from './pledging';
import { art63Names } from './sheets/art63Block';
import { balanceSheet } from './sheets/balanceSheet';
import { compareSheet } from './sheets/compareSheet';
import { fairShareSheet } from './sheets/fairShareSheet';
import { indicatorsSheet } from './sheets/indicatorsSheet';
import { methodologySheet } from './sheets/methodologySheet';
import { pledgesSheet } from './sheets/pledgesSheet';
import { poolSheet } from './sheets/poolSheet';
import { pressureSheet } from './sheets/pressureSheet';
import type { WorkbookSpec } from './types';

export interface PoolReportInput {
  readonly scenarioName: string;
  readonly scenarioDescription: string;
  readonly scenario: Scenario;
  readonly data: IndicatorSet;
  readonly categoriesSource: string;
  /** Weights of the pressure indicators by indicator id; 1 each by default. */
  readonly pressureWeights?: Readonly<Record<string, number>>;
  /** ISO timestamp; passed in so that the description stays a pure function. */
  readonly generatedAt: string;
  readonly toolVersion: string;
  /** The pledging round, when there is one: adds the Pledges and Balance sheets (Art. 56–63). */
  readonly pledging?: PledgingRound;
  /** What differs from the Commission's own inputs (a preset's caveats): on the Methodology sheet. */
  readonly caveats?: readonly string[];
  /** Published figures for this pool (a preset's): beside the tool's on the Methodology sheet. */
  readonly published?: readonly PublishedFigure[];
  /**
   * A second scenario (B) to compare this one (A) with: adds the Compare sheet. With `bPoolTable`,
   * B's report is already in the workbook under that Pool table name and B's figures are formulas
   * over it; otherwise they are values naming their source.
   */
  readonly compareWith?: CompareWith & { readonly bPoolTable?: string };
}

export interface PoolReport {
  readonly spec: WorkbookSpec;
  readonly result: ScenarioResult;
  readonly pressure: PressureResult;
  /** Who must implement, the three pools and Art. 63 in full, with or without pledges. */
  readonly assessment: RoundResult;
  /** With `compareWith`: this scenario (A) against B, state by state. */
  readonly comparison?: Comparison;
}

/**
 * The whole pool workbook, described: Indicators, Fair share, Pool, Pressure, Methodology; with a
 * pledging round, also Pledges and Balance, and the deductions are those requested in the Pledges.
 */
export function buildPoolReport(input: PoolReportInput): PoolReport {
  const pledging = input.pledging;
  const scenario: Scenario = pledging
    ? { ...input.scenario, deductions: pledging.deductions }
    : input.scenario;
  const lookup = figureLookup(input.data);
  const computed = computeScenario(scenario, lookup);
  // Benefitting: as the pledges declare it where they say it (Art. 58(1)), else the states found
  // under migratory pressure (the default, flagged as such by the core).
  const declared = pledging && Object.keys(pledging.benefitting).length > 0;
  const result: ScenarioResult = declared
    ? computeScenario(
        {
          ...scenario,
          benefitting: computed.participants.filter(
            (c) => pledging.benefitting[c] ?? computed.benefitting.includes(c),
          ),
        },
        lookup,
      )
    : computed;
  const rules = resolveOffsetRules(pledging?.rules);
  const assessment = assessRound({
    scenario: result,
    ...(pledging ? { pledges: pledging.pledges } : {}),
    rules,
  });
  // The Pressure sheet lists incomplete indicators beside the scores: combine the complete ones.
  const pressure = computePressure(
    result.fairShares,
    pressureIndicators(input.data, input.pressureWeights),
    { incomplete: 'exclude' },
  );
  const methodology = methodologySheet(result, input.data, {
    ...input,
    offsetRules: rules,
    ...(pledging ? { pledgesSource: pledging.source } : {}),
  });
  const comparison = input.compareWith
    ? compareScenarios({ ...input, result }, computeCompared(input.compareWith))
    : undefined;
  const bPoolTable = input.compareWith?.bPoolTable;
  const spec: WorkbookSpec = {
    sheets: [
      indicatorsSheet(input.data),
      fairShareSheet(result, input.data),
      poolSheet(result, assessment),
      ...(comparison ? [compareSheet(comparison, bPoolTable ? { bPoolTable } : {})] : []),
      pressureSheet(result, input.data, pressure),
      ...(pledging
        ? [
            pledgesSheet(result.participants, pledging, new Set(result.benefitting)),
            balanceSheet(assessment, result.readings.art63Cap),
          ]
        : []),
      methodology.sheet,
    ],
    names: [...methodology.names, ...(pledging ? art63Names() : [])],
    properties: {
      title: `Annual Solidarity Pool: ${input.scenarioName}`,
      subject: 'Regulation (EU) 2024/1351 (AMMR), Art. 12, 13, 56–63, 65, 66 and Annex I',
      generatedAt: input.generatedAt,
      toolVersion: input.toolVersion,
    },
  };
  return { spec, result, pressure, assessment, ...(comparison ? { comparison } : {}) };
}
