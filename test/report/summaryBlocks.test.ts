import { isExcelTable, isFormula, summaryBlock, type TableSpec } from '../../src/report';
import { everyWorkbookKind } from '../helpers/conformance/workbookKinds';

/**
 * excel-rules.md rule 5 (OfficeDev/office-js #2093, #5909, #6745): with Excel's default AutoCorrect
 * option "Fill formulas in tables to create calculated columns", a formula written into a table
 * column may be copied over the column's other rows. A tool table is safe only when every formula
 * of a column is the same formula; a summary whose rows differ is written as a plain range.
 */
function columnsWithDifferentFormulas(table: TableSpec): string[] {
  return table.columns.flatMap((c, j) => {
    const formulas = new Set(table.rows.flatMap((r) => (isFormula(r[j]) ? [r[j].formula] : [])));
    return formulas.size > 1 ? [`${table.name}[${c.header}]`] : [];
  });
}

describe('summary blocks', () => {
  it('are written as plain ranges, with no totals row', () => {
    const block = summaryBlock(
      {
        name: 'S',
        columns: [{ header: 'Item', role: 'label' }],
        rows: [['a']],
      },
      { beside: true },
    );
    expect(block).toMatchObject({ kind: 'table', beside: true, table: { totalsRow: false } });
    expect(isExcelTable(block.table)).toBe(false);
  });

  it('leave no Excel table of any workbook kind with a column whose rows hold different formulas', async () => {
    const exposed = new Set<string>();
    const ranges = new Set<string>();
    for (const kind of await everyWorkbookKind())
      for (const sheet of kind.spec.sheets)
        for (const b of sheet.blocks) {
          if (b.kind !== 'table') continue;
          if (!isExcelTable(b.table)) ranges.add(b.table.name);
          else for (const c of columnsWithDifferentFormulas(b.table)) exposed.add(c);
        }
    expect([...exposed]).toEqual([]);
    expect([...ranges]).toEqual(
      expect.arrayContaining([
        'Art63',
        'Art63Facts',
        'BalancePools',
        'CompareScenarios',
        'Parameters',
        'PoolSummary',
      ]),
    );
  });
});
