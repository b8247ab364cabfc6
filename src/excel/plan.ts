import {
  formatOf,
  isExcelTable,
  isFormula,
  resolveName,
  withSuffix,
  type CellValue,
  type WorkbookSpec,
} from '../report';
import { contains, parseRect, subtract, type Rect } from './address';
import { fingerprint } from './content';
import { addressOf, placeSheet, type PlacedSheet, type PlacedTableBlock } from './placement';
import { includesName, NameSet, sameName } from './names';
import { recordRects, type WrittenRecord } from './record';

/** What the workbook holds now, read in one round trip before anything is written. */
export interface WorkbookSnapshot {
  readonly sheetNames: ReadonlySet<string>;
  readonly tables: ReadonlyMap<string, { readonly sheet: string; readonly address: string }>;
  readonly names: ReadonlySet<string>;
  /** Contents (as `Range.formulas` reports them) of the recorded tool sheets that still exist. */
  readonly toolSheets: ReadonlyMap<
    string,
    {
      readonly cells: ReadonlyMap<string, unknown>;
      /** What the cells show (`Range.values`): the result of the analyst's formulas. */
      readonly values: ReadonlyMap<string, unknown>;
      readonly charts: readonly string[];
    }
  >;
  readonly record: WrittenRecord | undefined;
}

/** A cell the analyst changed (or filled) that the new generation would replace or clear. */
export interface EditConflict {
  readonly sheet: string;
  readonly address: string;
  /** "Pool, column Deduction, France" */
  readonly where: string;
  readonly yours: string;
  readonly tool: string;
  /** Where the analyst typed a formula: what it shows. */
  readonly yoursValue?: CellValue;
  /** What the tool's cell holds as a value: its formula's result as the core computed it. */
  readonly toolValue?: CellValue;
  /** The cell's number format in the tool's table, to show both values alike. */
  readonly numberFormat?: string;
}

export type TableAction = 'create' | 'resize' | 'recreate';

export interface SheetPlan {
  readonly placed: PlacedSheet;
  readonly exists: boolean;
  /** Parts of the previous generation's blocks that the new one does not cover. */
  readonly clear: readonly Rect[];
  readonly deleteCharts: readonly string[];
  readonly tables: readonly {
    readonly placed: PlacedTableBlock;
    readonly action: TableAction;
    readonly old?: Rect;
  }[];
}

export interface WritePlan {
  readonly spec: WorkbookSpec;
  readonly suffix: number;
  /** Sheets, tables or names of the analyst's that made the tool choose other names. */
  readonly clashes: readonly string[];
  readonly conflicts: readonly EditConflict[];
  readonly sheets: readonly SheetPlan[];
  /** Tool tables of the previous generation that the new one does not have. */
  readonly deleteTables: readonly string[];
  readonly names: readonly {
    readonly name: string;
    readonly reference: string;
    readonly replace: boolean;
  }[];
}

export type GenerationMode =
  /** Update the tool's own sheets in place (the default). */
  | 'in-place'
  /** Leave the previous generation, and any edits in it, alone: write new sheets beside it. */
  | 'beside';

/**
 * Decides where and how a report is written: in place over the tool's previous output, or under
 * suffixed names where a sheet, table or name of the analyst's has the same name; and which cells
 * the analyst edited that the new generation would overwrite (the caller asks before going on).
 */
export function planGeneration(
  spec: WorkbookSpec,
  snapshot: WorkbookSnapshot,
  mode: GenerationMode = 'in-place',
): WritePlan {
  const record = snapshot.record;
  const recordSuffix = record?.suffix ?? 1;
  let suffix = mode === 'beside' && record ? Math.max(recordSuffix + 1, 2) : recordSuffix;
  let clashes = clashesAt(spec, snapshot, suffix);
  const firstClashes = clashes;
  while (clashes.length > 0) {
    suffix = Math.max(suffix + 1, 2);
    clashes = clashesAt(spec, snapshot, suffix);
    if (suffix > 99)
      throw new Error('No free sheet names left for the report: remove older copies.');
  }
  const target = withSuffix(spec, suffix);
  const owned = record && record.suffix === suffix ? record : undefined;

  const conflicts: EditConflict[] = [];
  const sheets: SheetPlan[] = target.sheets.map((sheet) => {
    const placed = placeSheet(sheet);
    const old = owned?.sheets.find((s) => sameName(s.name, sheet.name));
    const current = snapshot.toolSheets.get(sheet.name);
    const exists = snapshot.sheetNames.has(sheet.name);
    if (!old || !current) {
      return {
        placed,
        exists,
        clear: [],
        deleteCharts: [],
        tables: placed.tables.map((p) => ({ placed: p, action: 'create' as const })),
      };
    }
    conflicts.push(
      ...editConflicts(placed, old.rects.map(parseRect), old.cells, current.cells, current.values),
    );
    const newRects = placed.rects;
    const clear = recordRects(old).flatMap((r) =>
      newRects.reduce<Rect[]>((parts, n) => parts.flatMap((p) => subtract(p, n)), [r]),
    );
    const tables = makeRoom(
      placed.tables.map((p) => {
        const was = snapshot.tables.get(p.table.name);
        if (!was || !includesName(owned?.tables, p.table.name))
          return { placed: p, action: 'create' as const };
        const wasRect = parseRect(was.address);
        const same =
          sameName(was.sheet, sheet.name) &&
          wasRect.top === p.rect.top &&
          wasRect.left === p.rect.left;
        return {
          placed: p,
          action: same ? ('resize' as const) : ('recreate' as const),
          old: wasRect,
        };
      }),
    );
    return {
      placed,
      exists,
      clear,
      deleteCharts: current.charts.filter((c) => includesName(old.charts, c)),
      tables,
    };
  });

  const newTables = new NameSet(sheets.flatMap((s) => s.placed.tables.map((t) => t.table.name)));
  const deleteTables = (owned?.tables ?? []).filter(
    (t) => !newTables.has(t) && snapshot.tables.has(t),
  );
  const names = target.names.map((n) => ({
    name: n.name,
    reference: `=${resolveName(target, n)}`,
    replace: snapshot.names.has(n.name),
  }));
  return { spec: target, suffix, clashes: firstClashes, conflicts, sheets, deleteTables, names };
}

type PlannedTable = SheetPlan['tables'][number];

/**
 * A table that keeps its place but that a neighbour grows into (Pressure gaining columns over
 * PressureWeights beside it) is removed and written anew instead of resized: tables never overlap,
 * and Excel refuses a resize that runs into another table (excel-rules.md rule 3; OfficeDev/office-js
 * #1199). The writer removes such tables before any table grows.
 */
function makeRoom(tables: PlannedTable[]): PlannedTable[] {
  return tables.map((t) => {
    if (t.action !== 'resize' || !t.old) return t;
    const old = t.old;
    const runInto = tables.some((o) => o !== t && overlapsRect(o.placed.fullRect, old));
    return runInto ? { ...t, action: 'recreate' as const } : t;
  });
}

function overlapsRect(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Names the report would take that exist in the workbook and are not the tool's own. */
function clashesAt(spec: WorkbookSpec, snapshot: WorkbookSnapshot, suffix: number): string[] {
  const target = withSuffix(spec, suffix);
  const own = snapshot.record && snapshot.record.suffix === suffix ? snapshot.record : undefined;
  const ownSheets = new NameSet(own?.sheets.map((s) => s.name));
  const out: string[] = [];
  for (const s of target.sheets) {
    if (snapshot.sheetNames.has(s.name) && !ownSheets.has(s.name)) out.push(`sheet "${s.name}"`);
    for (const b of s.blocks) {
      if (
        b.kind === 'table' &&
        isExcelTable(b.table) &&
        snapshot.tables.has(b.table.name) &&
        !includesName(own?.tables, b.table.name)
      ) {
        out.push(`table ${b.table.name}`);
      }
    }
  }
  for (const n of target.names) {
    if (snapshot.names.has(n.name) && !includesName(own?.names, n.name)) out.push(`name ${n.name}`);
  }
  return out;
}

function editConflicts(
  placed: PlacedSheet,
  oldRects: readonly Rect[],
  recorded: Readonly<Record<string, string>>,
  current: ReadonlyMap<string, unknown>,
  shown: ReadonlyMap<string, unknown>,
): EditConflict[] {
  const next = new Map(placed.cells.map((c) => [addressOf(c), c.input]));
  const addresses = new Set([...Object.keys(recorded), ...current.keys()]);
  const out: EditConflict[] = [];
  for (const address of addresses) {
    const cur = fingerprint(current.get(address));
    if (cur === recorded[address]) continue; // the tool's own output, untouched
    const at = parseRect(address);
    const [row, column] = [at.top, at.left];
    const inOld = oldRects.some((r) => contains(r, row, column));
    const inNew = next.has(address) || placed.rects.some((r) => contains(r, row, column));
    if (!inOld && !inNew) continue; // the analyst's own cell, outside the tool's blocks: kept
    if (cur === fingerprint(next.get(address))) continue; // already what the tool would write
    out.push({
      sheet: placed.sheet.name,
      address,
      where: describeCell(placed, row, column),
      yours: display(current.get(address)),
      tool: display(next.get(address)),
      ...shownValue(current.get(address), shown.get(address)),
      ...specValue(placed, row, column),
    });
  }
  return out.sort((a, b) => compareAddress(a.address, b.address));
}

/** What an analyst's formula shows, when the cell holds a formula and Excel gave a plain value. */
function shownValue(content: unknown, value: unknown): { yoursValue?: CellValue } {
  const formula = typeof content === 'string' && content.startsWith('=');
  const plain = ['string', 'number', 'boolean'].includes(typeof value);
  return formula && plain && value !== content ? { yoursValue: value as CellValue } : {};
}

/** The tool's value and number format for a body cell of one of its tables. */
function specValue(
  placed: PlacedSheet,
  row: number,
  column: number,
): { toolValue?: CellValue; numberFormat?: string } {
  const t = [...placed.tables, ...placed.ranges].find((x) => contains(x.rect, row, column));
  if (!t) return {};
  const r = row - t.rect.top - 1;
  const c = column - t.rect.left;
  const spec = t.table.columns[c];
  const cell = r >= 0 ? t.table.rows[r]?.[c] : undefined;
  if (!spec || cell === undefined) return {};
  const numberFormat = formatOf(spec, r);
  return {
    toolValue: isFormula(cell) ? cell.expected : cell,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

function describeCell(placed: PlacedSheet, row: number, column: number): string {
  const t = [...placed.tables, ...placed.ranges].find((x) => contains(x.fullRect, row, column));
  if (!t) return placed.sheet.name;
  const header = t.table.columns[column - t.rect.left]?.header ?? '';
  if (row === t.rect.top) return `${placed.sheet.name}, header of column ${header}`;
  const body = t.table.rows[row - t.rect.top - 1];
  const label = body
    ? typeof body[1] === 'string'
      ? body[1]
      : String(body[0] ?? '')
    : 'totals row';
  return `${placed.sheet.name}, column ${header}, ${label}`;
}

function display(content: unknown): string {
  if (content === undefined || content === null || content === '') return '(empty)';
  return String(content);
}

function compareAddress(a: string, b: string): number {
  const ra = parseRect(a);
  const rb = parseRect(b);
  return ra.top - rb.top || ra.left - rb.left;
}
