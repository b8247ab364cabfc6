import type { Cell, SheetSpec } from '../report';
import { parseRect } from './address';
import { NameSet } from './names';
import { readRects } from './reads';
import { storedFormula } from '../report/futureFunctions';
import type { WrittenRecord } from './record';
import type { ExcelRunner } from './store';

/** A formula that calls the add-in's own functions: a workbook without the add-in shows #NAME?. */
const ADD_IN_FUNCTION = /\bEUPACT\./i;

/**
 * The analyst's own sheets (those the tool did not write), for a copy to share, in the form a file
 * stores (excel-rules.md rule 7: `Range.formulas` gives the interface form). Every EUPACT formula
 * becomes its current value; other formulas are kept with `_xlfn.` on the functions newer than
 * ECMA-376 (MS-XLSX 2.2.2), or turned into values too when `valuesOnly` (a one-delegation copy,
 * where the tables they refer to are cut down) or when they refer to a row of a table (`[@Col]`,
 * `[#This Row]`: the copy holds the sheet's cells, not its tables). A text that reads back like a
 * formula (entered as `'=A1`: its formula and its value are the same text) stays that text. The
 * used ranges (values only) are read in budgeted bands (reads.ts).
 */
export async function readOwnSheets(
  run: ExcelRunner,
  record: WrittenRecord | undefined,
  valuesOnly: boolean,
  names?: readonly string[],
): Promise<SheetSpec[]> {
  const tool = new NameSet(record?.sheets.map((s) => s.name));
  // Only the sheets the analyst chose, where a choice is given (names compare without case, rule 4).
  const chosen = names ? new NameSet(names) : undefined;
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const used = sheets.items
      .filter((s) => !tool.has(s.name) && (!chosen || chosen.has(s.name)))
      .map((s) => ({ name: s.name, range: s.getUsedRangeOrNullObject(true).load('address') }));
    await context.sync();
    const present = used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({ sheet: u.name, rect: parseRect(u.range.address) }));
    const read = await readRects(context, present, ['formulas', 'values']);
    return present.map(({ sheet, rect }, k): SheetSpec => {
      const { formulas, values } = read[k]!;
      const rows = formulas.map((line, i) =>
        line.map((f, j) => ownCell(f, values[i]?.[j], valuesOnly)),
      );
      return {
        name: sheet,
        freezeRows: 0,
        blocks: [{ kind: 'grid', top: rect.top, left: rect.left, rows }],
      };
    });
  });
}

/** The names of the analyst's own sheets (those the tool did not write), for the copy's list. */
export async function listOwnSheets(
  run: ExcelRunner,
  record: WrittenRecord | undefined,
): Promise<string[]> {
  const tool = new NameSet(record?.sheets.map((s) => s.name));
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name).filter((name) => !tool.has(name));
  });
}

/** A row of a table in a structured reference: `[@Col]`, `Table[@Col]`, `[#This Row]`. */
const THIS_ROW = /\[@|\[#this row\]/i;

function ownCell(formula: unknown, value: unknown, valuesOnly: boolean): Cell {
  const shown = value as Cell;
  if (typeof formula !== 'string' || !formula.startsWith('=')) return shown;
  // A text entered as '=A1 reads back as "=A1" from both formulas and values.
  if (formula === value) return shown;
  if (valuesOnly || ADD_IN_FUNCTION.test(formula) || THIS_ROW.test(formula)) return shown;
  return {
    formula: storedFormula(formula.slice(1)),
    expected: typeof value === 'number' || typeof value === 'string' ? value : '',
  };
}
