/**
 * A recording, in-memory fake of the subset of the Excel JavaScript API the add-in uses. It follows
 * the Office.js batch model where it matters to the add-in's correctness: properties must be loaded
 * and a `context.sync()` made before they are read; `*OrNullObject` results say `isNullObject` only
 * after a sync; matrices must match their range's shape; tables may not overlap; names are unique.
 * Writes apply in program order (Excel applies a batch in the same order). It counts round trips
 * and the size of each batch, and exposes the workbook's cells for assertions.
 *
 * No Node API: it is also bundled into the end-to-end test page as the stand-in for office.js.
 */

export interface CellModel {
  /** What `Range.formulas` would report: "=..." for a formula, else the constant. */
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

interface Rect {
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

const key = (row: number, column: number) => `${row},${column}`;

function letters(n: number): string {
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

const overlaps = (a: Rect, b: Rect) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The whole fake workbook: the state, the round-trip counter, the batch sizes. */
export class FakeWorkbook {
  readonly sheets = new Map<string, SheetModel>();
  readonly tables = new Map<string, TableModel>();
  readonly names = new Map<string, string>();
  readonly settings = new Map<string, unknown>();
  syncs = 0;
  /** Characters of matrices written in each batch (Excel on the web refuses ~5 MB). */
  readonly batchSizes: number[] = [];
  private pending = 0;
  private loads: (() => void)[] = [];

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
  }

  addSheet(name: string): SheetModel {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `Bad sheet name "${name}"`);
    }
    if ([...this.sheets.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
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

  sheet(name: string): SheetModel {
    const s = this.sheets.get(name);
    if (!s) throw new FakeExcelError('ItemNotFound', `No sheet ${name}`);
    return s;
  }

  /** The cell's content as `Range.formulas` reports it ('' when empty). */
  formula(sheet: string, address: string): string | number | boolean {
    const r = parseAddress(address);
    return this.sheet(sheet).cells.get(key(r.top, r.left))?.formula ?? '';
  }

  cell(sheet: string, address: string): CellModel | undefined {
    const r = parseAddress(address);
    return this.sheet(sheet).cells.get(key(r.top, r.left));
  }

  /** Sets a cell as an analyst typing would. */
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

  tableOf(name: string): TableModel {
    const t = this.tables.get(name);
    if (!t) throw new FakeExcelError('ItemNotFound', `No table ${name}`);
    return t;
  }

  /** Rows of a table as arrays of what `formulas` reports, header first. */
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

  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Excel.run */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Excel.RequestContext);

  /** @internal */
  charge(size: number): void {
    this.pending += size;
  }

  /** @internal */
  onSync(load: () => void): void {
    this.loads.push(load);
  }

  /** @internal */
  async sync(): Promise<void> {
    this.syncs += 1;
    this.batchSizes.push(this.pending);
    this.pending = 0;
    const loads = this.loads;
    this.loads = [];
    for (const load of loads) load();
  }
}

/** An object whose properties must be loaded and synced before they are read. */
class Loadable {
  private loaded = new Set<string>();
  private requested = new Set<string>();

  constructor(
    protected readonly wb: FakeWorkbook,
    private readonly describe: string,
  ) {
    // Office.js: isNullObject can be read after the next sync, with or without load().
    wb.onSync(() => this.loaded.add('isNullObject'));
  }

  /** Properties a loaded collection filled on its items. */
  protected preload(properties: string[]): void {
    for (const p of properties) this.loaded.add(p);
  }

  load(properties?: string | string[]): this {
    const list = typeof properties === 'string' ? properties.split(',') : (properties ?? ['*']);
    for (const p of list) this.requested.add(p.trim());
    this.wb.onSync(() => this.fill());
    return this;
  }

  protected fill(): void {
    for (const p of this.requested) {
      this.loaded.add(p.split('/')[0]!);
      this.loaded.add(p);
    }
  }

  protected read<T>(property: string, compute: () => T): T {
    if (!this.loaded.has(property) && !this.loaded.has('*')) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `${this.describe}.${property} was read before load() and context.sync()`,
      );
    }
    return compute();
  }
}

class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  constructor(private readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(wb);
  }
  sync(): Promise<void> {
    return this.wb.sync();
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application = { calculate: (_type: string) => undefined };
  constructor(private readonly wb: FakeWorkbook) {
    this.worksheets = new FakeWorksheetCollection(wb);
    this.tables = new FakeTableCollection(wb, undefined);
    this.names = new FakeNamedItemCollection(wb);
  }
}

class FakeWorksheetCollection extends Loadable {
  constructor(wb: FakeWorkbook) {
    super(wb, 'worksheets');
  }
  get items(): FakeWorksheet[] {
    return this.read('items', () =>
      [...this.wb.sheets.keys()].map((n) => new FakeWorksheet(this.wb, n, false, true)),
    );
  }
  getItem(name: string): FakeWorksheet {
    this.wb.sheet(name);
    return new FakeWorksheet(this.wb, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.wb, name, !this.wb.sheets.has(name));
  }
  add(name: string): FakeWorksheet {
    this.wb.addSheet(name);
    return new FakeWorksheet(this.wb, name);
  }
}

class FakeWorksheet extends Loadable {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  constructor(
    wb: FakeWorkbook,
    private readonly sheetName: string,
    private readonly nullObject = false,
    loadedByCollection = false,
  ) {
    super(wb, `worksheet ${sheetName}`);
    if (loadedByCollection) this.preload(['name']);
    this.tables = new FakeTableCollection(wb, sheetName);
    this.charts = new FakeChartCollection(wb, sheetName);
    this.freezePanes = {
      freezeRows: (n) => {
        this.model().frozenRows = n;
      },
      unfreeze: () => {
        this.model().frozenRows = 0;
      },
    };
  }
  private model(): SheetModel {
    return this.wb.sheet(this.sheetName);
  }
  get name(): string {
    return this.read('name', () => this.sheetName);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject', () => this.nullObject);
  }
  getRange(address: string): FakeRange {
    this.model();
    return new FakeRange(this.wb, this.sheetName, parseAddress(address));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const cells = [...this.model().cells.keys()].map(
      (k) => k.split(',').map(Number) as [number, number],
    );
    if (cells.length === 0)
      return new FakeRange(this.wb, this.sheetName, { top: 1, left: 1, bottom: 1, right: 1 }, true);
    const rect = {
      top: Math.min(...cells.map((c) => c[0])),
      bottom: Math.max(...cells.map((c) => c[0])),
      left: Math.min(...cells.map((c) => c[1])),
      right: Math.max(...cells.map((c) => c[1])),
    };
    return new FakeRange(this.wb, this.sheetName, rect);
  }
  delete(): void {
    this.wb.sheets.delete(this.sheetName);
  }
}

class FakeRange extends Loadable {
  readonly format: {
    font: Record<string, unknown>;
    fill: { color?: string; clear: () => void };
    columnWidth?: number;
    wrapText?: boolean;
    autofitRows: () => void;
  };
  readonly dataValidation: { rule?: unknown; errorAlert?: unknown; clear: () => void };

  constructor(
    wb: FakeWorkbook,
    private readonly sheetName: string,
    private readonly rect: Rect,
    private readonly nullObject = false,
  ) {
    super(wb, `range ${sheetName}!${formatAddress(rect)}`);
    const each = (f: (c: CellModel) => void) => this.eachCell(f);
    const fontTarget: Record<string, unknown> = {};
    this.format = {
      font: new Proxy(fontTarget, {
        set: (_t, p, v) => {
          each((c) => {
            (c.font as Record<string, unknown>)[String(p)] = v;
          });
          return true;
        },
      }),
      fill: {
        clear: () => each((c) => delete c.fill),
      },
      autofitRows: () => undefined,
    };
    Object.defineProperty(this.format.fill, 'color', {
      set: (v: string) => each((c) => (c.fill = v)),
    });
    Object.defineProperty(this.format, 'columnWidth', {
      set: (v: number) => {
        for (let col = rect.left; col <= rect.right; col += 1)
          this.sheet().columnWidths.set(col, v);
      },
    });
    const validation: { rule?: unknown; errorAlert?: unknown; clear: () => void } = {
      clear: () => each((c) => delete c.validation),
    };
    Object.defineProperty(validation, 'rule', {
      set: (rule: unknown) => each((c) => (c.validation = { ...c.validation, rule })),
    });
    Object.defineProperty(validation, 'errorAlert', {
      set: (errorAlert: unknown) =>
        each((c) => (c.validation = { rule: c.validation?.rule, errorAlert })),
    });
    this.dataValidation = validation;
  }

  private sheet(): SheetModel {
    return this.wb.sheet(this.sheetName);
  }

  /** Cells of the range, created when absent (a format on an empty cell makes it exist). */
  private eachCell(f: (c: CellModel) => void): void {
    const cells = this.sheet().cells;
    const r = this.rect;
    for (let row = r.top; row <= Math.min(r.bottom, r.top + 100_000); row += 1) {
      for (let col = r.left; col <= r.right; col += 1) {
        const k = key(row, col);
        const c = cells.get(k) ?? { formula: '', numberFormat: 'General', font: {} };
        f(c);
        cells.set(k, c);
      }
    }
  }

  private shape(): [number, number] {
    return [this.rect.bottom - this.rect.top + 1, this.rect.right - this.rect.left + 1];
  }

  private checkShape(matrix: unknown, property: string): unknown[][] {
    const [rows, columns] = this.shape();
    if (
      !Array.isArray(matrix) ||
      matrix.length !== rows ||
      matrix.some((r) => !Array.isArray(r) || r.length !== columns)
    ) {
      throw new FakeExcelError(
        'InvalidArgument',
        `${property} of ${formatAddress(this.rect)} needs ${rows}×${columns} values`,
      );
    }
    this.wb.charge(JSON.stringify(matrix).length);
    return matrix as unknown[][];
  }

  get address(): string {
    return this.read('address', () => `${quote(this.sheetName)}!${formatAddress(this.rect)}`);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject', () => this.nullObject);
  }
  get rowCount(): number {
    return this.read('rowCount', () => this.rect.bottom - this.rect.top + 1);
  }
  get columnCount(): number {
    return this.read('columnCount', () => this.rect.right - this.rect.left + 1);
  }
  get formulas(): unknown[][] {
    return this.read('formulas', () => this.matrix((c) => c?.formula ?? ''));
  }
  set formulas(matrix: unknown[][]) {
    const m = this.checkShape(matrix, 'formulas');
    this.setEach(m, (c, v) => {
      c.formula = v as string | number | boolean;
    });
  }
  /** Values as Excel would show them; a formula shows as its text (the fake computes nothing). */
  get values(): unknown[][] {
    return this.read('values', () =>
      this.matrix((c) => {
        if (c?.shown !== undefined) return c.shown;
        const f = c?.formula ?? '';
        return typeof f === 'string' && f.startsWith("'") ? f.slice(1) : f;
      }),
    );
  }
  set values(matrix: unknown[][]) {
    const m = this.checkShape(matrix, 'values');
    this.setEach(m, (c, v) => {
      c.formula = v as string | number | boolean;
    });
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat', () => this.matrix((c) => c?.numberFormat ?? 'General'));
  }
  set numberFormat(matrix: unknown[][]) {
    const m = this.checkShape(matrix, 'numberFormat');
    this.setEach(m, (c, v) => {
      c.numberFormat = String(v);
    });
  }
  private matrix(f: (c: CellModel | undefined) => unknown): unknown[][] {
    const cells = this.sheet().cells;
    const out: unknown[][] = [];
    for (let row = this.rect.top; row <= this.rect.bottom; row += 1) {
      const line: unknown[] = [];
      for (let col = this.rect.left; col <= this.rect.right; col += 1)
        line.push(f(cells.get(key(row, col))));
      out.push(line);
    }
    return out;
  }
  private setEach(matrix: unknown[][], f: (c: CellModel, v: unknown) => void): void {
    const cells = this.sheet().cells;
    matrix.forEach((line, i) =>
      line.forEach((v, j) => {
        const k = key(this.rect.top + i, this.rect.left + j);
        const c = cells.get(k) ?? { formula: '', numberFormat: 'General', font: {} };
        f(c, v);
        if (c.formula === '' && c.numberFormat === 'General' && !c.fill && !c.validation)
          cells.delete(k);
        else cells.set(k, c);
      }),
    );
  }
  clear(_applyTo?: string): void {
    const cells = this.sheet().cells;
    for (const k of [...cells.keys()]) {
      const [row, col] = k.split(',').map(Number) as [number, number];
      if (
        row >= this.rect.top &&
        row <= this.rect.bottom &&
        col >= this.rect.left &&
        col <= this.rect.right
      )
        cells.delete(k);
    }
  }
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet}'`;
}

class FakeTableCollection extends Loadable {
  constructor(
    wb: FakeWorkbook,
    private readonly sheetName: string | undefined,
  ) {
    super(wb, 'tables');
  }
  get items(): FakeTable[] {
    return this.read('items', () =>
      [...this.wb.tables.values()]
        .filter((t) => !this.sheetName || t.sheet === this.sheetName)
        .map((t) => new FakeTable(this.wb, t.name, true)),
    );
  }
  getItem(name: string): FakeTable {
    this.wb.tableOf(name);
    return new FakeTable(this.wb, name);
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.wb, name, false, !this.wb.tables.has(name));
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    if (!this.sheetName)
      throw new FakeExcelError('InvalidArgument', 'Use worksheet.tables.add in this fake');
    const rect = parseAddress(address);
    if (!hasHeaders) throw new FakeExcelError('NotImplemented', 'tables without headers');
    for (const t of this.wb.tables.values()) {
      if (
        t.sheet === this.sheetName &&
        overlaps(rect, { ...t, bottom: t.bottom + (t.showTotals ? 1 : 0) })
      ) {
        throw new FakeExcelError(
          'InvalidOperation',
          `A table can't overlap another table (${t.name})`,
        );
      }
    }
    const cells = this.wb.sheet(this.sheetName).cells;
    const seen = new Set<string>();
    for (let c = rect.left; c <= rect.right; c += 1) {
      const h = String(cells.get(key(rect.top, c))?.formula ?? '');
      if (h === '' || seen.has(h.toLowerCase())) {
        throw new FakeExcelError(
          'InvalidArgument',
          `Header "${h}" at column ${c} is empty or repeated`,
        );
      }
      seen.add(h.toLowerCase());
    }
    let n = this.wb.tables.size + 1;
    while (this.wb.tables.has(`Table${n}`)) n += 1;
    const model: TableModel = {
      name: `Table${n}`,
      sheet: this.sheetName,
      ...rect,
      showTotals: false,
      style: 'TableStyleMedium2',
    };
    this.wb.tables.set(model.name, model);
    return new FakeTable(this.wb, model.name);
  }
}

class FakeTable extends Loadable {
  constructor(
    wb: FakeWorkbook,
    private tableName: string,
    loadedByCollection = false,
    private readonly nullObject = false,
  ) {
    super(wb, `table ${tableName}`);
    if (loadedByCollection) this.preload(['name', 'worksheet']);
  }
  private model(): TableModel {
    return this.wb.tableOf(this.tableName);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject', () => this.nullObject);
  }
  get name(): string {
    return this.read('name', () => this.tableName);
  }
  set name(value: string) {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value)) {
      throw new FakeExcelError('InvalidArgument', `Bad table name ${value}`);
    }
    if (value !== this.tableName && (this.wb.tables.has(value) || this.wb.names.has(value))) {
      throw new FakeExcelError('ItemAlreadyExists', `The name ${value} is taken`);
    }
    const m = this.model();
    this.wb.tables.delete(this.tableName);
    m.name = value;
    this.wb.tables.set(value, m);
    this.tableName = value;
  }
  get worksheet(): { name: string } {
    return this.read('worksheet', () => ({ name: this.model().sheet }));
  }
  set style(value: string) {
    this.model().style = value;
  }
  get showTotals(): boolean {
    return this.read('showTotals', () => this.model().showTotals);
  }
  set showTotals(value: boolean) {
    const m = this.model();
    if (value && !m.showTotals) {
      for (const t of this.wb.tables.values()) {
        if (
          t !== m &&
          t.sheet === m.sheet &&
          overlaps({ ...m, top: m.bottom + 1, bottom: m.bottom + 1 }, t)
        ) {
          throw new FakeExcelError(
            'InvalidOperation',
            `The totals row of ${m.name} would overlap ${t.name}`,
          );
        }
      }
    }
    if (!value && m.showTotals)
      new FakeRange(this.wb, m.sheet, { ...m, top: m.bottom + 1, bottom: m.bottom + 1 }).clear();
    m.showTotals = value;
  }
  getRange(): FakeRange {
    const m = this.model();
    return new FakeRange(this.wb, m.sheet, { ...m, bottom: m.bottom + (m.showTotals ? 1 : 0) });
  }
  getHeaderRowRange(): FakeRange {
    const m = this.model();
    return new FakeRange(this.wb, m.sheet, { ...m, bottom: m.top });
  }
  getDataBodyRange(): FakeRange {
    const m = this.model();
    return new FakeRange(this.wb, m.sheet, { ...m, top: m.top + 1 });
  }
  getTotalRowRange(): FakeRange {
    const m = this.model();
    if (!m.showTotals) throw new FakeExcelError('InvalidOperation', `${m.name} has no totals row`);
    return new FakeRange(this.wb, m.sheet, { ...m, top: m.bottom + 1, bottom: m.bottom + 1 });
  }
  resize(address: string): void {
    const m = this.model();
    const r = parseAddress(address);
    if (r.top !== m.top || !overlaps(r, m)) {
      throw new FakeExcelError(
        'InvalidArgument',
        'The new range must overlap the table and keep its header row',
      );
    }
    if (m.showTotals)
      throw new FakeExcelError('InvalidOperation', 'Resize a table with its totals row hidden');
    Object.assign(m, { left: r.left, right: r.right, bottom: r.bottom });
  }
  delete(): void {
    this.wb.tables.delete(this.model().name);
  }
}

class FakeNamedItemCollection extends Loadable {
  constructor(wb: FakeWorkbook) {
    super(wb, 'names');
  }
  get items(): { name: string; formula: string }[] {
    return this.read('items', () =>
      [...this.wb.names].map(([name, formula]) => ({ name, formula })),
    );
  }
  add(name: string, reference: string): void {
    if (this.wb.names.has(name) || this.wb.tables.has(name)) {
      throw new FakeExcelError('ItemAlreadyExists', `The name ${name} is taken`);
    }
    this.wb.names.set(name, reference);
  }
  getItem(name: string): { delete: () => void } {
    if (!this.wb.names.has(name)) throw new FakeExcelError('ItemNotFound', `No name ${name}`);
    return { delete: () => this.wb.names.delete(name) };
  }
}

class FakeChartCollection extends Loadable {
  constructor(
    wb: FakeWorkbook,
    private readonly sheetName: string,
  ) {
    super(wb, 'charts');
  }
  private charts(): ChartModel[] {
    return this.wb.sheet(this.sheetName).charts;
  }
  get items(): { name: string }[] {
    return this.read('items', () => this.charts().map((c) => ({ name: c.name })));
  }
  add(type: string, source: FakeRange, _seriesBy?: string) {
    source.load('address');
    const model: ChartModel = {
      name: `Chart ${this.charts().length + 1}`,
      type,
      title: '',
      source: '',
      series: [{ name: '' }],
    };
    this.wb.onSync(() => (model.source = source.address));
    this.charts().push(model);
    return chartProxy(this.wb, model);
  }
  getItem(name: string) {
    const model = this.charts().find((c) => c.name === name);
    if (!model) throw new FakeExcelError('ItemNotFound', `No chart ${name}`);
    return {
      ...chartProxy(this.wb, model),
      delete: () => this.charts().splice(this.charts().indexOf(model), 1),
    };
  }
}

function chartProxy(wb: FakeWorkbook, model: ChartModel) {
  const addressLater = (range: FakeRange, set: (a: string) => void) => {
    range.load('address');
    wb.onSync(() => set(range.address));
  };
  const series = (s: ChartModel['series'][number]) => ({
    setValues: (r: FakeRange) => addressLater(r, (a) => (s.values = a)),
    setXAxisValues: (r: FakeRange) => addressLater(r, (a) => (s.xValues = a)),
  });
  return {
    set name(v: string) {
      model.name = v;
    },
    title: {
      set text(v: string) {
        model.title = v;
      },
    },
    series: {
      add: (name: string) => {
        const s = { name };
        model.series.push(s);
        return series(s);
      },
      getItemAt: (i: number) => series(model.series[i]!),
    },
    setPosition: (a: string, b: string) => {
      model.position = [a, b];
    },
  };
}

/** The document settings of Office.context.document, kept in the fake workbook. */
export function fakeSettings(wb: FakeWorkbook) {
  return {
    get: (k: string) => wb.settings.get(k) ?? null,
    set: (k: string, v: unknown) => void wb.settings.set(k, v),
    remove: (k: string) => void wb.settings.delete(k),
    saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
  };
}
