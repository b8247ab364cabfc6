import { rectAddress, type Rect } from './address';

/**
 * Cells read per request. Excel on the web refuses a read of more than 5,000,000 cells and a
 * response above 5 MB ("Resource limits and performance optimization: Excel add-ins";
 * excel-rules.md rule 8): a large range is read in bands of rows, in as many round trips as its
 * size needs, as writes are split by their payload budget.
 */
export const READ_CELL_BUDGET = 250_000;

export type ReadProperty = 'formulas' | 'values';

/**
 * Reads rectangles of sheets, each property as one matrix per rectangle, in bands of rows that keep
 * every request within `budget` cells (for all properties together).
 */
export async function readRects(
  context: Excel.RequestContext,
  parts: readonly { readonly sheet: string; readonly rect: Rect }[],
  properties: readonly ReadProperty[],
  budget = READ_CELL_BUDGET,
): Promise<Record<ReadProperty, unknown[][]>[]> {
  const out = parts.map(() => ({ formulas: [], values: [] }) as Record<ReadProperty, unknown[][]>);
  const perCell = Math.max(1, properties.length);
  let queued: { part: number; range: Excel.Range }[] = [];
  let cells = 0;
  const flush = async () => {
    if (queued.length === 0) return;
    await context.sync();
    for (const { part, range } of queued)
      for (const p of properties) out[part]![p].push(...(range[p] as unknown[][]));
    queued = [];
    cells = 0;
  };
  for (const [i, { sheet, rect }] of parts.entries()) {
    const width = rect.right - rect.left + 1;
    const rowsPerBand = Math.max(1, Math.floor(budget / perCell / width));
    for (let top = rect.top; top <= rect.bottom; top += rowsPerBand) {
      const band = { ...rect, top, bottom: Math.min(rect.bottom, top + rowsPerBand - 1) };
      const size = (band.bottom - band.top + 1) * width * perCell;
      if (cells > 0 && cells + size > budget) await flush();
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRange(rectAddress(band))
        .load(properties.join(','));
      queued.push({ part: i, range });
      cells += size;
    }
  }
  await flush();
  return out;
}
