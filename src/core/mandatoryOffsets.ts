import type { Art63CapReading } from './readings';

export interface OffsetShareInput {
  readonly fairShare: number;
  /** 1 − the deduction's share: a deduction reduces the state's part and its cap alike. */
  readonly keep: number;
  /** The Art. 63(3) target (the higher of the two numbers). */
  readonly target: number;
  /** The reference number of relocations its fair share rests on (Art. 57(3)). */
  readonly referenceRelocations: number;
  /** Its fair share's value in euros (fair share × the reference financial number). */
  readonly fairShareValueEur: number;
  /** Relocations and offsets it will implement. */
  readonly people: number;
  /** The value of everything it will implement (every type, Art. 56(2)). */
  readonly valueEur: number;
  readonly eurPerRelocation: number;
  readonly cap: Art63CapReading;
}

/**
 * One contributing state's mandatory offsets when Art. 63(3) applies. The split of the target is the
 * tool's reading: its fair share of the target, less the people it already pledged. The cap is Art.
 * 63(7): "not ... beyond their fair share calculated according to the reference key", read as the
 * remaining value of the fair share in persons (`every-type`: money and alternatives count at equal
 * value, Art. 56(2)) or as the remaining people (`people-only`). Within half a person is none (a
 * pledge of the printed whole number meets the share).
 */
export function mandatoryOffsetsOf(s: OffsetShareInput): number {
  const part = s.fairShare * s.target * s.keep - s.people;
  const cap =
    s.cap === 'people-only'
      ? s.fairShare * s.referenceRelocations * s.keep - s.people
      : (s.fairShareValueEur * s.keep - s.valueEur) / s.eurPerRelocation;
  const owed = Math.min(part, cap);
  return owed < 0.5 ? 0 : owed;
}
