/**
 * A number a workbook can store. A cell's `<v>` must be a finite xsd:double: ExcelJS would write
 * `Infinity` or `NaN`, and Excel refuses such a file. Refused here with the cell it was meant for.
 */
export function finite<T>(value: T, where: () => string): T {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(
      `${where()} would hold ${value}: a workbook stores only finite numbers. An input is out of range (e.g. a pledge or a total too large): check the figures this cell is computed from.`,
    );
  return value;
}
