import {
  assessImplementation,
  type Amounts,
  type ContributionToImplement,
  type DeclaredNeed,
  type Implementation,
  type ImplementationRecord,
  type PoolMeasures,
  type RoundResult,
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

/** A pool's measures as the amounts an implementation record counts in (Art. 56(2)). */
export function amountsOf(m: PoolMeasures): Amounts {
  return {
    relocation: m.relocations,
    offset: m.offsets,
    financial: m.financialEur,
    alternative: m.alternativeEur,
  };
}

/**
 * Each participating state's pledges (Art. 57(1)) and those to be implemented, as the round's pool
 * to be implemented counts them (`assessRound`): alternative measures at their jointly set value
 * (Art. 65(1)) or converted where not requested (Art. 57(4)); net of a deduction on the pledges
 * (Art. 61(1), 62(1)); nothing where the state is not obliged (Art. 60(3), third subparagraph).
 * Then the ad hoc contributors (Art. 13(1)): outside the key, their pledges to be implemented whole.
 */
export function contributionsOf(
  round: RoundResult,
  requested: Readonly<Record<string, boolean>> = {},
): ContributionToImplement[] {
  const rows = [
    ...round.states.map((s) => ({ code: s.code, pledged: s.pledged, toImplement: s.toImplement })),
    ...round.adHoc.map((a) => ({ code: a.code, pledged: a.pledged, toImplement: a.pledged })),
  ];
  return rows.map((r) => {
    const asked = requested[r.code];
    return {
      code: r.code,
      pledged: amountsOf(r.pledged),
      toImplement: amountsOf(r.toImplement),
      ...(asked === undefined ? {} : { alternativeRequested: asked }),
    };
  });
}

/**
 * Whether each state's alternative measures were requested (Art. 65(1)), as its pledge says: yes,
 * no; not yet (or not said) leaves it to the records of measures delivered.
 */
function requestedOf(round: RoundResult): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const s of [...round.states, ...round.adHoc]) {
    if (s.alternative.requested !== 'not-yet') out[s.code] = s.alternative.requested === 'yes';
  }
  return out;
}

/**
 * The year's implementation computed from the report (its scenario and the round's assessment)
 * and the records. Systemic shortcomings: the scenario's findings (Art. 60(3)) and any given here;
 * the SAR indicative percentage and its states: as given here, else the scenario's (Art. 12(5),
 * 57(2)). The ad hoc contributors confirm their levels beside the participants.
 */
export function computeImplementation(
  report: Pick<PoolReport, 'result' | 'assessment'>,
  impl: ImplementationRound,
): Implementation {
  const { result, assessment } = report;
  const systemic = new Set([
    ...result.systemicShortcomings.map((f) => f.code),
    ...(impl.systemicShortcomings ?? []),
  ]);
  const sar = new Set(impl.sarStates ?? result.sar.states);
  const sarShare = impl.sarShare ?? result.sar.share ?? undefined;
  return assessImplementation({
    year: impl.year,
    states: [...result.participants, ...assessment.adHoc.map((a) => a.code)],
    contributions: contributionsOf(assessment, {
      ...requestedOf(assessment),
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
  if (!report.assessment.pledging) {
    throw new Error('The Implementation sheet needs the pledging round: give the pledges too.');
  }
  const implementation = computeImplementation(report, impl);
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
