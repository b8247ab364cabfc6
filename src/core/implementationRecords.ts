import { MethodologyError, requireNonNegative } from './errors';
import {
  isMeasureType,
  needTypeOf,
  type Amounts,
  type MeasureType,
  type NeedType,
} from './measures';
import type { BenefittingState } from './needs';
import { methodReason } from './reasons';
import { normalizeCode } from './states';
import { sum } from './sum';

/** What a contributing state pledged (Art. 57(1)) and must implement (Art. 60(3)), by type. */
export interface ContributionToImplement {
  readonly code: string;
  /** The specific pledges of the Council implementing act (Art. 57(1)). */
  readonly pledged: Amounts;
  /**
   * The pledges to be implemented: net of deductions (Art. 61, 62), nothing where the state is not
   * obliged (Art. 60(3), third subparagraph).
   */
  readonly toImplement: Amounts;
  /**
   * Whether a benefitting state requested its alternative measures (Art. 65(1)); undefined where
   * not said, when the records of measures delivered stand for the requests.
   */
  readonly alternativeRequested?: boolean;
}

/** One measure implemented: who, towards whom, when, what and how much. */
export interface ImplementationRecord {
  /** ISO date, yyyy-mm-dd. */
  readonly date: string;
  readonly contributing: string;
  /** Empty only for a financial contribution not earmarked: it goes to the Union budget (Art. 64(1)). */
  readonly benefitting: string;
  readonly type: MeasureType;
  /** Persons for relocations and offsets, euros for financial contributions and alternative measures. */
  readonly amount: number;
  readonly note?: string;
}

/**
 * What a record's check found, with the article:
 * - `towards-not-benefitting`: towards a state that is not benefitting (Art. 58(1), 59(4));
 * - `towards-systemic-shortcomings`: towards a state with systemic shortcomings: not required,
 *   the contributing state's choice (Art. 60(3), fourth subparagraph);
 * - `no-pledge-of-type`: the contributing state pledged nothing of this type (Art. 57(1));
 * - `beyond-pledge`: with the records up to its date, beyond the pledge to be implemented
 *   (Art. 60(3)); `excess` says by how much;
 * - `outside-year`: dated outside the pool's year, so not in its January confirmation (Art. 60(6)).
 */
export type RecordFinding =
  | { readonly code: 'towards-not-benefitting'; readonly article: 'Art. 58(1), 59(4)' }
  | { readonly code: 'towards-systemic-shortcomings'; readonly article: 'Art. 60(3)' }
  | { readonly code: 'no-pledge-of-type'; readonly article: 'Art. 57(1)' }
  | { readonly code: 'beyond-pledge'; readonly article: 'Art. 60(3)'; readonly excess: number }
  | { readonly code: 'outside-year'; readonly article: 'Art. 60(6)' };

export type RecordFindingCode = RecordFinding['code'];

export interface CheckedRecord extends ImplementationRecord {
  readonly findings: readonly RecordFinding[];
}

/** Below half a cent (or half a millionth of a person), a record is within its pledge. */
export const PLEDGE_TOLERANCE = 0.005;

/**
 * The pledge a record of this type counts against: people to implement for relocations and
 * offsets (offsets are taken "instead of relocations", Art. 63(1)–(2)); financial plus alternative
 * measures for money (measures not requested become financial contributions, Art. 57(4));
 * alternative measures for alternative measures.
 */
export function pledgeCeiling(a: Amounts, type: NeedType): number {
  if (type === 'relocation') return a.relocation + a.offset;
  if (type === 'financial') return a.financial + a.alternative;
  return a.alternative;
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

function validateRecord(r: ImplementationRecord, index: number): ImplementationRecord {
  const n = { number: index + 1, names: true } as const;
  const where = { field: { kind: 'record', n: n.number } } as const;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) {
    throw new MethodologyError(methodReason('recordNoDate', { n }), where);
  }
  if (!isMeasureType(r.type)) {
    throw new MethodologyError(methodReason('recordNoType', { n }), where);
  }
  const contributing = normalizeCode(r.contributing, 'codeOfContributing');
  const benefitting = r.benefitting.trim() === '' ? '' : normalizeCode(r.benefitting);
  if (benefitting === '' && r.type !== 'financial') {
    throw new MethodologyError(methodReason('recordNoBenefitting', { n }), where);
  }
  return {
    ...r,
    contributing,
    benefitting,
    amount: requireNonNegative(r.amount, where),
  };
}

/**
 * Checks each record against the benefitting states and the pledges (a record is counted whatever
 * it finds: the findings say what to look at). "Beyond the pledge" takes, for the record's
 * contributing state and type, every record dated up to and including the record's date.
 */
export function checkRecords(input: {
  readonly records: readonly ImplementationRecord[];
  readonly contributions: readonly ContributionToImplement[];
  readonly benefitting: readonly BenefittingState[];
  readonly year: number;
}): CheckedRecord[] {
  const records = input.records.map(validateRecord);
  const contributions = new Map(input.contributions.map((c) => [c.code, c]));
  const benefitting = new Map(input.benefitting.map((b) => [b.code, b]));
  return records.map((r): CheckedRecord => {
    const findings: RecordFinding[] = [];
    const towards = r.benefitting === '' ? undefined : benefitting.get(r.benefitting);
    if (r.benefitting !== '' && !towards) {
      findings.push({ code: 'towards-not-benefitting', article: 'Art. 58(1), 59(4)' });
    }
    if (towards?.systemicShortcomings) {
      findings.push({ code: 'towards-systemic-shortcomings', article: 'Art. 60(3)' });
    }
    const group = needTypeOf(r.type);
    const c = contributions.get(r.contributing);
    if (!c || pledgeCeiling(c.pledged, group) === 0) {
      findings.push({ code: 'no-pledge-of-type', article: 'Art. 57(1)' });
    } else {
      const upToDate = sum(
        records
          .filter(
            (o) =>
              o.contributing === r.contributing && needTypeOf(o.type) === group && o.date <= r.date,
          )
          .map((o) => o.amount),
      );
      const excess = upToDate - pledgeCeiling(c.toImplement, group);
      if (excess > PLEDGE_TOLERANCE) {
        findings.push({ code: 'beyond-pledge', article: 'Art. 60(3)', excess });
      }
    }
    if (yearOf(r.date) !== input.year)
      findings.push({ code: 'outside-year', article: 'Art. 60(6)' });
    return { ...r, findings };
  });
}
