/**
 * A rule of the methodology was given input it cannot accept. `state` and `field` name where the
 * problem is, so that adapters (task pane, custom functions, command line) can point at the cell.
 */
export class MethodologyError extends Error {
  readonly state: string | undefined;
  readonly field: string | undefined;

  constructor(message: string, where: { state?: string; field?: string } = {}) {
    super(message);
    this.name = 'MethodologyError';
    this.state = where.state;
    this.field = where.field;
  }
}

interface Where {
  readonly state?: string;
  readonly field: string;
}

function describe(where: Where): string {
  return where.state ? `${where.field} of ${where.state}` : where.field;
}

/** A finite number, not NaN or infinite. */
export function requireFinite(value: unknown, where: Where): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MethodologyError(`${describe(where)} must be a number, got ${show(value)}.`, where);
  }
  return value;
}

export function requireNonNegative(value: unknown, where: Where): number {
  const n = requireFinite(value, where);
  if (n < 0)
    throw new MethodologyError(`${describe(where)} must not be negative, got ${n}.`, where);
  return n;
}

export function requirePositive(value: unknown, where: Where): number {
  const n = requireFinite(value, where);
  if (n <= 0) throw new MethodologyError(`${describe(where)} must be above zero, got ${n}.`, where);
  return n;
}

/** A fraction between 0 and 1 inclusive (a share, a deduction, a threshold). */
export function requireFraction(value: unknown, where: Where): number {
  const n = requireFinite(value, where);
  if (n < 0 || n > 1) {
    throw new MethodologyError(
      `${describe(where)} must be a fraction between 0 and 1 (0 % to 100 %), got ${n}.`,
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
    throw new MethodologyError(
      `${describe(where)}: the result is beyond Excel's range (numbers up to about 1.8E308): ` +
        'check the figures given, or give them in larger units (e.g. millions).',
      where,
    );
  }
  return value;
}

/** Every number of a computed record, checked with `requireFiniteResult`; field names say which. */
export function requireFiniteFields<T extends object>(record: T, state?: string): T {
  for (const [field, value] of Object.entries(record)) {
    if (typeof value === 'number') {
      requireFiniteResult(value, state === undefined ? { field } : { state, field });
    }
  }
  return record;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `the text "${value}"`;
  if (value === null || value === undefined) return 'nothing';
  return String(value);
}
