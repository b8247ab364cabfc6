import { fieldEnglish, fieldReason, type FieldName } from './fieldNames';
import { methodEnglish, methodReason, type MethodReason, type MethodValue } from './reasons';

/**
 * A rule of the methodology was given input it cannot accept. `state` and `field` name where the
 * problem is, so that adapters (task pane, custom functions, command line) can point at the cell.
 * Every refusal is given as facts (reasons.ts): its English is the message (the command line, the
 * custom functions), and the pane says the same facts in its language.
 */
export class MethodologyError extends Error {
  readonly state: string | undefined;
  /** The field's English ("weight of Arrivals"), as the messages name it. */
  readonly field: string | undefined;
  /** The field as a fact (fieldNames.ts), for the words of each language. */
  readonly fieldName: FieldName | undefined;
  /** The refusal as facts: a code of METHOD_REASONS and its values. */
  readonly reason: MethodReason;

  constructor(reason: MethodReason, where: { state?: string; field?: FieldName } = {}) {
    super(methodEnglish(reason));
    this.name = 'MethodologyError';
    this.state = where.state;
    this.field = where.field && fieldEnglish(where.field);
    this.fieldName = where.field;
    this.reason = reason;
  }
}

interface Where {
  readonly state?: string;
  readonly field: FieldName;
}

/** The field checked, as a phrase each language says: "the fair share of DE". */
function describe(where: Where): MethodValue {
  const field = fieldReason(where.field);
  return where.state ? methodReason('fieldOf', { field, state: where.state }) : field;
}

/** A finite number, not NaN or infinite. */
export function requireFinite(value: unknown, where: Where): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const values = { what: describe(where), got: show(value) };
    throw new MethodologyError(methodReason('notANumber', values), where);
  }
  return value;
}

export function requireNonNegative(value: unknown, where: Where): number {
  const n = requireFinite(value, where);
  if (n < 0)
    throw new MethodologyError(methodReason('negative', { what: describe(where), got: n }), where);
  return n;
}

export function requirePositive(value: unknown, where: Where): number {
  const n = requireFinite(value, where);
  if (n <= 0) {
    throw new MethodologyError(
      methodReason('notPositive', { what: describe(where), got: n }),
      where,
    );
  }
  return n;
}

/** A fraction between 0 and 1 inclusive (a share, a deduction, a threshold). */
export function requireFraction(value: unknown, where: Where): number {
  const n = requireFinite(value, where);
  if (n < 0 || n > 1) {
    throw new MethodologyError(
      methodReason('notAFraction', { what: describe(where), got: n }),
      where,
    );
  }
  return n;
}

/**
 * A computed figure must be finite: inputs near the largest number a spreadsheet holds can overflow
 * a total or a product into Infinity (or NaN), which no table may show.
 */
export function requireFiniteResult(value: number, where: Where): number {
  if (!Number.isFinite(value)) {
    throw new MethodologyError(methodReason('beyondRange', { what: describe(where) }), where);
  }
  return value;
}

/** Every number of a computed record, checked with `requireFiniteResult`; its keys say which. */
export function requireFiniteFields<T extends object>(record: T, state?: string): T {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'number') {
      const field = { kind: 'computed', key } as const;
      requireFiniteResult(value, state === undefined ? { field } : { state, field });
    }
  }
  return record;
}

function show(value: unknown): MethodValue {
  if (typeof value === 'string') return methodReason('text', { text: value });
  if (value === null || value === undefined) return methodReason('nothing');
  return String(value);
}
