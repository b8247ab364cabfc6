import {
  computePressure,
  computeScenario,
  type PressureResult,
  type Scenario,
  type ScenarioResult,
} from '../core';
import { figureLookup, pressureIndicators, type IndicatorSet } from '../data';
import { fairShareSheet } from './sheets/fairShareSheet';
import { indicatorsSheet } from './sheets/indicatorsSheet';
import { methodologySheet } from './sheets/methodologySheet';
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
}

export interface PoolReport {
  readonly spec: WorkbookSpec;
  readonly result: ScenarioResult;
  readonly pressure: PressureResult;
}

/** The whole pool workbook, described: Indicators, Fair share, Pool, Pressure, Methodology. */
export function buildPoolReport(input: PoolReportInput): PoolReport {
  const result = computeScenario(input.scenario, figureLookup(input.data));
  // The Pressure sheet lists incomplete indicators beside the scores: combine the complete ones.
  const pressure = computePressure(
    result.fairShares,
    pressureIndicators(input.data, input.pressureWeights),
    { incomplete: 'exclude' },
  );
  const methodology = methodologySheet(result, input.data, input);
  const spec: WorkbookSpec = {
    sheets: [
      indicatorsSheet(input.data),
      fairShareSheet(result, input.data),
      poolSheet(result),
      pressureSheet(result, input.data, pressure),
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
  return { spec, result, pressure };
}
