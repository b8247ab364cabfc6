/** A1 addresses of the fake: 1-based, inclusive rectangles. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export const key = (row: number, column: number) => `${row},${column}`;

export function letters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function parseAddress(address: string): Rect {
  const local = (
    address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address
  ).replace(/\$/g, '');
  const whole = local.match(/^([A-Z]+):([A-Z]+)$/i);
  if (whole)
    return { top: 1, bottom: 1_048_576, left: columnOf(whole[1]!), right: columnOf(whole[2]!) };
  const [a, b = a] = local.split(':') as [string, string?];
  const p = (s: string) => {
    const m = s.match(/^([A-Z]+)(\d+)$/i);
    if (!m) throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
    return [Number(m[2]), columnOf(m[1]!)] as const;
  };
  const [r1, c1] = p(a);
  const [r2, c2] = p(b!);
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

export function formatAddress(r: Rect): string {
  const a = `${letters(r.left)}${r.top}`;
  const b = `${letters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export const overlaps = (a: Rect, b: Rect) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Excel compares table, defined and sheet names without regard to case (KB 213533). */
export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** The key under which a map holds a name, compared without case, or undefined. */
export function findName<T>(map: ReadonlyMap<string, T>, name: string): string | undefined {
  for (const k of map.keys()) if (sameName(k, name)) return k;
  return undefined;
}
