import { isExcelTable, type WorkbookSpec } from '../report';
import { parseRect, rectAddress, type Rect } from './address';
import { fingerprint } from './content';
import { addressOf, placeSheet } from './placement';

/**
 * What the tool last wrote into the workbook, kept in the document's settings: which sheets, tables,
 * names and charts are the tool's, and a fingerprint of every cell, so that a later generation can
 * tell the analyst's edits from its own output and never overwrite them silently.
 */
export const WRITTEN_RECORD_KEY = 'pactSolidarity.written';

export interface SheetRecord {
  readonly name: string;
  readonly rects: readonly string[];
  /** Address → fingerprint of the content the tool wrote. */
  readonly cells: Readonly<Record<string, string>>;
  readonly charts: readonly string[];
}

export interface WrittenRecord {
  readonly format: 'pact-written@1';
  /** 1 for the plain names; n for "Pool (n)", "Pool_n". */
  readonly suffix: number;
  readonly generatedAt: string;
  readonly sheets: readonly SheetRecord[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

export function chartName(sheet: string, index: number): string {
  return `Pact ${sheet} ${index + 1}`;
}

export function recordOf(spec: WorkbookSpec, suffix: number): WrittenRecord {
  return {
    format: 'pact-written@1',
    suffix,
    generatedAt: spec.properties.generatedAt,
    sheets: spec.sheets.map((sheet) => {
      const placed = placeSheet(sheet);
      const cells: Record<string, string> = {};
      for (const c of placed.cells) {
        const f = fingerprint(c.input);
        if (f) cells[addressOf(c)] = f;
      }
      return {
        name: sheet.name,
        rects: placed.rects.map(rectAddress),
        cells,
        charts: (sheet.charts ?? []).map((_, i) => chartName(sheet.name, i)),
      };
    }),
    tables: spec.sheets.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'table' && isExcelTable(b.table) ? [b.table.name] : [])),
    ),
    names: spec.names.map((n) => n.name),
  };
}

export function parseRecord(text: unknown): WrittenRecord | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const r = JSON.parse(text) as WrittenRecord;
    return r.format === 'pact-written@1' && Array.isArray(r.sheets) ? r : undefined;
  } catch {
    return undefined;
  }
}

export function recordRects(sheet: SheetRecord): Rect[] {
  return sheet.rects.map(parseRect);
}

/** The name a tool table has in the latest generation ("Pledges", or "Pledges_2" written beside). */
export function toolTableName(record: WrittenRecord | undefined, name: string): string {
  return record && record.suffix > 1 ? `${name}_${record.suffix}` : name;
}
