import { columnLetter } from '../report';

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rectAddress(r: Rect): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "Sheet1!B5:D9", "B5:D9" or "B5" → a rectangle (the sheet part is ignored). */
export function parseRect(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = local.replace(/\$/g, '').split(':') as [string, string | undefined];
  const p = (s: string) => {
    const m = s.match(/^([A-Z]+)(\d+)$/i);
    if (!m) throw new Error(`Not a cell address: ${s}`);
    return { row: Number(m[2]), column: columnNumber(m[1] as string) };
  };
  const start = p(a);
  const end = b ? p(b) : start;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function contains(r: Rect, row: number, column: number): boolean {
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}

/** The parts of `a` not covered by `b`: at most four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  if (top > bottom || left > right) return [a];
  const out: Rect[] = [];
  if (a.top < top) out.push({ ...a, bottom: top - 1 });
  if (a.bottom > bottom) out.push({ ...a, top: bottom + 1 });
  if (a.left < left) out.push({ top, bottom, left: a.left, right: left - 1 });
  if (a.right > right) out.push({ top, bottom, left: right + 1, right: a.right });
  return out;
}

/** Every cell of a rectangle, row by row. */
export function* cellsOf(r: Rect): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row += 1) {
    for (let column = r.left; column <= r.right; column += 1) yield [row, column];
  }
}
