import { withSuffix, type WorkbookSpec } from '../../src/report';

function spec(formula: string): WorkbookSpec {
  const table = (name: string, header: string, cell: unknown) => ({
    kind: 'table' as const,
    table: {
      name,
      totalsRow: false,
      columns: [{ header, role: 'computed' as const }],
      rows: [[cell as never]],
    },
  });
  return {
    sheets: [
      {
        name: 'Pool',
        freezeRows: 0,
        blocks: [
          table('Pool', 'Pool share', 1),
          table('Published', 'Published fair share', { formula, expected: 1 }),
        ],
      },
    ],
    names: [],
    properties: { title: 't', subject: 's', generatedAt: '2026-01-01T00:00:00Z', toolVersion: '0' },
  };
}

function formulaOf(s: WorkbookSpec): string {
  const block = s.sheets[0]!.blocks[1]!;
  if (block.kind !== 'table') throw new Error('no table');
  return (block.table.rows[0]![0] as { formula: string }).formula;
}

describe("withSuffix: a report written beside the analyst's sheets", () => {
  it('renames tables used in formulas, not a column whose name starts with a table name', () => {
    const out = withSuffix(
      spec('Pool[[#This Row],[Pool share]]-Published[[#This Row],[Published fair share]]'),
      2,
    );
    expect(formulaOf(out)).toBe(
      'Pool_2[[#This Row],[Pool share]]-Published_2[[#This Row],[Published fair share]]',
    );
  });

  it('leaves text literals and escaped brackets alone', () => {
    const out = withSuffix(spec('IF(Pool[Pool share]>0,"Pool","Published ]")&Published[a\']b]'), 3);
    expect(formulaOf(out)).toBe('IF(Pool_3[Pool share]>0,"Pool","Published ]")&Published_3[a\']b]');
  });
});
