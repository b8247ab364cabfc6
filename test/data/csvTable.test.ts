import { detectFormat } from '../../src/data';
import { parseCsvTable } from '../../src/data/readers/csvTable';

describe('the CSV tokenizer: RFC 4180 quoting, physical lines, records refused whole', () => {
  it('detects comma, semicolon and tab from the header line', () => {
    expect(parseCsvTable('a;b\n1;2').records[0]?.cells).toEqual({ a: '1', b: '2' });
    expect(parseCsvTable('a\tb\n1\t2').delimiter).toBe('\t');
    expect(parseCsvTable('"a,x";b\n1;2').delimiter).toBe(';');
    expect(parseCsvTable('a\n1').delimiter).toBe(',');
  });

  it('honours the "sep=;" line Excel may put first, counting it as a line', () => {
    const table = parseCsvTable('sep=;\r\ngeo;value\r\nDE;1,5');
    expect(table.delimiter).toBe(';');
    expect(table.headerLine).toBe(2);
    expect(detectFormat('sep=;\ngeo;TIME_PERIOD;OBS_VALUE')).toBe('sdmx-csv');
    expect(table.records).toEqual([
      expect.objectContaining({ line: 3, cells: { geo: 'DE', value: '1,5' } }),
    ]);
  });

  it('counts CRLF, LF and lone CR line ends, inside quotes too', () => {
    const table = parseCsvTable('a,b\r\n1,"x\ry"\r\n\r\n2,"p\r\nq"\n3,z');
    expect(table.records.map((r) => [r.line, r.endLine])).toEqual([
      [2, 3],
      [5, 6],
      [7, 7],
    ]);
    expect(table.records[0]?.cells.b).toBe('x\ry');
  });

  it('reads "" as a quote, and knows which cells were quoted', () => {
    const table = parseCsvTable('a,b\n"say ""hi""",2');
    expect(table.records[0]?.cells.a).toBe('say "hi"');
    expect(table.records[0]?.quoted).toEqual({ a: true, b: false });
  });

  it('accepts trailing empty cells beyond the header (",,," after a table), refuses filled ones', () => {
    const table = parseCsvTable('a,b\n1,2,,\n3,4,5');
    expect(table.records.map((r) => r.line)).toEqual([2]);
    expect(table.issues).toEqual([expect.objectContaining({ line: 3, column: '(row)' })]);
    expect(table.refused).toBe(1);
  });

  it('skips lines of empty cells, which are not data', () => {
    expect(parseCsvTable('a,b\n,\n , \n1,2').records.map((r) => r.line)).toEqual([4]);
  });

  it('refuses a quote inside an unquoted cell and text after a closing quote', () => {
    const table = parseCsvTable('a,b\n1,x"y\n"2"z,3\n4,5');
    expect(table.issues.map((i) => [i.line, i.message.slice(0, 30)])).toEqual([
      [2, 'A quote inside an unquoted cel'],
      [3, 'Text after a closing quote ("z'],
    ]);
    expect(table.records.map((r) => r.line)).toEqual([4]);
  });

  it('refuses the whole file when a quote is never closed, naming the line it opens on', () => {
    const table = parseCsvTable('a,b\n1,2\n3,"4\n5,6');
    expect(table.unreadable).toBe(true);
    expect(table.issues).toEqual([expect.objectContaining({ line: 3, column: '(row)' })]);
  });

  it('refuses a header with a repeated column, naming both positions', () => {
    const table = parseCsvTable('geo,Value,value\nDE,1,2');
    expect(table.unreadable).toBe(true);
    expect(table.issues[0]).toMatchObject({ line: 1, column: 'value' });
    expect(table.issues[0]?.message).toMatch(/appears twice \(columns 2 and 3\)/);
  });

  it('refuses a value under a column with no header', () => {
    const table = parseCsvTable('a,,c\n1,2,3\n4,,6');
    expect(table.issues).toEqual([expect.objectContaining({ line: 2, column: 'column 2' })]);
    expect(table.records.map((r) => r.cells)).toEqual([{ a: '4', c: '6' }]);
  });
});

test('a quote never closed in the header line is named as such, not as an empty file', () => {
  const table = parseCsvTable('"geo,value\nDE,1');
  expect(table.issues).toEqual([expect.objectContaining({ line: 1, column: '(row)' })]);
  expect(table.issues[0]?.message).toMatch(/never closed/);
});
