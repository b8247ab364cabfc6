import type { Cell, SheetSpec } from '../report';
import { parseRect } from './address';
import { NameSet } from './names';
import type { WrittenRecord } from './record';
import type { ExcelRunner } from './store';

/** A formula that calls the add-in's own functions: a workbook without the add-in shows #NAME?. */
const ADD_IN_FUNCTION = /\bEUPACT\./i;

/**
 * The analyst's own sheets (those the tool did not write), for a copy to share: every EUPACT
 * formula becomes its current value; other formulas are kept, or turned into values too when
 * `valuesOnly` (a one-delegation copy, where the tables they refer to are cut down). Two round trips.
 */
export async function readOwnSheets(
  run: ExcelRunner,
  record: WrittenRecord | undefined,
  valuesOnly: boolean,
): Promise<SheetSpec[]> {
  const tool = new NameSet(record?.sheets.map((s) => s.name));
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const used = sheets.items
      .filter((s) => !tool.has(s.name))
      .map((s) => ({
        name: s.name,
        range: s.getUsedRangeOrNullObject().load('address,formulas,values'),
      }));
    await context.sync();
    return used
      .filter((u) => !u.range.isNullObject)
      .map(({ name, range }): SheetSpec => {
        const at = parseRect(range.address);
        const rows = range.formulas.map((line, i) =>
          line.map((f, j): Cell => {
            const value = range.values[i]?.[j] as Cell;
            if (typeof f !== 'string' || !f.startsWith('=')) return value;
            if (valuesOnly || ADD_IN_FUNCTION.test(f)) return value;
            return {
              formula: f.slice(1),
              expected: typeof value === 'number' || typeof value === 'string' ? value : '',
            };
          }),
        );
        return {
          name,
          freezeRows: 0,
          blocks: [{ kind: 'grid', top: at.top, left: at.left, rows }],
        };
      });
  });
}
