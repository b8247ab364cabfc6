/**
 * The methodology's refusals as facts: a reason code and its values, carried by MethodologyError
 * (`reason`) beside its English message (the command line, the custom functions). The pane says
 * the same facts in its language (src/report/words/{en,fr,de}/method.ts); these are the English.
 */
export const METHOD_REASONS = {
  fieldOf: '{field} of {state}',
  text: 'the text "{text}"',
  nothing: 'nothing',
  notANumber: '{what} must be a number, got {got}.',
  negative: '{what} must not be negative, got {got}.',
  notPositive: '{what} must be above zero, got {got}.',
  notAFraction: '{what} must be a fraction between 0 and 1 (0 % to 100 %), got {got}.',
  beyondRange:
    "{what}: the result is beyond Excel's range (numbers up to about 1.8E308): check the figures given, or give them in larger units (e.g. millions).",
  noPopulation:
    'The data has no population for {code}: load data that covers every participant, or remove {code} from the participants.',
  noGdp:
    'The data has no GDP for {code}: load data that covers every participant, or remove {code} from the participants.',
  deductionNotParticipant: '{code} asks for a deduction but is not a participating state.',
  twoDeductions: '{code} has two deduction requests: keep one.',
  deductionArticle:
    'The deduction of {code} must cite Art. 61 (migratory pressure) or Art. 62 (significant migratory situation), got {got}.',
  deductionAppliesTo:
    'The deduction of {code} applies to the fair share or to the pledges, got {got}.',
  benefittingNotParticipant:
    '{code} is declared benefitting but is not a participating Member State (Art. 58(1), 59(4)).',
  shortcomingsNotBenefitting:
    '{code} is not a benefitting state: a finding of systemic shortcomings has effect only towards a benefitting Member State (Art. 60(3), fourth subparagraph).',
  twoShortcomings: '{code} has two findings of systemic shortcomings: keep one.',
  shortcomingsDecision:
    'The finding for {code} must come from an Art. 11 or Art. 59(4) decision (Art. 60(3)).',
  noParticipants: 'No participating states: the fair share needs at least one.',
  twiceInFairShare: '{code} appears twice in the fair-share input.',
  pledgeNotParticipant:
    '{code} has a pledge but is neither a participating Member State nor an ad hoc contributor (Art. 13(1)).',
  twoPledges: '{code} has two pledge rows: keep one.',
  sarNotUnderPressure:
    '{code} is not identified under migratory pressure: the search-and-rescue percentage concerns states identified under pressure in the Art. 11 decision (Art. 12(5)).',
} as const;

export type MethodReasonCode = keyof typeof METHOD_REASONS;

export type MethodValue = string | number | MethodReason;

/** A refusal of the methodology: a code of METHOD_REASONS and its values. */
export interface MethodReason {
  readonly code: `method.${MethodReasonCode}`;
  readonly values?: Readonly<Record<string, MethodValue>>;
}

export function methodReason(
  code: MethodReasonCode,
  values?: Readonly<Record<string, MethodValue>>,
): MethodReason {
  return values ? { code: `method.${code}`, values } : { code: `method.${code}` };
}

/** The English of a reason (numbers as JavaScript writes them, as the messages always did). */
export function methodEnglish(reason: MethodReason): string {
  const text: string = METHOD_REASONS[reason.code.slice('method.'.length) as MethodReasonCode];
  return text.replace(/\{(\w+)\}/g, (hole, name: string) => {
    const v = reason.values?.[name];
    if (v === undefined) return hole;
    return typeof v === 'object' ? methodEnglish(v) : String(v);
  });
}
