import { describe, finite, isBlank, isNumericText } from './cellValue';
import { invalidValue, toCustomFunctionsError } from './errors';

/**
 * Arguments as Excel passes them to a custom function:
 * - a parameter typed as a matrix receives a two-dimensional array, row by row; a single cell or
 *   constant arrives as [[x]];
 * - an omitted optional argument is `null` (never `undefined`), so default values are applied here;
 * - an empty cell inside a range is `null` (Excel on the web, and on desktop since a fix of 2024;
 *   older desktop builds passed 0, office-js issues #4702, #5262); a formula can also yield "".
 *   All of these are a missing value, never zero: the element becomes #N/A.
 */
export type Grid = readonly (readonly unknown[])[];

/** A result as Excel takes it: a matrix of the argument's shape, spilled when larger than 1 × 1. */
export type Result = unknown[][];

export function sizeOf(g: Grid): string {
  const rows = g.length;
  const cols = g[0]?.length ?? 0;
  return `${rows} row${rows === 1 ? '' : 's'} × ${cols} column${cols === 1 ? '' : 's'}`;
}

export function isSingle(g: Grid): boolean {
  return g.length === 1 && g[0]?.length === 1;
}

/**
 * The rows and columns that hold anything: trailing rows and columns that are entirely empty are
 * not data (Excel's TRIMRANGE), so a whole-column argument (A:A, 1,048,576 rows) costs what its
 * filled rows cost. At least one cell is kept.
 */
function extentOf(g: Grid): { rows: number; cols: number } {
  let rows = g.length;
  while (rows > 1 && g[rows - 1]!.every(isBlank)) rows -= 1;
  let cols = 0;
  for (let r = 0; r < rows; r += 1) {
    const row = g[r]!;
    let last = row.length;
    while (last > cols && isBlank(row[last - 1])) last -= 1;
    cols = Math.max(cols, last);
  }
  return { rows, cols: Math.max(cols, 1) };
}

function trimTo(g: Grid, rows: number, cols: number): Grid {
  if (rows === g.length && cols === (g[0]?.length ?? 0)) return g;
  return g.slice(0, rows).map((row) => row.slice(0, cols));
}

/** A required argument as a rectangular grid, trimmed: a single value becomes [[value]]. */
export function grid(value: unknown, name: string): Grid {
  const g = untrimmedGrid(value, name);
  const { rows, cols } = extentOf(g);
  return trimTo(g, rows, cols);
}

/**
 * Arguments that go together element by element (populations and GDPs): trimmed to the extent of
 * them all, so that an empty cell in one beside a figure in the other stays a missing figure.
 * Undefined entries (omitted optional arguments) are passed through.
 */
export function trimTogether<T extends readonly (Grid | undefined)[]>(grids: T): T {
  const present = grids.filter((g): g is Grid => g !== undefined);
  const [first] = present;
  if (!first) return grids;
  const sameShape = present.every(
    (g) => g.length === first.length && g[0]?.length === first[0]?.length,
  );
  if (!sameShape) {
    return grids.map((g) => {
      if (g === undefined) return g;
      const e = extentOf(g);
      return trimTo(g, e.rows, e.cols);
    }) as unknown as T;
  }
  let rows = 1;
  let cols = 1;
  for (const g of present) {
    const e = extentOf(g);
    rows = Math.max(rows, e.rows);
    cols = Math.max(cols, e.cols);
  }
  return grids.map((g) => (g === undefined ? g : trimTo(g, rows, cols))) as unknown as T;
}

/** An optional argument as given: undefined when omitted (see trimTogether). */
export function untrimmedOptionalGrid(value: unknown, name: string): Grid | undefined {
  return value === null || value === undefined ? undefined : untrimmedGrid(value, name);
}

/** An optional range left as one empty cell is as good as omitted. */
export function unlessBlank(g: Grid | undefined): Grid | undefined {
  return g && isSingle(g) && isBlank(g[0]![0]) ? undefined : g;
}

/** A required argument as a rectangular grid, as given (see grid). */
export function untrimmedGrid(value: unknown, name: string): Grid {
  if (value === null || value === undefined) {
    throw invalidValue(`${name} is missing: it is required.`);
  }
  if (!Array.isArray(value)) return [[value]];
  const rows = value as unknown[];
  if (rows.length === 0) throw invalidValue(`${name} is an empty range.`);
  if (!rows.every(Array.isArray)) return [rows];
  const width = (rows[0] as unknown[]).length;
  if (width === 0 || !rows.every((r) => (r as unknown[]).length === width)) {
    throw invalidValue(`${name} is not a rectangular range.`);
  }
  return rows as unknown[][];
}

/** An optional range, trimmed: undefined when omitted or empty. */
export function optionalGrid(value: unknown, name: string): Grid | undefined {
  if (value === null || value === undefined) return undefined;
  return unlessBlank(grid(value, name));
}

/**
 * An optional single value: undefined when omitted or empty. A one-cell range is unwrapped; a larger
 * range is refused, since this argument applies to every element of the result alike.
 */
export function optionalScalar(value: unknown, name: string): unknown {
  const g = optionalGrid(value, name);
  if (g === undefined) return undefined;
  if (!isSingle(g)) throw invalidValue(`${name} takes one value, not a range (${sizeOf(g)}).`);
  return g[0]![0];
}

export function hasNumber(g: Grid | undefined): boolean {
  return g !== undefined && g.some((row) => row.some((v) => typeof v === 'number'));
}

/** Text that is not a number stored as text: a country code, an indicator, a unit. */
export function hasText(g: Grid | undefined): boolean {
  return (
    g !== undefined &&
    g.some((row) => row.some((v) => typeof v === 'string' && !isBlank(v) && !isNumericText(v)))
  );
}

/**
 * Whether a function's first argument holds figures rather than codes: the second argument has
 * numbers, or the first has numbers and no text (so a stray number among codes is an error of its
 * own, not a switch to figures).
 */
export function holdsFigures(first: Grid, second?: Grid): boolean {
  return hasNumber(second) || (hasNumber(first) && !hasText(first));
}

/** Where an element is, for messages: "populations, row 3" within a column, the name alone for one cell. */
export function at(name: string, g: Grid, r: number, c: number): string {
  if (isSingle(g)) return name;
  const width = g[0]?.length ?? 0;
  if (width === 1) return `${name}, row ${r + 1}`;
  if (g.length === 1) return `${name}, column ${c + 1}`;
  return `${name}, row ${r + 1}, column ${c + 1}`;
}

export function requireSameSize(a: Grid, aName: string, b: Grid, bName: string): void {
  if (a.length !== b.length || a[0]?.length !== b[0]?.length) {
    throw invalidValue(
      `${bName} (${sizeOf(b)}) must have the same size as ${aName} (${sizeOf(a)}).`,
    );
  }
}

export function optionalNumber(
  value: unknown,
  name: string,
  convert: (v: unknown, where: string) => number,
): number | undefined {
  const v = optionalScalar(value, name);
  return v === undefined ? undefined : convert(v, name);
}

export function optionalText(value: unknown, name: string): string | undefined {
  const v = optionalScalar(value, name);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw invalidValue(`${name} is ${describe(v)} where text belongs.`);
  return v.trim();
}

function checked(result: unknown, where: string): unknown {
  return typeof result === 'number' ? finite(result, where) : result;
}

/**
 * Computes every element of a grid. An element that fails becomes its own error in the spilled
 * result, like Excel's built-in functions; for a single cell the error is thrown, so that the cell
 * shows it with its message.
 */
export function mapGrid(
  g: Grid,
  name: string,
  compute: (v: unknown, where: string, r: number, c: number) => unknown,
): Result {
  if (isSingle(g)) {
    try {
      return [[checked(compute(g[0]![0], name, 0, 0), name)]];
    } catch (e) {
      throw toCustomFunctionsError(e, name);
    }
  }
  return g.map((row, r) =>
    row.map((v, c) => {
      const where = at(name, g, r, c);
      try {
        return checked(compute(v, where, r, c), where);
      } catch (e) {
        return toCustomFunctionsError(e, where);
      }
    }),
  );
}

/** Every element of a grid as a number, for totals: the first bad element fails the whole call. */
export function allNumbers(
  g: Grid,
  name: string,
  convert: (v: unknown, where: string) => number,
): number[] {
  const out: number[] = [];
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      try {
        out.push(convert(v, name));
      } catch {
        // Said where only on failure: a participants' column is read once per calling cell.
        out.push(convert(v, at(name, g, r, c)));
      }
    }),
  );
  return out;
}
