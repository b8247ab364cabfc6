import {
  MethodologyError,
  requireFiniteFields,
  requireFraction,
  requireNonNegative,
} from './errors';
import { NEED_TYPES, type NeedType } from './measures';
import { resolveNeeds, type BenefittingState, type DeclaredNeed } from './needs';
import { methodReason } from './reasons';
import { normalizeCode } from './states';
import { sum } from './sum';

/** A figure the analyst typed over the proposal, for one benefitting state and type. */
export interface TypedDistribution {
  readonly code: string;
  readonly type: NeedType;
  readonly value: number;
}

export interface DistributionInput {
  /** The pool to be implemented, by type: people (relocations and offsets), euros, euros. */
  readonly available: Readonly<Record<NeedType, number>>;
  readonly benefitting: readonly BenefittingState[];
  readonly needs: readonly DeclaredNeed[];
  /**
   * The indicative percentage of the pool to be made available to the states under pressure from
   * search-and-rescue arrivals (Art. 12(5), 57(2)), as a fraction; 0 when the act sets none.
   */
  readonly sarShare?: number;
  readonly typed?: readonly TypedDistribution[];
}

export type DistributionBasis = 'computed' | 'typed';

/** One benefitting state's part of one type of the pool. */
export interface DistributionCell {
  readonly code: string;
  readonly type: NeedType;
  readonly need: number;
  /** False where systemic shortcomings were found (Art. 60(3), fourth subparagraph): no proposal. */
  readonly eligible: boolean;
  readonly searchAndRescue: boolean;
  /** From the SAR part of the pool, in proportion to the SAR states' needs, at most the need. */
  readonly sarPart: number;
  /** The need left after the SAR part (0 where not eligible). */
  readonly needAfterSar: number;
  /** From the rest of the pool, in proportion to the needs left, at most the need left. */
  readonly restPart: number;
  readonly proposal: number;
  readonly typed: number | undefined;
  /** The typed figure where there is one, else the proposal. */
  readonly distributed: number;
  readonly basis: DistributionBasis;
}

export interface DistributionOfType {
  readonly type: NeedType;
  readonly available: number;
  /** Art. 12(5), 57(2): the indicative share × what is available. */
  readonly sarReserved: number;
  readonly needs: number;
  readonly distributed: number;
  /** Available less distributed: negative where typed figures distribute more than there is. */
  readonly undistributed: number;
}

export interface Distribution {
  readonly cells: readonly DistributionCell[];
  readonly byType: Readonly<Record<NeedType, DistributionOfType>>;
  readonly sarShare: number;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.min(1, a / b) : 0);

/**
 * A proposal for "a balanced distribution of the solidarity contributions available among the
 * benefitting Member States" (Art. 60(2), 15(2)(c)), type by type. The tool's reading:
 * 1. the SAR indicative share of what is available (Art. 12(5), 57(2)) goes to the SAR states in
 *    proportion to their needs, never beyond them;
 * 2. the rest goes to every eligible state in proportion to the need it has left, never beyond it;
 * 3. nothing is proposed towards a state with systemic shortcomings (Art. 60(3), fourth
 *    subparagraph): a figure typed for it records a contributing state's own choice.
 * A typed figure replaces the proposal of its cell only; the others are not rebalanced.
 */
export function distributePool(input: DistributionInput): Distribution {
  const sarShare = requireFraction(input.sarShare ?? 0, { field: { kind: 'sarIndicative' } });
  const benefitting = input.benefitting.map((b) => ({
    ...b,
    code: normalizeCode(b.code, 'codeOfBenefitting'),
  }));
  const needs = resolveNeeds(input.needs, benefitting);
  const typed = new Map<string, number>();
  for (const t of input.typed ?? []) {
    const code = normalizeCode(t.code, 'codeOfDistribution');
    if (!needs.has(code)) {
      throw new MethodologyError(methodReason('distributionNotBenefitting', { code }), {
        state: code,
        field: { kind: 'distribution' },
      });
    }
    typed.set(
      `${code}/${t.type}`,
      requireNonNegative(t.value, { state: code, field: { kind: 'distributed', type: t.type } }),
    );
  }
  const cells: DistributionCell[] = [];
  const byType = {} as Record<NeedType, DistributionOfType>;
  for (const type of NEED_TYPES) {
    const available = requireNonNegative(input.available[type], {
      field: { kind: 'available', type },
    });
    const rows = benefitting.map((b) => ({
      b,
      need: needs.get(b.code)?.[type] ?? 0,
      eligible: !b.systemicShortcomings,
    }));
    const sarReserved = sarShare * available;
    const sarNeeds = sum(rows.filter((r) => r.eligible && r.b.searchAndRescue).map((r) => r.need));
    const withSar = rows.map((r) => {
      const sarPart = r.eligible && r.b.searchAndRescue ? r.need * ratio(sarReserved, sarNeeds) : 0;
      return { ...r, sarPart, needAfterSar: r.eligible ? r.need - sarPart : 0 };
    });
    const rest = available - sum(withSar.map((r) => r.sarPart));
    const restNeeds = sum(withSar.map((r) => r.needAfterSar));
    const ofType = withSar.map((r): DistributionCell => {
      const restPart = r.needAfterSar > 0 ? r.needAfterSar * ratio(rest, restNeeds) : 0;
      const proposal = r.sarPart + restPart;
      const given = typed.get(`${r.b.code}/${type}`);
      return requireFiniteFields(
        {
          code: r.b.code,
          type,
          need: r.need,
          eligible: r.eligible,
          searchAndRescue: r.b.searchAndRescue,
          sarPart: r.sarPart,
          needAfterSar: r.needAfterSar,
          restPart,
          proposal,
          typed: given,
          distributed: given ?? proposal,
          basis: given === undefined ? 'computed' : 'typed',
        },
        r.b.code,
      );
    });
    cells.push(...ofType);
    const distributed = sum(ofType.map((c) => c.distributed));
    byType[type] = {
      type,
      available,
      sarReserved,
      needs: sum(rows.map((r) => r.need)),
      distributed,
      undistributed: available - distributed,
    };
  }
  return { cells, byType, sarShare };
}
