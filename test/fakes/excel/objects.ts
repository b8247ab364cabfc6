import {
  FakeExcelError,
  findName,
  formatAddress,
  key,
  overlaps,
  parseAddress,
  sameName,
} from './address';
import { Loadable } from './loadable';
import { FakeRange } from './range';
import { effectiveSeparators } from './rules';
import type { ChartModel, FakeWorkbook, SheetModel, TableModel } from '../fakeExcel';

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  constructor(wb: FakeWorkbook) {
    this.worksheets = new FakeWorksheetCollection(wb);
    this.tables = new FakeTableCollection(wb, undefined);
    this.names = new FakeNamedItemCollection(wb);
    this.application = new FakeApplication(wb);
  }
}

/**
 * Rule 6 ("Work with workbooks: access application culture settings", ExcelApi 1.11): Excel's
 * separators are its culture's (or its own, when useSystemSeparators is off), independent of
 * Office's display language.
 */
const SEPARATORS_1_11 = ['decimalSeparator', 'thousandsSeparator', 'useSystemSeparators'];

class FakeApplication extends Loadable {
  private readonly culture: { name: string; numberFormat: FakeNumberFormatInfo };
  constructor(wb: FakeWorkbook) {
    super(wb, 'application');
    this.culture = { name: wb.culture.name, numberFormat: new FakeNumberFormatInfo(wb) };
  }
  /** ExcelApi 1.11, like the separators below: absent from an older Excel. */
  get cultureInfo(): { name: string; numberFormat: FakeNumberFormatInfo } {
    this.wb.requirements.need('1.11', 'Application.cultureInfo');
    return this.culture;
  }
  calculate(_type: string): void {
    this.wb.recalculations += 1;
  }
  override load(properties?: string | string[]): this {
    const list = typeof properties === 'string' ? properties.split(',') : (properties ?? []);
    for (const p of list.map((x) => x.trim()))
      if (SEPARATORS_1_11.includes(p)) this.wb.requirements.need('1.11', `Application.${p}`);
    return super.load(properties);
  }
  get decimalSeparator(): string {
    return this.read('decimalSeparator', () => effectiveSeparators(this.wb.culture).decimal);
  }
  get thousandsSeparator(): string {
    return this.read('thousandsSeparator', () => effectiveSeparators(this.wb.culture).group);
  }
  get useSystemSeparators(): boolean {
    return this.read('useSystemSeparators', () => this.wb.culture.useSystemSeparators);
  }
}

class FakeNumberFormatInfo extends Loadable {
  constructor(wb: FakeWorkbook) {
    super(wb, 'cultureInfo.numberFormat');
  }
  get numberDecimalSeparator(): string {
    return this.read('numberDecimalSeparator', () => this.wb.culture.decimalSeparator);
  }
  get numberGroupSeparator(): string {
    return this.read('numberGroupSeparator', () => this.wb.culture.thousandsSeparator);
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
  /** Rule 4: sheets are found without regard to case. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.wb, this.wb.sheet(name).name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const found = findName(this.wb.sheets, name);
    return new FakeWorksheet(this.wb, found ?? name, found === undefined);
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
  /**
   * The used range; with `valuesOnly`, only cells with content count (rule 8's advice: formatting
   * alone does not make a cell used).
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    // A loop, not Math.min(...cells): a spread of a large sheet's cells overflows the stack.
    const rect = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
    for (const [k, c] of this.model().cells) {
      if (valuesOnly && c.formula === '') continue;
      const [row, column] = k.split(',').map(Number) as [number, number];
      rect.top = Math.min(rect.top, row);
      rect.bottom = Math.max(rect.bottom, row);
      rect.left = Math.min(rect.left, column);
      rect.right = Math.max(rect.right, column);
    }
    if (rect.top === Infinity)
      return new FakeRange(this.wb, this.sheetName, { top: 1, left: 1, bottom: 1, right: 1 }, true);
    return new FakeRange(this.wb, this.sheetName, rect);
  }
  delete(): void {
    this.wb.sheets.delete(this.sheetName);
  }
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
  /** Rule 4: tables are found without regard to case. */
  getItem(name: string): FakeTable {
    return new FakeTable(this.wb, this.wb.tableOf(name).name);
  }
  getItemOrNullObject(name: string): FakeTable {
    const found = findName(this.wb.tables, name);
    return new FakeTable(this.wb, found ?? name, false, found === undefined);
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
      const cell = cells.get(key(rect.top, c));
      // A table's headers are text: a number or a date in the header row becomes its text.
      if (cell && typeof cell.formula !== 'string') cell.formula = String(cell.formula);
      const h = String(cell?.formula ?? '').replace(/^'/, '');
      if (h === '' || seen.has(h.toLowerCase())) {
        throw new FakeExcelError(
          'InvalidArgument',
          `Header "${h}" at column ${c} is empty or repeated`,
        );
      }
      seen.add(h.toLowerCase());
    }
    let n = this.wb.tables.size + 1;
    while (findName(this.wb.tables, `Table${n}`)) n += 1;
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
    this.preloadedSheet = loadedByCollection;
  }
  private readonly preloadedSheet: boolean;
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
    // Rule 4 ("Rename an Excel table"; KB 213533): a name clashes with another in any case.
    const other = findName(this.wb.tables, value);
    if ((other && other !== this.tableName) || findName(this.wb.names, value)) {
      throw new FakeExcelError('ItemAlreadyExists', `The name ${value} is taken`);
    }
    const m = this.model();
    this.wb.tables.delete(this.tableName);
    m.name = value;
    this.wb.tables.set(value, m);
    this.tableName = value;
  }
  private sheetProxy?: FakeWorksheet;
  /** The table's sheet: its name is loaded with the collection's `items/worksheet/name`. */
  get worksheet(): FakeWorksheet {
    this.sheetProxy ??= new FakeWorksheet(this.wb, this.model().sheet, false, this.preloadedSheet);
    return this.sheetProxy;
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
  /**
   * Rule 3 (OfficeDev/office-js #1199; Table.resize reference): the new range must keep the header
   * row and must not run into another table.
   */
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
    for (const t of this.wb.tables.values())
      if (
        t !== m &&
        t.sheet === m.sheet &&
        overlaps(r, { ...t, bottom: t.bottom + (t.showTotals ? 1 : 0) })
      )
        this.wb.breach(
          'resize-over-table',
          `${m.name} resized to ${formatAddress(r)} would run into ${t.name} at ${formatAddress(t)}`,
          'InvalidOperation',
        );
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
  /** Rule 4: a defined name clashes with a name or a table of another case. */
  add(name: string, reference: string): void {
    if (findName(this.wb.names, name) || findName(this.wb.tables, name)) {
      throw new FakeExcelError('ItemAlreadyExists', `The name ${name} is taken`);
    }
    this.wb.names.set(name, reference);
  }
  getItem(name: string): { delete: () => void } {
    const found = findName(this.wb.names, name);
    if (!found) throw new FakeExcelError('ItemNotFound', `No name ${name}`);
    return { delete: () => this.wb.names.delete(found) };
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
    const model = this.charts().find((c) => sameName(c.name, name));
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
