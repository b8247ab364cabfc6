import { ART_12_6_CLASSIFICATION, type Disclosure } from '../core';

/**
 * The marking a copy carries unless the analyst types another: it follows the stage of the pool
 * (Art. 12(6): "Until the adoption of the Council implementing act referred to in Article 57, the
 * Commission proposal ... shall not be made public. It shall be classified 'RESTREINT UE/EU
 * RESTRICTED'"). A copy holding any scenario at the proposal's stage is classified; a copy of a pool
 * the Council adopted (Art. 57(1): its implementing act sets out the reference numbers and each
 * state's pledges) is public. The words are the copy's, in the copy's language (English).
 */
export const MARKINGS = {
  classified: `${ART_12_6_CLASSIFICATION}: holds a Commission proposal, not public until the Council adopts its implementing act (Art. 12(6) AMMR)`,
  public: 'PUBLIC: the Annual Solidarity Pool as the Council adopted it (Art. 57(1) AMMR)',
} as const;

/** The default marking for a copy holding scenarios at these stages. */
export function defaultMarking(stages: readonly Disclosure[]): string {
  return stages.length === 0 || stages.some((d) => d.classified)
    ? MARKINGS.classified
    : MARKINGS.public;
}

/**
 * Excel's limit for a page header or footer, its codes (`&C`, `&B`, `&&`...) included (Excel
 * specifications and limits: "Number of characters in a header or a footer: 255"). A longer one
 * makes Excel repair the file.
 */
export const HEADER_FOOTER_LIMIT = 255;

/** The marking as header and footer text: a lone & starts a code, so each is doubled. */
const escapeMarking = (marking: string): string => marking.replace(/&/g, '&&');

/** The marking as the page header (centred, bold) and footer (left; page numbers right). */
export function markingHeaderFooter(marking: string): { header: string; footer: string } {
  const text = escapeMarking(marking);
  return { header: `&C&B${text}`, footer: `&L${text}&R&P / &N` };
}

/** Characters left for the marking in the longer of the header and the footer. */
export const MARKING_LIMIT =
  HEADER_FOOTER_LIMIT - Math.max(...Object.values(markingHeaderFooter('')).map((s) => s.length));

/** Why a marking cannot be printed on every page, or undefined when it can. */
export function markingProblem(marking: string): string | undefined {
  const needed = escapeMarking(marking).length;
  if (needed <= MARKING_LIMIT) return undefined;
  return (
    `The marking is too long to print on every page: Excel allows ${HEADER_FOOTER_LIMIT} characters ` +
    `in a page header or footer, which leaves ${MARKING_LIMIT} for the marking (an & counts twice); ` +
    `this one takes ${needed}. Shorten it by ${needed - MARKING_LIMIT} characters.`
  );
}
