import {
  assessPledges,
  computePressure,
  computeScenario,
  resolveOffsetRules,
  type PledgeRound,
  type PressureResult,
  type Scenario,
  type ScenarioResult,
} from '../core';
import { figureLookup, pressureIndicators, type IndicatorSet } from '../data';
import type { PledgingRound } from './pledging';
import { balanceSheet } from './sheets/balanceSheet';
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
}

export interface PoolReport {
  readonly spec: WorkbookSpec;
  readonly result: ScenarioResult;
  readonly pressure: PressureResult;
  readonly round: PledgeRound | undefined;
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
  const computed = computeScenario(scenario, figureLookup(input.data));
  // Benefitting: as the pledges say where they say it, else the states found under migratory pressure.
  const result: ScenarioResult = pledging
    ? {
        ...computed,
        benefitting: computed.participants.filter(
          (c) => pledging.benefitting[c] ?? computed.benefitting.includes(c),
        ),
      }
    : computed;
  const rules = resolveOffsetRules(pledging?.rules);
  const round = pledging
    ? assessPledges({
        pool: result.pool.rows,
        totals: result.totals,
        pledges: pledging.pledges,
        benefitting: result.benefitting,
        rules,
      })
    : undefined;
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
  const spec: WorkbookSpec = {
    sheets: [
      indicatorsSheet(input.data),
      fairShareSheet(result, input.data),
      poolSheet(result, !!pledging),
      pressureSheet(result, input.data, pressure),
      ...(pledging && round
        ? [
            pledgesSheet(result.participants, pledging, new Set(result.benefitting)),
            balanceSheet(round, result.totals),
          ]
        : []),
      methodology.sheet,
    ],
    names: methodology.names,
    properties: {
      title: `Annual Solidarity Pool: ${input.scenarioName}`,
      subject: 'Regulation (EU) 2024/1351 (AMMR), Art. 12, 56–63, 66 and Annex I',
      generatedAt: input.generatedAt,
      toolVersion: input.toolVersion,
    },
  };
  return { spec, result, pressure, round };
}
