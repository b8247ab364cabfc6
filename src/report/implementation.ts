import {
  assessImplementation,
  NO_AMOUNTS,
  type ContributionToImplement,
  type DeclaredNeed,
  type Implementation,
  type ImplementationRecord,
  type PledgeRound,
  type ScenarioResult,
  type TypedDistribution,
} from '../core';
import type { PoolReport } from './buildReport';
import { implementationSheet } from './sheets/implementationSheet';

/** The year's implementation as the report takes it (from files, the pane or the workbook). */
export interface ImplementationRound {
  /** The pool's year (2026 for the Council's 2026 pool). */
  readonly year: number;
  readonly records: readonly ImplementationRecord[];
  readonly needs: readonly DeclaredNeed[];
  /** Where the records come from, for the sheet and the Methodology. */
  readonly source: string;
  /** The SAR indicative percentage as a fraction (Art. 12(5), 57(2)); none unless the act sets one. */
  readonly sarShare?: number;
  /** The states it concerns (Art. 12(5): "one or more Member States"). */
  readonly sarStates?: readonly string[];
  /** Benefitting states with systemic shortcomings found (Art. 60(3), fourth subparagraph). */
  readonly systemicShortcomings?: readonly string[];
  /** Figures typed over the distribution proposal. */
  readonly typed?: readonly TypedDistribution[];
  /** Whether each state's alternative measures were requested (Art. 65(1)), where said. */
  readonly alternativeRequested?: Readonly<Record<string, boolean>>;
  /** Art. 60(3): the widest gap between types' progress read as proportionate (0.1 by default). */
  readonly proportionalityTolerance?: number;
}

/**
 * Each participating state's pledges (Art. 57(1)) and those to be implemented: net of its deduction
 * (Art. 61, 62), none where it is benefitting (Art. 60(3), third subparagraph).
 */
export function contributionsOf(
  result: ScenarioResult,
  round: PledgeRound,
  requested: Readonly<Record<string, boolean>> = {},
): ContributionToImplement[] {
  const deduction = new Map(result.pool.rows.map((r) => [r.code, r.deductionShare]));
  return round.rows.map((r) => {
    const pledged = {
      ...NO_AMOUNTS,
      relocation: r.pledge.relocations,
      offset: r.pledge.offsets,
      financial: r.pledge.financialEur,
      alternative: r.pledge.alternativeEur,
    };
    const keep = 1 - (deduction.get(r.code) ?? 0);
    const toImplement = r.benefitting
      ? NO_AMOUNTS
      : {
          relocation: pledged.relocation * keep,
          offset: pledged.offset * keep,
          financial: pledged.financial * keep,
          alternative: pledged.alternative * keep,
        };
    const asked = requested[r.code];
    return {
      code: r.code,
      pledged,
      toImplement,
      ...(asked === undefined ? {} : { alternativeRequested: asked }),
    };
  });
}

/**
 * Whether each state's alternative measures were requested (Art. 65(1)), as its pledge says: yes,
 * no; not yet (or not said) leaves it to the records of measures delivered.
 */
function requestedOf(report: Pick<PoolReport, 'assessment'>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const s of report.assessment.states) {
    if (s.alternative.requested !== 'not-yet') out[s.code] = s.alternative.requested === 'yes';
  }
  return out;
}

/**
 * The year's implementation computed from the report (its scenario and pledging round) and the
 * records. Systemic shortcomings: the scenario's findings (Art. 60(3)) and any given here; the SAR
 * indicative percentage and its states: as given here, else the scenario's (Art. 12(5), 57(2)).
 */
export function computeImplementation(
  report: Pick<PoolReport, 'result' | 'assessment'> & { readonly round: PledgeRound },
  impl: ImplementationRound,
): Implementation {
  const { result, round } = report;
  const systemic = new Set([
    ...result.systemicShortcomings.map((f) => f.code),
    ...(impl.systemicShortcomings ?? []),
  ]);
  const sar = new Set(impl.sarStates ?? result.sar.states);
  const sarShare = impl.sarShare ?? result.sar.share ?? undefined;
  return assessImplementation({
    year: impl.year,
    states: result.participants,
    contributions: contributionsOf(result, round, {
      ...requestedOf(report),
      ...impl.alternativeRequested,
    }),
    benefitting: result.benefitting.map((code) => ({
      code,
      systemicShortcomings: systemic.has(code),
      searchAndRescue: sar.has(code),
    })),
    needs: impl.needs,
    ...(sarShare === undefined ? {} : { sarShare }),
    ...(impl.typed ? { typed: impl.typed } : {}),
    records: impl.records,
    source: impl.source,
    ...(impl.proportionalityTolerance === undefined
      ? {}
      : { rules: { proportionalityTolerance: impl.proportionalityTolerance } }),
  });
}

/** A report with its year's implementation: the Implementation sheet after Balance, and its names. */
export function withImplementation(
  report: PoolReport,
  impl: ImplementationRound,
): PoolReport & { readonly implementation: Implementation } {
  if (!report.round) {
    throw new Error('The Implementation sheet needs the pledging round: give the pledges too.');
  }
  const implementation = computeImplementation({ ...report, round: report.round }, impl);
  const { sheet, names } = implementationSheet(implementation);
  const sheets = [...report.spec.sheets];
  const after = sheets.findIndex((s) => s.name === 'Balance');
  sheets.splice(after < 0 ? sheets.length : after + 1, 0, sheet);
  return {
    ...report,
    spec: { ...report.spec, sheets, names: [...report.spec.names, ...names] },
    implementation,
  };
}
