import { FIELD_WORDS } from './fieldWords';

/**
 * The methodology's refusals as facts: a reason code and its values, carried by MethodologyError
 * (`reason`) beside its English message (the command line, the custom functions). The pane says
 * the same facts in its language (src/report/words/{en,fr,de}/method.ts); these are the English.
 */
export const METHOD_REASONS = {
  // The fields a check names (fieldNames.ts), and a state's: "fair share of DE".
  ...FIELD_WORDS,
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
  // A state's code (states.ts), and the input it was given for: {field} is one of the code* below.
  codeEmpty: 'The {field} is empty: use a Eurostat code such as "DE" or "EL".',
  codeUnknown:
    'Unknown {field} "{given}": use a Eurostat code of an EU or Dublin-associated state (for example "DE", "EL" or "GR" for Greece).',
  codeOfCountry: 'country code',
  codeOfParticipant: 'participant code',
  codeOfPledge: 'state code of a pledge',
  codeOfDeduction: 'state code of a deduction',
  codeOfNeed: 'state code of a need',
  codeOfDistribution: 'state code of a distribution',
  codeOfCategory: 'state code in the categories',
  codeOfBenefitting: 'benefitting state',
  codeOfContributing: 'contributing state',
  codeOfShortcomings: 'state with systemic shortcomings',
  codeOfSar: 'SAR state',
  // The participants (participants.ts): Member States, each once (Annex I, Art. 13(1)).
  participantsEmpty: 'The participant set is empty: name at least one state.',
  notAMemberState:
    '{code} is not a Member State: the reference key sums over Member States only (Annex I, "n: the overall number of Member States"). A Dublin-associated state contributes ad hoc (Art. 13(1)): enter its pledge as a pledge row, outside the key, and remove it from the participants.',
  participantTwice: '{code} is listed twice among the participants.',
  // The pool's totals and the indicative contributions (pool.ts, Art. 12(2)).
  belowOneRelocation:
    'The totals give {relocations} relocations at EUR {eurPerRelocation} each, less than one: give a larger financial total, or the relocation total.',
  fairShareOutOfRange: 'Fair share of {code} must be between 0 and 1, got {got}.',
  // The pressure scores (pressure.ts).
  valueAboveTotal: 'The value {value} exceeds the total {total} of the indicator.',
  indicatorTwice: 'The indicator "{id}" is given twice.',
  weightsAllZero: 'All indicator weights are zero: give at least one a positive weight.',
  indicatorTotalZero: "The participants' total of {indicator} is zero: no shares exist.",
  // Categories and readings, as a file or the command line names them.
  categoryUnknown:
    'Unknown category "{given}" for {state}: use under-pressure, at-risk or significant-situation.',
  art63ReadingUnknown: 'Unknown Art. 63(7) reading "{given}": use every-type or people-only.',
  // Pledges (pledges.ts), deductions (Art. 61(1)) and alternative measures (Art. 65(1)).
  pledgeNotParticipating: '{code} has a pledge but is not a participating state.',
  art61WhileBenefitting:
    '{code} is benefitting from the pool, so it cannot have an Art. 61 deduction: Art. 61(1) allows it only to a state "which has not made use of the Annual Solidarity Pool". Remove the deduction, or declare {code} not benefitting.',
  jointValueWithoutRequest:
    '{code} has a value set jointly for its alternative measures, which follows a specific request of the benefitting state (Art. 65(1)): set "requested" to yes, or remove the value.',
  // Needs and their distribution (needs.ts, distribution.ts, Art. 56(2), 58(2)); {type} a type* below.
  needNotBenefitting: '{code} declares a need but is not a benefitting state.',
  needWithoutType: 'A need of {code} has no type of Art. 56(2).',
  twoNeedLevels: '{code} declares two levels of {type}: keep one.',
  typeRelocation: 'relocation',
  typeFinancial: 'financial',
  typeAlternative: 'alternative',
  distributionNotBenefitting: '{code} is given a distribution but is not benefitting.',
  // Implementation records (implementationRecords.ts), numbered from 1 as the grid shows them.
  recordNoDate: 'Record {n} has no ISO date (yyyy-mm-dd).',
  recordNoType: 'Record {n} has no type.',
  recordNoBenefitting: 'Record {n} names no benefitting state.',
} as const;

export type MethodReasonCode = keyof typeof METHOD_REASONS;

/**
 * A number with how it is written, where a bare number (a figure: as JavaScript writes it in the
 * English, in full and grouped in the pane's culture) would not do.
 */
export interface NumberValue {
  readonly number: number;
  /** A number that names rather than measures (a record's, as the grid numbers them): never grouped. */
  readonly names?: true;
  /** To so many significant digits (0.500), in every language. */
  readonly significant?: number;
  /** Grouped, with at most so many decimals, the English too (EUR 20,000). */
  readonly decimals?: number;
}

/** How a number of a reason is written (a NumberValue's without its number). */
export type NumberStyle = Omit<NumberValue, 'number'>;

/**
 * A pressure indicator a reason names: its id and period, which the pane names in its language
 * ("Primo-demandeurs d'asile 2024"), and the label it was given, the English as the messages always
 * said it ("First-time asylum applicants 2024"). Without a period (a label the analyst gave a
 * function), the label is said as it is in every language.
 */
export interface IndicatorValue {
  readonly indicator: string;
  readonly label: string;
  readonly period?: string;
}

export type MethodValue = string | number | NumberValue | IndicatorValue | MethodReason;

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
    if (typeof v !== 'object') return String(v);
    if ('indicator' in v) return v.label;
    return 'number' in v ? englishNumber(v) : methodEnglish(v);
  });
}

/** A number of a reason as the English has always written it ("0.500", "20,000", "2"). */
function englishNumber(v: NumberValue): string {
  if (v.significant !== undefined) return v.number.toPrecision(v.significant);
  if (v.decimals !== undefined) {
    return v.number.toLocaleString('en-GB', { maximumFractionDigits: v.decimals });
  }
  return String(v.number);
}
