import type { FIELD_WORDS } from './fieldWords';
import type { NeedType } from './measures';
import type { CodeField } from './states';
import { methodEnglish, methodReason, type IndicatorValue, type MethodReason } from './reasons';

/** The fields said with a value of their own (FieldName's other kinds). */
type Valued =
  | `${'IndicatorNamed' | 'WeightOf' | 'TotalOf' | 'ScoreOn' | 'Record' | 'Computed' | 'OfFunction'}`
  | `${'Level' | 'Available' | 'Distributed'}${Capitalize<NeedType>}`;

/** A field named by its words alone: a key of FIELD_WORDS without its "field" ("fairShare"). */
export type PlainField = keyof typeof FIELD_WORDS extends infer K
  ? K extends `field${infer Name}`
    ? Name extends Valued
      ? never
      : Uncapitalize<Name>
    : never
  : never;

/**
 * Where a check's problem is, as a fact the language layer words (never English text): a field of
 * the methodology's ({ kind: 'fairShare' }), one of an indicator given by its id, period and label ({
 * kind: 'weight', of: { indicator: 'irregularArrivals', period: '2024', label: 'Arrivals 2024' } }), an implementation record by its number ({ kind: 'record', n: 3 }).
 * Its English is the words the messages always had ("weight of Arrivals", "record 3").
 */
export type FieldName =
  | { readonly kind: PlainField }
  /** A need's level declared (Art. 58(2)), the amount of a type available, the amount given. */
  | { readonly kind: 'level' | 'available' | 'distributed'; readonly type: NeedType }
  /** A pressure indicator's values, its weight, its participants' total, its score on it. */
  | {
      readonly kind: 'indicatorNamed' | 'weight' | 'totalOf' | 'scoreOn';
      readonly of: IndicatorValue;
    }
  | { readonly kind: 'record'; readonly n: number }
  /** A state's code, by what it was given for ("participant code"). */
  | { readonly kind: 'stateCode'; readonly of: CodeField }
  /** A figure of a computed record, by its property's name (requireFiniteFields). */
  | { readonly kind: 'computed'; readonly key: string }
  /** A custom function's argument, in the functions' own English (Excel's messages). */
  | { readonly kind: 'ofFunction'; readonly where: string };

/** The phrase of each field of an indicator. */
const OF_INDICATOR = {
  indicatorNamed: 'fieldIndicatorNamed',
  weight: 'fieldWeightOf',
  totalOf: 'fieldTotalOf',
  scoreOn: 'fieldScoreOn',
} as const;

const capital = <S extends string>(s: S) =>
  `${s.charAt(0).toUpperCase()}${s.slice(1)}` as Capitalize<S>;

/** The field as a phrase of the method section (METHOD_REASONS' field*), said in each language. */
export function fieldReason(field: FieldName): MethodReason {
  switch (field.kind) {
    case 'level':
    case 'available':
    case 'distributed':
      return methodReason(`field${capital(field.kind)}${capital(field.type)}`);
    case 'indicatorNamed':
    case 'weight':
    case 'totalOf':
    case 'scoreOn':
      return methodReason(OF_INDICATOR[field.kind], { indicator: field.of });
    case 'record':
      return methodReason('fieldRecord', { n: { number: field.n, names: true } });
    case 'stateCode':
      return methodReason(field.of);
    case 'computed':
      return methodReason('fieldComputed', { key: field.key });
    case 'ofFunction':
      return methodReason('fieldOfFunction', { where: field.where });
    default:
      return methodReason(`field${capital(field.kind)}`);
  }
}

/** The field's English ("weight of Arrivals"): MethodologyError.field, as it always was. */
export function fieldEnglish(field: FieldName): string {
  return methodEnglish(fieldReason(field));
}
