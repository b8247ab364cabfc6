import { methodReason } from './reasons';
import { MethodologyError } from './errors';
import { normalizeCode } from './states';

/**
 * A finding of systemic shortcomings in a benefitting state with regard to the rules of Part III,
 * made by the Commission in an Art. 11 or Art. 59(4) decision (Art. 60(3), fourth subparagraph;
 * recital 31). Its effect: contributing states are not required to implement pledges or apply
 * offsets towards that state; the state keeps its fair share and its benefitting status.
 */
export interface SystemicShortcomingFinding {
  readonly code: string;
  /** The decision that made the finding. */
  readonly decision: { readonly article: '11' | '59(4)'; readonly reference: string | null };
}

export function resolveSystemicShortcomings(
  findings: readonly SystemicShortcomingFinding[],
  benefitting: ReadonlySet<string>,
): SystemicShortcomingFinding[] {
  const seen = new Set<string>();
  return findings.map((f) => {
    const code = normalizeCode(f.code, 'codeOfShortcomings');
    if (!benefitting.has(code)) {
      throw new MethodologyError(methodReason('shortcomingsNotBenefitting', { code }), {
        state: code,
        field: { kind: 'shortcomings' },
      });
    }
    if (seen.has(code)) {
      throw new MethodologyError(methodReason('twoShortcomings', { code }), {
        state: code,
        field: { kind: 'shortcomings' },
      });
    }
    if (f.decision.article !== '11' && f.decision.article !== '59(4)') {
      throw new MethodologyError(methodReason('shortcomingsDecision', { code }), {
        state: code,
        field: { kind: 'shortcomings' },
      });
    }
    seen.add(code);
    const reference = f.decision.reference?.trim() || null;
    return { code, decision: { article: f.decision.article, reference } };
  });
}
