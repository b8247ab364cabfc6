import { findColumn } from './csvTable';

/**
 * Which column of a long file holds what: found by its accepted names, by a name one edit away
 * ("yaer" for year: used only once the analyst confirms, or on the command line with a note), or
 * as the analyst mapped it (the pane's column step, `--map geo=COL,period=COL,value=COL`).
 */
export type ColumnRole = 'geo' | 'period' | 'value' | 'flag';
export type ColumnMap = Readonly<Partial<Record<ColumnRole, string>>>;

/** The accepted names of each role, the first the one a file should use. */
export const COLUMN_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  geo: ['geo', 'country', 'code'],
  period: ['year', 'time', 'time_period', 'period'],
  value: ['value', 'obs_value'],
  flag: ['flag', 'obs_flag', 'status'],
};

/** A header one edit from an accepted name, not used until confirmed. */
export interface NearHeader {
  readonly role: ColumnRole;
  readonly header: string;
  readonly name: string;
}

/** What the header says of the columns a long file needs, where it lacks some. */
export interface ColumnFindings {
  readonly headers: readonly string[];
  readonly missing: readonly ColumnRole[];
  readonly near: readonly NearHeader[];
}

/**
 * At most one edit apart (a letter added, dropped, changed, or two neighbours swapped: "yaer"),
 * ignoring case; a name under four letters must be written exactly ("gdp" is not "geo").
 */
export function oneEditApart(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || y.length < 4 || Math.abs(x.length - y.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < x.length && x[i] === y[i]) i += 1;
  const rest = (dx: number, dy: number) => x.slice(i + dx) === y.slice(i + dy);
  if (x.length === y.length) {
    const swapped = x[i] === y[i + 1] && x[i + 1] === y[i] && rest(2, 2);
    return rest(1, 1) || swapped;
  }
  return x.length > y.length ? rest(1, 0) : rest(0, 1);
}

/** The one header one edit from a role's names, if exactly one is. */
export function nearHeader(headers: readonly string[], role: ColumnRole): NearHeader | undefined {
  const found = COLUMN_NAMES[role].flatMap((name) =>
    headers.filter((h) => oneEditApart(h, name)).map((header) => ({ role, header, name })),
  );
  const headersFound = new Set(found.map((f) => f.header));
  return headersFound.size === 1 ? found[0] : undefined;
}

export type ColumnLookup = { readonly header: string | undefined } | { readonly unknown: string };

/** The column for a role: the analyst's mapping, else an accepted name. */
export function columnFor(
  headers: readonly string[],
  role: ColumnRole,
  map: ColumnMap,
): ColumnLookup {
  const mapped = map[role];
  if (mapped === undefined) return { header: findColumn(headers, ...COLUMN_NAMES[role]) };
  const header = headers.find((h) => h.toLowerCase() === mapped.trim().toLowerCase());
  return header === undefined ? { unknown: mapped } : { header };
}
