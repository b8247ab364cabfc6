/**
 * A recording, in-memory fake of the subset of the Excel JavaScript API the add-in uses, as strict
 * as real Excel where the add-in's correctness depends on it (../shared/excel-rules.md; each rule
 * is enforced where it applies, with its source). It follows the Office.js batch model: properties
 * must be loaded and a `context.sync()` made before they are read; `*OrNullObject` results say
 * `isNullObject` only after a sync; matrices must match their range's shape; tables may not overlap;
 * names are unique without regard to case. Writes apply in program order (Excel applies a batch in
 * the same order). It counts round trips and the size of each batch, and exposes the workbook's
 * cells for assertions.
 *
 * Strictness: by default a broken rule is refused with the error Excel gives; `strict: 'record'`
 * counts each breach in `violations` and goes on, to measure code that breaks them. Conversions of
 * text (rule 2) and calculated-column autofill (rule 5) are what Excel does, in both modes.
 *
 * No Node API: it is also bundled into the end-to-end test page as the stand-in for office.js.
 */
import { structuredReferences } from '../helpers/conformance/structuredReferences';
import {
  FakeExcelError,
  findName,
  formatAddress,
  key,
  letters,
  overlaps,
  parseAddress,
  type Rect,
} from './excel/address';
import { fakeRequirements, type FakeRequirements } from './excel/apiSets';
import { FakeNewWorkbooks, type CreateWorkbookMode } from './excel/newWorkbooks';
import { FakeWorkbookProxy } from './excel/objects';
import {
  EN_US,
  WEB_LIMITS,
  type FakeCulture,
  type RuleId,
  type Strictness,
  type Violation,
} from './excel/rules';

export { FakeExcelError, formatAddress, parseAddress } from './excel/address';
export { DE_DE, EN_US, type FakeCulture, type RuleId, type Violation } from './excel/rules';
export { fakeSettings } from './excel/settings';
export { FakeNewWorkbooks, type CreateWorkbookMode } from './excel/newWorkbooks';
export type { FakeRequirements } from './excel/apiSets';

export interface CellModel {
  /**
   * What was entered and kept: "=..." for a formula, "'..." for a text entered with an apostrophe,
   * else the constant as stored (a converted text is its number). `Range.formulas` reports the
   * interface form of this (rule 7).
   */
  formula: string | number | boolean;
  numberFormat: string;
  fill?: string;
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  validation?: { rule: unknown; errorAlert?: unknown };
  /** What a formula shows, where a test says so (the fake computes nothing itself). */
  shown?: string | number | boolean;
}

export interface TableModel {
  name: string;
  sheet: string;
  /** Header row to last body row. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  showTotals: boolean;
  style: string;
}

export interface ChartModel {
  name: string;
  type: string;
  title: string;
  source: string;
  series: { name: string; values?: string; xValues?: string }[];
  position?: [string, string];
}

export interface SheetModel {
  name: string;
  cells: Map<string, CellModel>;
  frozenRows: number;
  columnWidths: Map<number, number>;
  charts: ChartModel[];
}

export interface FakeWorkbookOptions {
  readonly strict?: Strictness;
  /** Excel's culture (rule 6); en-US unless given. */
  readonly culture?: FakeCulture;
  /**
   * What `createWorkbook` does (rule 12, OfficeDev/office-js #3646): 'opens' unless given;
   * 'silent' resolves and opens nothing, as Excel on the web has been seen to; 'refused' rejects.
   */
  readonly createWorkbook?: CreateWorkbookMode;
  /**
   * The newest ExcelApi requirement set this Excel supports ("1.10": Office 2019, without the
   * culture settings of 1.11); every one unless given. `requirements` answers for it and the
   * fake refuses what a missing set provides (see excel/apiSets.ts).
   */
  readonly excelApi?: string;
}

/** The whole fake workbook: the state, the round-trip counter, the batch sizes. */
export class FakeWorkbook {
  readonly sheets = new Map<string, SheetModel>();
  readonly tables = new Map<string, TableModel>();
  readonly names = new Map<string, string>();
  /** The document's settings as saved in the file (each add-in instance works on a copy). */
  readonly settings = new Map<string, unknown>();
  readonly strict: Strictness;
  readonly culture: FakeCulture;
  /** Rules the add-in broke (in `record` mode; in `refuse` mode the first one throws). */
  readonly violations: Violation[] = [];
  /** Texts Excel stored as numbers, dates or booleans (rule 2), as `Sheet!A1 "text"`. */
  readonly conversions: string[] = [];
  /** Every formula the add-in wrote, where, in the order written (for the formula gate). */
  readonly formulaWrites: { sheet: string; address: string; formula: string }[] = [];
  /** Checks each formula written, against the workbook as it stands (the formula gate). */
  formulaCheck?: (formula: string, sheet: string, address: string) => void;
  /** Office.context.requirements as this Excel answers it: install it where Office is faked. */
  readonly requirements: FakeRequirements;
  /** Workbooks asked for and opened through `createWorkbook` (rule 12; see newWorkbooks.ts). */
  readonly newWorkbooks: FakeNewWorkbooks;
  recalculations = 0;
  syncs = 0;
  /** Characters of matrices written in each batch (Excel on the web refuses ~5 MB). */
  readonly batchSizes: number[] = [];
  private pending = 0;
  private answered = 0;
  private loads: (() => void)[] = [];

  constructor(sheetNames: string[] = ['Sheet1'], options: FakeWorkbookOptions = {}) {
    this.strict = options.strict ?? 'refuse';
    this.culture = options.culture ?? EN_US;
    this.newWorkbooks = new FakeNewWorkbooks(options.createWorkbook);
    this.requirements = fakeRequirements(options.excelApi);
    for (const name of sheetNames) this.addSheet(name);
  }

  /** A broken rule: refused as Excel refuses it, or counted in `record` mode. */
  breach(rule: RuleId, message: string, code = 'InvalidArgument'): void {
    this.violations.push({ rule, message });
    if (this.strict === 'refuse') throw new FakeExcelError(code, message);
  }

  /** How many breaches of each rule. */
  count(rule: RuleId): number {
    return this.violations.filter((v) => v.rule === rule).length;
  }

  addSheet(name: string): SheetModel {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `Bad sheet name "${name}"`);
    }
    if (findName(this.sheets, name)) {
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} exists`);
    }
    const sheet: SheetModel = {
      name,
      cells: new Map(),
      frozenRows: 0,
      columnWidths: new Map(),
      charts: [],
    };
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** A sheet by name, found without regard to case (rule 4). */
  sheet(name: string): SheetModel {
    const s = this.sheets.get(name) ?? this.sheets.get(findName(this.sheets, name) ?? '');
    if (!s) throw new FakeExcelError('ItemNotFound', `No sheet ${name}`);
    return s;
  }

  /** The cell's content as stored ('' when empty; a text entered with ' keeps it). */
  formula(sheet: string, address: string): string | number | boolean {
    const r = parseAddress(address);
    return this.sheet(sheet).cells.get(key(r.top, r.left))?.formula ?? '';
  }

  cell(sheet: string, address: string): CellModel | undefined {
    const r = parseAddress(address);
    return this.sheet(sheet).cells.get(key(r.top, r.left));
  }

  /** Sets a cell as an analyst typing would (no conversion: tests say what is stored). */
  type(
    sheet: string,
    address: string,
    content: string | number | boolean,
    shown?: string | number | boolean,
  ): void {
    const r = parseAddress(address);
    const cells = this.sheet(sheet).cells;
    const existing = cells.get(key(r.top, r.left));
    if (content === '') cells.delete(key(r.top, r.left));
    else
      cells.set(key(r.top, r.left), {
        ...(existing ?? { numberFormat: 'General', font: {} }),
        ...(shown !== undefined ? { shown } : {}),
        formula: content,
      });
  }

  /** Every non-empty cell of a sheet as address → content, for assertions. */
  contents(sheet: string): Record<string, string | number | boolean> {
    const out: Record<string, string | number | boolean> = {};
    for (const [k, c] of this.sheet(sheet).cells) {
      const [row, column] = k.split(',').map(Number) as [number, number];
      out[`${letters(column)}${row}`] = c.formula;
    }
    return out;
  }

  /** A table by name, found without regard to case (rule 4). */
  tableOf(name: string): TableModel {
    const t = this.tables.get(name) ?? this.tables.get(findName(this.tables, name) ?? '');
    if (!t) throw new FakeExcelError('ItemNotFound', `No table ${name}`);
    return t;
  }

  /** The table whose body, header or totals hold a cell. */
  tableAt(sheet: string, row: number, column: number): TableModel | undefined {
    for (const t of this.tables.values())
      if (
        t.sheet === sheet &&
        row >= t.top &&
        row <= t.bottom + (t.showTotals ? 1 : 0) &&
        column >= t.left &&
        column <= t.right
      )
        return t;
    return undefined;
  }

  /** A table's column names, from its header cells. */
  headersOf(t: TableModel): string[] {
    const cells = this.sheet(t.sheet).cells;
    const out: string[] = [];
    for (let c = t.left; c <= t.right; c += 1)
      out.push(String(cells.get(key(t.top, c))?.formula ?? '').replace(/^'/, ''));
    return out;
  }

  /** Rows of a table as arrays of what is stored, header first. */
  tableRows(name: string): (string | number | boolean)[][] {
    const t = this.tableOf(name);
    const cells = this.sheet(t.sheet).cells;
    const rows: (string | number | boolean)[][] = [];
    for (let r = t.top; r <= t.bottom + (t.showTotals ? 1 : 0); r += 1) {
      const row: (string | number | boolean)[] = [];
      for (let c = t.left; c <= t.right; c += 1) row.push(cells.get(key(r, c))?.formula ?? '');
      rows.push(row);
    }
    return rows;
  }

  /**
   * Rule 1 (MS-OE376 §3.2.3.1.1: the table name "must be a name of a table"; dfinke/ImportExcel
   * #1180): a formula whose structured reference names a table or column that does not exist when
   * it is written is refused (Excel turns it into #REF! or refuses the write: the stricter
   * reading). Rule 7's other half: Office.js takes the interface form, so a future function written
   * with its file prefix `_xlfn.` is refused too.
   */
  checkFormula(sheet: string, row: number, column: number, formula: string): void {
    const address = formatAddress({ top: row, left: column, bottom: row, right: column });
    this.formulaWrites.push({ sheet, address, formula });
    const where = `${sheet}!${address}`;
    if (/_xlfn\./i.test(formula.replace(/"(?:[^"]|"")*"/g, '')))
      this.breach(
        'future-function-prefix',
        `${where}: ${formula} carries the file prefix _xlfn., which Office.js does not take`,
      );
    for (const ref of structuredReferences(formula)) {
      const name = findName(this.tables, ref.table);
      if (!name) {
        this.breach(
          'formula-names-missing-table',
          `${where}: ${ref.text} names table ${ref.table}, which does not exist yet`,
        );
        continue;
      }
      const headers = this.headersOf(this.tables.get(name)!).map((h) => h.toUpperCase());
      for (const c of ref.columns)
        if (!headers.includes(c.toUpperCase()))
          this.breach(
            'formula-names-missing-column',
            `${where}: ${ref.text} names no column "${c}" of table ${name}`,
          );
    }
    this.formulaCheck?.(formula, sheet, address);
  }

  /**
   * Rule 5 (OfficeDev/office-js #2093 "by design", #5909, #6745): with Excel's default AutoCorrect
   * option "Fill formulas in tables to create calculated columns", a formula entered in a table
   * column is copied over the column's other body rows. When exactly that happens through Office.js
   * is not documented; the stricter reading: the first formula a write puts into a table column
   * becomes the whole column's. A column whose rows hold one formula is unchanged by it.
   */
  autofill(sheet: string, rect: Rect, matrix: unknown[][]): void {
    for (const t of this.tables.values()) {
      if (t.sheet !== sheet || !overlaps(rect, { ...t, top: t.top + 1 })) continue;
      const cells = this.sheet(sheet).cells;
      for (let c = Math.max(rect.left, t.left); c <= Math.min(rect.right, t.right); c += 1) {
        let first: string | undefined;
        for (let r = Math.max(rect.top, t.top + 1); r <= Math.min(rect.bottom, t.bottom); r += 1) {
          const v = matrix[r - rect.top]?.[c - rect.left];
          const stored = cells.get(key(r, c))?.formula;
          if (typeof v === 'string' && v.startsWith('=') && stored === v) {
            first = v;
            break;
          }
        }
        if (first === undefined) continue;
        let changed = 0;
        for (let r = t.top + 1; r <= t.bottom; r += 1) {
          const cell = cells.get(key(r, c)) ?? { formula: '', numberFormat: 'General', font: {} };
          if (cell.formula === first) continue;
          cell.formula = first;
          cells.set(key(r, c), cell);
          changed += 1;
        }
        if (changed > 0)
          this.violations.push({
            rule: 'autofill',
            message: `${t.name}[${this.headersOf(t)[c - t.left]}]: ${changed} rows overwritten by ${first}`,
          });
      }
    }
  }

  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Excel.run */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Excel.RequestContext);

  /** Excel.createWorkbook (ExcelApi 1.8): resolves even where nothing opens (rule 12). */
  createWorkbook = (base64?: string): Promise<void> => {
    this.requirements.need('1.8', 'Excel.createWorkbook');
    return this.newWorkbooks.create(base64);
  };

  /** @internal */
  charge(size: number): void {
    this.pending += size;
  }

  /** @internal: bytes of what a sync answers (loaded matrices). */
  answer(size: number): void {
    this.answered += size;
  }

  /** @internal */
  onSync(load: () => void): void {
    this.loads.push(load);
  }

  /** @internal */
  async sync(): Promise<void> {
    this.syncs += 1;
    this.batchSizes.push(this.pending);
    const sent = this.pending;
    this.pending = 0;
    if (sent > WEB_LIMITS.payload)
      this.breach(
        'payload-limit',
        `a request of ${sent} bytes; Excel on the web refuses more than ${WEB_LIMITS.payload}`,
        'RequestPayloadSizeLimitExceeded',
      );
    this.answered = 0;
    const loads = this.loads;
    this.loads = [];
    for (const load of loads) load();
    if (this.answered > WEB_LIMITS.payload)
      this.breach(
        'payload-limit',
        `a response of ${this.answered} bytes; Excel on the web refuses more than ${WEB_LIMITS.payload}`,
        'ResponsePayloadSizeLimitExceeded',
      );
  }
}

class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  constructor(private readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(wb);
  }
  get application() {
    return this.workbook.application;
  }
  sync(): Promise<void> {
    return this.wb.sync();
  }
}
