/**
 * The types of solidarity a pool is implemented in, as implementation records name them: relocations
 * (Art. 56(2)(a), 67–68), responsibility offsets instead of relocations (Art. 63, 69), financial
 * contributions (Art. 56(2)(b), 64) and alternative solidarity measures at their jointly set value
 * (Art. 56(2)(c), 65(1)).
 */
export const MEASURE_TYPES = ['relocation', 'offset', 'financial', 'alternative'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/** An amount per type: persons for relocations and offsets, euros for the others. */
export type Amounts = { readonly [T in MeasureType]: number };

export const NO_AMOUNTS: Amounts = { relocation: 0, offset: 0, financial: 0, alternative: 0 };

/** Persons for people solidarity (relocations, offsets), euros for financial and alternative measures. */
export function unitOf(type: MeasureType): 'persons' | 'eur' {
  return type === 'relocation' || type === 'offset' ? 'persons' : 'eur';
}

/**
 * What a benefitting state declares it needs (Art. 58(2): "the type and level of solidarity measures
 * referred to in Article 56(2)"): people (relocations, or offsets instead of them, Art. 63(1)),
 * financial contributions, alternative measures.
 */
export const NEED_TYPES = ['relocation', 'financial', 'alternative'] as const;
export type NeedType = (typeof NEED_TYPES)[number];

/**
 * The pledge a record counts against: people solidarity (relocations, and offsets taken "instead of
 * relocations", Art. 63(1)–(2)), financial contributions, alternative measures.
 */
export function needTypeOf(type: MeasureType): NeedType {
  return type === 'offset' ? 'relocation' : type;
}

/** An amount per need type: people (relocations plus offsets), financial, alternative. */
export function byNeedType(a: Amounts): Readonly<Record<NeedType, number>> {
  return {
    relocation: a.relocation + a.offset,
    financial: a.financial,
    alternative: a.alternative,
  };
}

export function isMeasureType(text: string): text is MeasureType {
  return (MEASURE_TYPES as readonly string[]).includes(text);
}
