import { rectAddress, type Rect } from './address';

/**
 * Cells read per request. Excel on the web refuses a read of more than 5,000,000 cells and a
 * response above 5 MB ("Resource limits and performance optimization: Excel add-ins";
 * excel-rules.md rule 8): a large range is read in bands of rows, in as many round trips as its
 * size needs, as writes are split by their payload budget.
 */
export const READ_CELL_BUDGET = 250_000;

export type ReadProperty = 'formulas' | 'values';

export interface ReadPart {
  readonly sheet: string;
  readonly rect: Rect;
}

/** A band of rows of one part, and the request (round trip) it goes in. */
interface Band {
  readonly part: number;
  readonly sheet: string;
  readonly rect: Rect;
}

/**
 * The bands of a read grouped by request: each part cut into bands of whole rows, and bands
 * gathered into requests of at most `budget` cells (for all properties together). A row wider than
 * the budget is a band of its own.
 */
function readRequests(
  parts: readonly ReadPart[],
  properties: readonly ReadProperty[],
  budget: number,
): Band[][] {
  const perCell = Math.max(1, properties.length);
  const requests: Band[][] = [];
  let current: Band[] = [];
  let cells = 0;
  for (const [part, { sheet, rect }] of parts.entries()) {
    const width = rect.right - rect.left + 1;
    const rowsPerBand = Math.max(1, Math.floor(budget / perCell / width));
    for (let top = rect.top; top <= rect.bottom; top += rowsPerBand) {
      const band = { ...rect, top, bottom: Math.min(rect.bottom, top + rowsPerBand - 1) };
      const size = (band.bottom - band.top + 1) * width * perCell;
      if (cells > 0 && cells + size > budget) {
        requests.push(current);
        current = [];
        cells = 0;
      }
      current.push({ part, sheet, rect: band });
      cells += size;
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** How many round trips `readRects` makes for these parts: 0 for none, 1 within the budget. */
export function readRoundTrips(
  parts: readonly ReadPart[],
  properties: readonly ReadProperty[],
  budget = READ_CELL_BUDGET,
): number {
  return readRequests(parts, properties, budget).length;
}

/**
 * Reads rectangles of sheets, each property as one matrix per rectangle, in bands of rows that keep
 * every request within `budget` cells (for all properties together). Whatever the caller queued
 * before goes in the first request.
 */
export async function readRects(
  context: Excel.RequestContext,
  parts: readonly ReadPart[],
  properties: readonly ReadProperty[],
  budget = READ_CELL_BUDGET,
): Promise<Record<ReadProperty, unknown[][]>[]> {
  const out = parts.map(() => ({ formulas: [], values: [] }) as Record<ReadProperty, unknown[][]>);
  for (const request of readRequests(parts, properties, budget)) {
    const queued = request.map(({ part, sheet, rect }) => ({
      part,
      range: context.workbook.worksheets
        .getItem(sheet)
        .getRange(rectAddress(rect))
        .load(properties.join(',')),
    }));
    await context.sync();
    for (const { part, range } of queued)
      for (const p of properties) out[part]![p].push(...(range[p] as unknown[][]));
  }
  return out;
}
