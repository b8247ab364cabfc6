import type { BenefittingDeclaration } from './benefitting';
import type { DeductionArticle } from './deductions';

/**
 * Why a participating state is not obliged to implement its pledges (Art. 60(3), third
 * subparagraph): it is itself benefitting (Art. 58(1) or 59(4)), or it was granted a full deduction
 * (Art. 61 or 62).
 */
export type NotObligedReason =
  'benefitting-58-1' | 'benefitting-59-4' | 'full-deduction-61' | 'full-deduction-62';

/** The article each reason rests on, as the workbook cites it. */
export const NOT_OBLIGED_ARTICLE: Readonly<Record<NotObligedReason, string>> = {
  'benefitting-58-1': 'Art. 60(3), 58(1)',
  'benefitting-59-4': 'Art. 60(3), 59(4)',
  'full-deduction-61': 'Art. 60(3), 61',
  'full-deduction-62': 'Art. 60(3), 62',
};

export interface Obligation {
  readonly code: string;
  readonly obliged: boolean;
  /** Null when obliged. */
  readonly notObligedBecause: NotObligedReason | null;
}

/** Whether a state must implement its pledges (Art. 60(3)); benefitting is named first. */
export function obligationOf(
  code: string,
  benefitting: BenefittingDeclaration | undefined,
  deduction: { readonly share: number; readonly article: DeductionArticle | undefined },
): Obligation {
  const reason: NotObligedReason | null = benefitting
    ? benefitting.article === '58(1)'
      ? 'benefitting-58-1'
      : 'benefitting-59-4'
    : deduction.share >= 1 && deduction.article
      ? deduction.article === 61
        ? 'full-deduction-61'
        : 'full-deduction-62'
      : null;
  return { code, obliged: reason === null, notObligedBecause: reason };
}
