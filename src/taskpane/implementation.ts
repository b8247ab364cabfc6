import type {
  DeclaredNeed,
  Implementation,
  ImplementationRecord,
  TypedDistribution,
} from '../core';
import type { ImplementationRound, PoolReport } from '../report';
import { withImplementation } from '../report';

/**
 * The year's implementation as the analyst edits it in the pane (the Implementation step). The
 * findings of systemic shortcomings (Art. 60(3)) are the scenario's, set once on the Results tab.
 */
export interface ImplementationDraft {
  readonly records: readonly ImplementationRecord[];
  readonly recordsSource: string;
  readonly needs: readonly DeclaredNeed[];
  readonly needsSource?: string;
  /** Figures typed over the distribution proposal, cell by cell. */
  readonly typed: readonly TypedDistribution[];
  readonly year: number;
}

/** The pool's year of a preset: the year its name starts with, else this year. */
export function yearOfPreset(presetId: string, now: Date): number {
  const named = /^(\d{4})-/.exec(presetId)?.[1];
  return named ? Number(named) : now.getUTCFullYear();
}

export function roundOfDraft(draft: ImplementationDraft): ImplementationRound {
  return {
    year: draft.year,
    records: draft.records,
    needs: draft.needs,
    source: draft.needsSource
      ? `${draft.recordsSource} (needs: ${draft.needsSource})`
      : draft.recordsSource,
    typed: draft.typed,
  };
}

/** The report with its Implementation sheet where the pane holds records and the round is in. */
export function withDraft(
  report: PoolReport,
  draft: ImplementationDraft | undefined,
): PoolReport & { readonly implementation?: Implementation } {
  if (!draft || !report.assessment.pledging) return report;
  return withImplementation(report, roundOfDraft(draft));
}

/** The draft with one distribution cell typed, or its typed figure removed (undefined). */
export function typeDistribution(
  draft: ImplementationDraft,
  cell: Omit<TypedDistribution, 'value'>,
  value: number | undefined,
): ImplementationDraft {
  const others = draft.typed.filter((t) => !(t.code === cell.code && t.type === cell.type));
  return { ...draft, typed: value === undefined ? others : [...others, { ...cell, value }] };
}
