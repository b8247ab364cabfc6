import {
  MethodologyError,
  requireFiniteFields,
  requireFiniteResult,
  requirePositive,
} from './errors';
import { methodReason } from './reasons';

/** Art. 12(2): the proposal's pool comprises at least 30,000 relocations ... */
export const ART_12_MIN_RELOCATIONS = 30_000;
/** ... and at least EUR 600 million in financial contributions. */
export const ART_12_MIN_FINANCIAL_EUR = 600_000_000;
/**
 * Art. 12(3): "the ratio between the numbers set out in paragraph 2, points (a) and (b), of this
 * Article shall be maintained" (recital 15), so one relocation is worth EUR 20,000: the ratio of the
 * two Art. 12(2) minima, not a literal of the text; a parameter with this default.
 */
export const DEFAULT_EUR_PER_RELOCATION = ART_12_MIN_FINANCIAL_EUR / ART_12_MIN_RELOCATIONS;

export interface PoolTotalsRequest {
  readonly relocations?: number | null;
  readonly financialEur?: number | null;
  readonly eurPerRelocation?: number | null;
}

export type TotalsDerivation =
  'art-12-minimum' | 'relocations-given' | 'financial-given' | 'both-given';

export interface PoolTotals {
  readonly relocations: number;
  readonly financialEur: number;
  readonly eurPerRelocation: number;
  /** How the totals were set: which were given, and which followed from the ratio. */
  readonly derivation: TotalsDerivation;
  /** What an analyst should see beside the totals, as facts (the words: report/words). */
  readonly remarks: readonly TotalsRemark[];
}

/**
 * `below-art-12-minimum`: under the Art. 12(2) minima (the Council may adopt other numbers, Art.
 * 57(1); Art. 12(4)); `ratio-differs`: the totals imply another value per relocation than the one
 * used (Art. 12(3) keeps the ratio).
 */
export type TotalsRemark =
  | { readonly code: 'below-art-12-minimum' }
  | {
      readonly code: 'ratio-differs';
      readonly impliedEurPerRelocation: number;
      readonly eurPerRelocation: number;
    };

const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;

/**
 * The Union-wide totals of the pool (Art. 12(2)). One given total sets the other through the ratio
 * (Art. 12(3), recital 15); both given are taken as they are (the Council may adopt other totals, Art. 57(1):
 * for 2026, 21,000 relocations and EUR 420 million). With neither, the Art. 12(2) minima apply, the
 * relocation number raised if needed so that neither minimum is undercut at the chosen ratio.
 */
export function resolvePoolTotals(request: PoolTotalsRequest = {}): PoolTotals {
  const eurPerRelocation = given(request.eurPerRelocation)
    ? requirePositive(request.eurPerRelocation, { field: { kind: 'eurPerRelocation' } })
    : DEFAULT_EUR_PER_RELOCATION;
  const relocationsGiven = given(request.relocations)
    ? requirePositive(request.relocations, { field: { kind: 'relocationTotal' } })
    : undefined;
  const financialGiven = given(request.financialEur)
    ? requirePositive(request.financialEur, { field: { kind: 'financialTotal' } })
    : undefined;

  let relocations: number;
  let financialEur: number;
  let derivation: TotalsDerivation;
  if (relocationsGiven !== undefined && financialGiven !== undefined) {
    [relocations, financialEur, derivation] = [relocationsGiven, financialGiven, 'both-given'];
  } else if (relocationsGiven !== undefined) {
    relocations = relocationsGiven;
    financialEur = relocations * eurPerRelocation;
    derivation = 'relocations-given';
  } else if (financialGiven !== undefined) {
    financialEur = financialGiven;
    relocations = financialEur / eurPerRelocation;
    derivation = 'financial-given';
  } else {
    relocations = Math.max(ART_12_MIN_RELOCATIONS, ART_12_MIN_FINANCIAL_EUR / eurPerRelocation);
    financialEur = relocations * eurPerRelocation;
    derivation = 'art-12-minimum';
  }

  // A product or quotient of valid inputs can still overflow (1E+308 relocations × EUR 20,000) or
  // vanish (EUR 1E-320 / 20,000 is 0 relocations): neither is a pool.
  requireFiniteResult(relocations, { field: { kind: 'relocationTotal' } });
  requireFiniteResult(financialEur, { field: { kind: 'financialTotal' } });
  requirePositive(relocations, { field: { kind: 'relocationTotal' } });
  requirePositive(financialEur, { field: { kind: 'financialTotal' } });
  // A relocation is one person (Art. 12(2)): a pool of less than one is no pool, whatever gave it.
  if (relocations < 1) {
    // Three digits, and the euros grouped (each language writes them in its culture).
    const values = {
      relocations: { number: relocations, significant: 3 },
      eurPerRelocation: { number: eurPerRelocation, decimals: 2 },
    };
    throw new MethodologyError(methodReason('belowOneRelocation', values), {
      field: { kind: derivation === 'financial-given' ? 'financialTotal' : 'relocationTotal' },
    });
  }
  const remarks: TotalsRemark[] = [];
  if (relocations < ART_12_MIN_RELOCATIONS || financialEur < ART_12_MIN_FINANCIAL_EUR) {
    remarks.push({ code: 'below-art-12-minimum' });
  }
  const impliedRatio = financialEur / relocations;
  if (Math.abs(impliedRatio - eurPerRelocation) > 1e-9 * eurPerRelocation) {
    remarks.push({
      code: 'ratio-differs',
      impliedEurPerRelocation: impliedRatio,
      eurPerRelocation,
    });
  }
  return { relocations, financialEur, eurPerRelocation, derivation, remarks };
}

export interface IndicativeContribution {
  readonly code: string;
  readonly fairShare: number;
  /** Fair share × the relocation total (Art. 12(2)). */
  readonly relocations: number;
  /** Fair share × the financial total (Art. 12(2)); also the contribution's value in euros. */
  readonly financialEur: number;
}

/** Each state's indicative contribution: its fair share of each Union-wide total (Art. 12(2)). */
export function indicativeContributions(
  shares: readonly { readonly code: string; readonly fairShare: number }[],
  totals: PoolTotals,
): IndicativeContribution[] {
  return shares.map(({ code, fairShare }) => {
    if (!(fairShare >= 0 && fairShare <= 1)) {
      throw new MethodologyError(methodReason('fairShareOutOfRange', { code, got: fairShare }), {
        state: code,
        field: { kind: 'fairShare' },
      });
    }
    return requireFiniteFields(
      {
        code,
        fairShare,
        relocations: fairShare * totals.relocations,
        financialEur: fairShare * totals.financialEur,
      },
      code,
    );
  });
}
