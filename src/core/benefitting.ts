import { methodReason } from './reasons';
import { categoriesOf, type CategoryMap } from './categories';
import { MethodologyError } from './errors';
import { normalizeCode } from './states';

/**
 * How a state becomes a benefitting Member State: identified under migratory pressure in an Art. 11
 * decision and informing that it intends to use the pool (Art. 58(1)), or notifying that it
 * considers itself under pressure, accepted by the Commission (Art. 59(4)).
 */
export type BenefittingArticle = '58(1)' | '59(4)';

export interface BenefittingDeclaration {
  readonly code: string;
  readonly article: BenefittingArticle;
}

export interface Benefitting {
  readonly states: readonly BenefittingDeclaration[];
  /** The states identified under migratory pressure in the Art. 11 decision. */
  readonly identified: readonly string[];
  /**
   * True when nobody declared which states benefit and the identified states stand in, as a
   * default: identification (Art. 11) is not the declaration of Art. 58(1).
   */
  readonly isDefault: boolean;
}

/**
 * The benefitting states: those declared, else (as a default, flagged) the states identified under
 * migratory pressure. A declared state identified under pressure benefits under Art. 58(1); one not
 * identified can only benefit under Art. 59(4).
 */
export function resolveBenefitting(
  declared: readonly string[] | undefined,
  categories: CategoryMap,
  participants: readonly string[],
): Benefitting {
  const identified = participants.filter((c) =>
    categoriesOf(categories, c).includes('under-pressure'),
  );
  const known = new Set(participants);
  const codes = declared
    ? [...new Set(declared.map((c) => normalizeCode(c, 'codeOfBenefitting')))]
    : identified;
  for (const code of codes) {
    if (!known.has(code)) {
      throw new MethodologyError(methodReason('benefittingNotParticipant', { code }), {
        state: code,
        field: { kind: 'benefitting' },
      });
    }
  }
  const underPressure = new Set(identified);
  return {
    states: codes.map((code) => ({
      code,
      article: underPressure.has(code) ? '58(1)' : '59(4)',
    })),
    identified,
    isDefault: declared === undefined,
  };
}
