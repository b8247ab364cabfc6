import { MethodologyError, requireNonNegative } from './errors';
import { NEED_TYPES, type NeedType } from './measures';
import { methodReason, type MethodReasonCode } from './reasons';
import { normalizeCode } from './states';

/** A benefitting state in the year's implementation (Art. 58(1), 59(4)) and what bears on it. */
export interface BenefittingState {
  readonly code: string;
  /**
   * The Commission identified systemic shortcomings in it (Art. 11 or 59(4) decision): contributing
   * states are not required to implement pledges or offsets towards it (Art. 60(3), fourth
   * subparagraph). It stays benefitting.
   */
  readonly systemicShortcomings: boolean;
  /**
   * Under migratory pressure from arrivals after search-and-rescue operations: a state the SAR
   * indicative percentage concerns (Art. 12(5), 57(2)).
   */
  readonly searchAndRescue: boolean;
}

/** One need a benefitting state declared (Art. 58(2), 59(2)(b)): a type and its level. */
export interface DeclaredNeed {
  readonly code: string;
  readonly type: NeedType;
  /** Persons for relocations, euros for financial contributions and alternative measures. */
  readonly level: number;
}

/** Each type of need as a refusal says it ("two levels of relocation"), in words (reasons.ts). */
const NEED_TYPE_WORDS: Readonly<Record<NeedType, MethodReasonCode>> = {
  relocation: 'typeRelocation',
  financial: 'typeFinancial',
  alternative: 'typeAlternative',
};

/** The needs by state and type, every benefitting state and type present (0 where none declared). */
export type NeedTable = ReadonlyMap<string, Readonly<Record<NeedType, number>>>;

/**
 * Checks the declared needs: each from a benefitting state (Art. 58(2): "the Member State
 * concerned"), one level per state and type, not negative.
 */
export function resolveNeeds(
  needs: readonly DeclaredNeed[],
  benefitting: readonly BenefittingState[],
): NeedTable {
  const table = new Map<string, Record<NeedType, number>>(
    benefitting.map((b) => [b.code, { relocation: 0, financial: 0, alternative: 0 }]),
  );
  const seen = new Set<string>();
  for (const need of needs) {
    const code = normalizeCode(need.code, 'codeOfNeed');
    const row = table.get(code);
    if (!row) {
      throw new MethodologyError(methodReason('needNotBenefitting', { code }), {
        state: code,
        field: { kind: 'need' },
      });
    }
    if (!(NEED_TYPES as readonly string[]).includes(need.type)) {
      throw new MethodologyError(methodReason('needWithoutType', { code }), {
        state: code,
        field: { kind: 'needType' },
      });
    }
    const key = `${code}/${need.type}`;
    if (seen.has(key)) {
      const type = methodReason(NEED_TYPE_WORDS[need.type]);
      throw new MethodologyError(methodReason('twoNeedLevels', { code, type }), {
        state: code,
        field: { kind: 'need' },
      });
    }
    seen.add(key);
    row[need.type] = requireNonNegative(need.level, {
      state: code,
      field: { kind: 'level', type: need.type },
    });
  }
  return table;
}
