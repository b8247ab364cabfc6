import { layoutSheet, type Block, type TableSpec } from '../../src/report';

const table = (name: string, rows: number, columns = 2): TableSpec => ({
  name,
  totalsRow: false,
  columns: Array.from({ length: columns }, (_, i) => ({ header: `C${i}`, role: 'label' as const })),
  rows: Array.from({ length: rows }, () => Array.from({ length: columns }, () => 'x')),
});

describe('layoutSheet', () => {
  it('stacks a table `below` the table beside the main one, one row apart, in its columns', () => {
    const blocks: Block[] = [
      { kind: 'title', text: 'T' },
      { kind: 'table', table: table('Main', 26, 5) },
      { kind: 'table', table: table('First', 1, 3), beside: true },
      { kind: 'table', table: table('Second', 2, 4), below: true },
      { kind: 'text', text: 'after' },
    ];
    const placed = layoutSheet({ name: 'S', freezeRows: 0, blocks });
    expect(placed.map((p) => [p.row, p.column])).toEqual([
      [1, 1],
      [2, 1], // Main: header row 2, body 3–28
      [2, 7], // First: beside Main, header 2, body 3
      [5, 7], // Second: one blank row (4) under First
      [29, 1], // the next block comes after the tallest: Main ends on row 28
    ]);
  });
});
