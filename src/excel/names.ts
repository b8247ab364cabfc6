/**
 * Excel compares table names, defined names and sheet names without regard to case: `pool`
 * clashes with `Pool`, and `POOL` is the sheet Pool (Microsoft KB 213533; "Rename an Excel table").
 * Every comparison of such names in the add-in goes through these.
 */
const fold = (name: string) => name.toUpperCase();

export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

export function includesName(names: readonly string[] | undefined, name: string): boolean {
  return (names ?? []).some((n) => sameName(n, name));
}

/** A set of workbook names that finds a name in any case. */
export class NameSet extends Set<string> {
  constructor(names: Iterable<string> = []) {
    super();
    for (const n of names) this.add(n);
  }
  override add(name: string): this {
    return super.add(fold(name));
  }
  override has(name: string): boolean {
    return super.has(fold(name));
  }
  override delete(name: string): boolean {
    return super.delete(fold(name));
  }
}

/** A map keyed by workbook names that finds a name in any case. */
export class NameMap<V> extends Map<string, V> {
  constructor(entries: Iterable<readonly [string, V]> = []) {
    super();
    for (const [k, v] of entries) this.set(k, v);
  }
  override set(name: string, value: V): this {
    return super.set(fold(name), value);
  }
  override get(name: string): V | undefined {
    return super.get(fold(name));
  }
  override has(name: string): boolean {
    return super.has(fold(name));
  }
  override delete(name: string): boolean {
    return super.delete(fold(name));
  }
}
