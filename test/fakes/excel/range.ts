import { FakeExcelError, formatAddress, key, quote, type Rect } from './address';
import { Loadable } from './loadable';
import { excelConversion, interfaceForm, isTextFormat, WEB_LIMITS } from './rules';
import type { CellModel, FakeWorkbook, SheetModel } from '../fakeExcel';

const MATRICES = ['values', 'formulas', 'numberFormat', 'text', 'valueTypes'];

export class FakeRange extends Loadable {
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

  /**
   * Rule 8 ("Resource limits and performance optimization"): Excel on the web refuses a read of
   * more than 5,000,000 cells, and a response above 5 MB (counted when the sync answers).
   */
  override load(properties?: string | string[]): this {
    super.load(properties);
    const list = typeof properties === 'string' ? properties.split(',') : (properties ?? ['*']);
    const matrices = list.map((p) => p.trim()).filter((p) => p === '*' || MATRICES.includes(p));
    if (matrices.length > 0) {
      const [rows, columns] = this.shape();
      const cells = rows * columns;
      if (cells > WEB_LIMITS.cells)
        this.wb.breach(
          'read-cell-limit',
          `a read of ${cells} cells (${formatAddress(this.rect)}); Excel on the web refuses more than ${WEB_LIMITS.cells}`,
          'ResponsePayloadSizeLimitExceeded',
        );
      else this.wb.onSync(() => this.wb.answer(matrices.length * this.answerSize()));
    }
    return this;
  }

  /** About the bytes of one matrix of this range as JSON. */
  private answerSize(): number {
    const [rows, columns] = this.shape();
    let size = rows * columns * 3;
    for (const [k, c] of this.sheet().cells) {
      const [row, column] = k.split(',').map(Number) as [number, number];
      if (
        row >= this.rect.top &&
        row <= this.rect.bottom &&
        column >= this.rect.left &&
        column <= this.rect.right
      )
        size += String(c.formula).length;
    }
    return size;
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
  /** The interface form (rule 7), not what was stored. */
  get formulas(): unknown[][] {
    return this.read('formulas', () => {
      const tables = [...this.wb.tables.values()].filter((t) => t.sheet === this.sheetName);
      const tableAt = (row: number, column: number) =>
        tables.find(
          (t) => row >= t.top && row <= t.bottom + 1 && column >= t.left && column <= t.right,
        )?.name;
      return this.matrixAt((c, row, column) =>
        c === undefined ? '' : interfaceForm(c.formula, tableAt(row, column)),
      );
    });
  }
  set formulas(matrix: unknown[][]) {
    this.write(this.checkShape(matrix, 'formulas'));
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
    // A text starting with "=" given to `values` is entered as a formula, as Excel does.
    this.write(this.checkShape(matrix, 'values'));
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

  /** A write of contents, as Excel enters them: formulas checked, texts converted, autofill. */
  private write(matrix: unknown[][]): void {
    this.setEach(matrix, (c, v, row, column) => {
      if (typeof v === 'string' && v.startsWith('=') && !isTextFormat(c.numberFormat)) {
        this.wb.checkFormula(this.sheetName, row, column, v);
        c.formula = v;
        return;
      }
      if (typeof v === 'string' && v.startsWith('=')) {
        // A formula entered into a Text (@) cell stays the text it is (kept with its apostrophe).
        c.formula = `'${v}`;
        return;
      }
      if (typeof v === 'string' && !isTextFormat(c.numberFormat)) {
        // Rule 2 (OfficeDev/office-js #229): a date- or number-like text in a General cell.
        const converted = excelConversion(v, this.wb.culture);
        if (converted) {
          this.wb.conversions.push(
            `${this.sheetName}!${formatAddress({ top: row, left: column, bottom: row, right: column })} "${v}"`,
          );
          c.formula = converted.value;
          if (converted.numberFormat && c.numberFormat === 'General')
            c.numberFormat = converted.numberFormat;
          return;
        }
      }
      c.formula = v as string | number | boolean;
    });
    this.wb.autofill(this.sheetName, this.rect, matrix);
  }

  private matrix(f: (c: CellModel | undefined) => unknown): unknown[][] {
    return this.matrixAt((c) => f(c));
  }
  private matrixAt(
    f: (c: CellModel | undefined, row: number, column: number) => unknown,
  ): unknown[][] {
    const cells = this.sheet().cells;
    const out: unknown[][] = [];
    for (let row = this.rect.top; row <= this.rect.bottom; row += 1) {
      const line: unknown[] = [];
      for (let col = this.rect.left; col <= this.rect.right; col += 1)
        line.push(f(cells.get(key(row, col)), row, col));
      out.push(line);
    }
    return out;
  }
  private setEach(
    matrix: unknown[][],
    f: (c: CellModel, v: unknown, row: number, column: number) => void,
  ): void {
    const cells = this.sheet().cells;
    matrix.forEach((line, i) =>
      line.forEach((v, j) => {
        const [row, column] = [this.rect.top + i, this.rect.left + j];
        const k = key(row, column);
        const c = cells.get(k) ?? { formula: '', numberFormat: 'General', font: {} };
        f(c, v, row, column);
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
