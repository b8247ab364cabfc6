import { MethodologyError, requireNonNegative } from './errors';
import { methodReason } from './reasons';

/**
 * Whether a benefitting state has made the "specific request" an alternative solidarity measure
 * needs (Art. 65(1)). Measures not requested in the year "shall be converted into financial
 * contributions" (Art. 57(4), recital 19).
 */
export type AlternativeRequested = 'yes' | 'no' | 'not-yet';

/** Which value of an alternative measure a figure rests on. */
export type AlternativeValueBasis = 'set-jointly-65-1' | 'indicated-57-4';

export interface AlternativeMeasureValue {
  readonly requested: AlternativeRequested;
  /** Counted as alternative measures: requested (or not yet decided). */
  readonly alternativeEur: number;
  /** Converted into a financial contribution because not requested (Art. 57(4)). */
  readonly convertedToFinancialEur: number;
  readonly basis: AlternativeValueBasis;
}

/**
 * The value of a state's alternative measures: the value set jointly by both states before
 * implementation where there is one (Art. 65(1)), else the financial value the pledging state
 * indicated "based on objective criteria" (Art. 57(4)). Not requested: that value is a financial
 * contribution.
 */
export function valueAlternativeMeasures(
  code: string,
  indicatedEur: number,
  requested: AlternativeRequested = 'not-yet',
  setJointlyEur: number | null = null,
): AlternativeMeasureValue {
  requireNonNegative(indicatedEur, { state: code, field: { kind: 'alternative' } });
  if (setJointlyEur !== null) {
    requireNonNegative(setJointlyEur, { state: code, field: { kind: 'jointValue' } });
    if (requested !== 'yes') {
      throw new MethodologyError(methodReason('jointValueWithoutRequest', { code }), {
        state: code,
        field: { kind: 'jointValue' },
      });
    }
  }
  if (requested === 'no') {
    return {
      requested,
      alternativeEur: 0,
      convertedToFinancialEur: indicatedEur,
      basis: 'indicated-57-4',
    };
  }
  return setJointlyEur !== null
    ? {
        requested,
        alternativeEur: setJointlyEur,
        convertedToFinancialEur: 0,
        basis: 'set-jointly-65-1',
      }
    : {
        requested,
        alternativeEur: indicatedEur,
        convertedToFinancialEur: 0,
        basis: 'indicated-57-4',
      };
}
