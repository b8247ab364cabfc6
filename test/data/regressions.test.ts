/**
 * Issue 9, "bad input never becomes a wrong figure": every case the issue names, as it was found,
 * with what the reader must say instead.
 */
import { DEFAULT_PARTICIPANTS } from '../../src/core';
import {
  readBulkTsv,
  readGrid,
  readJsonStat,
  readLongCsv,
  readPledgesCsv,
  readPledgesGrid,
  readSdmxCsv,
  toSeries,
  type ReadIssue,
} from '../../src/data';

const provenance = { dataset: 'test', release: 'test', source: 'test' };
const errors = (issues: readonly ReadIssue[]) => issues.filter((i) => i.severity === 'error');
const pledges = (lines: string[]) => readPledgesCsv(lines.join('\n'), DEFAULT_PARTICIPANTS);
const TSV_HEADER = 'freq,unit,geo\\TIME_PERIOD\t2023\t2024';

describe('issue 9: a figure silently wrong', () => {
  it('long CSV row `DE,2024,83,456,045` (unquoted thousands) is refused whole, counted rejected, never loaded as 83', () => {
    const csv = ['geo,year,value', 'FR,2024,68401997', 'DE,2024,83,456,045', 'IT,2024,58989749'];
    const result = toSeries(readLongCsv(csv.join('\n')), {
      indicator: 'population',
      period: '2024',
      provenance,
    });
    expect(result.series?.observations.has('DE')).toBe(false);
    expect([result.accepted, result.rejected]).toEqual([2, 1]);
    expect(errors(result.issues)).toEqual([expect.objectContaining({ line: 3, column: '(row)' })]);
    expect(result.issues[0]?.message).toMatch(
      /5 fields where the header has 3: nothing of it was read.*"83,456,045"/,
    );
  });

  it('a quoted "83,456,045" is read as 83456045; other commas are errors', () => {
    const read = (value: string, sep = ',') =>
      toSeries(readLongCsv(`geo${sep}year${sep}value\nDE${sep}2024${sep}${value}`), {
        indicator: 'population',
        period: '2024',
        provenance,
      });
    expect(read('"83,456,045"').series?.observations.get('DE')?.value).toBe(83_456_045);
    expect(errors(read('"83,45,6045"').issues)[0]).toMatchObject({ line: 2, column: 'value' });
    // In a semicolon file "1,500" could be 1500 or 1.5: never guessed.
    expect(errors(read('"1,500"', ';').issues)[0]?.message).toMatch(/could be 1500 .* or 1,500/);
    // Issue 18: a semicolon-separated file is read with decimal commas, and says so.
    expect(read('1,5', ';').series?.observations.get('DE')?.value).toBe(1.5);
    expect(read('1,5', ';').numbers).toMatchObject({ decimal: 'comma', why: 'semicolon' });
  });

  it('pledges header misspelt `relocatons` is an error suggesting "relocations", never every pledge 0', () => {
    const sheet = pledges(['code,relocatons', 'DE,4555']);
    expect(sheet.pledges).toEqual([]);
    expect(sheet.issues).toEqual([
      expect.objectContaining({ line: 1, column: 'relocatons', severity: 'error' }),
    ]);
    expect(sheet.issues[0]?.message).toMatch(
      /Unknown column "relocatons" \(column 2\): did you mean "relocations"\?/,
    );
  });

  it('pledges without the code column, or without any pledge column, are refused', () => {
    expect(pledges(['relocations', '5']).issues[0]?.message).toMatch(/No column names the state/);
    expect(pledges(['code,source', 'DE,x']).issues[0]?.message).toMatch(/gives no pledge/);
  });

  it('a pledges row with no code is reported, not dropped', () => {
    const sheet = pledges(['code,relocations', 'DE,5', ',7']);
    expect(sheet.pledges.map((p) => p.code)).toEqual(['DE']);
    expect(errors(sheet.issues)).toEqual([expect.objectContaining({ line: 3, column: 'code' })]);
    expect(sheet.issues[0]?.message).toMatch(/no state code: write the code/);
  });

  it.each([
    ['0x10', /hexadecimal/],
    ['0b101', /binary/],
    ['0o17', /octal/],
    ['5 5', /space inside/],
    ['1.000', /could be 1000/],
    ['1e999', /beyond the largest number/],
  ])('pledge of `%s` is an error, not a number', (text, reason) => {
    const sheet = pledges(['code,relocations', `DE,${text}`]);
    expect(sheet.pledges).toEqual([]);
    expect(sheet.issues).toEqual([
      expect.objectContaining({ line: 2, column: 'relocations', severity: 'error' }),
    ]);
    expect(sheet.issues[0]?.message).toMatch(reason);
  });

  it('two `relocations` columns are an error, and nothing is printed to the console', () => {
    const spies = (['log', 'warn', 'error', 'info'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation(() => undefined),
    );
    const sheet = pledges(['code,relocations,relocations', 'DE,1,2']);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 0, 0]);
    spies.forEach((s) => s.mockRestore());
    expect(sheet.pledges).toEqual([]);
    expect(sheet.issues[0]?.message).toMatch(/"relocations" appears twice \(columns 2 and 3\)/);
  });

  it('an article with no deduction is an error; so are both deduction and deduction_percent', () => {
    const noDeduction = pledges([
      'code,relocations,deduction_percent,deduction_article',
      'DE,1,,62',
    ]);
    expect(noDeduction.pledges).toEqual([]);
    expect(noDeduction.issues[0]).toMatchObject({ line: 2, column: 'deduction_article' });
    expect(noDeduction.issues[0]?.message).toMatch(/Art\. 62 is given without a deduction/);
    const both = pledges(['code,deduction,deduction_percent,deduction_article', 'DE,0.5,50,62']);
    expect(both.pledges).toEqual([]);
    expect(both.issues[0]?.message).toMatch(
      /Both "deduction" .* and "deduction_percent" .* keep one/,
    );
  });

  it('an article written `0x3E` is not read as 62', () => {
    const sheet = pledges([
      'code,deduction_percent,deduction_article',
      'DE,50,0x3E',
      'FR,50,Art. 62',
    ]);
    expect(sheet.deductions).toEqual([{ code: 'FR', share: 0.5, article: 62 }]);
    expect(sheet.issues).toEqual([
      expect.objectContaining({ line: 2, column: 'deduction_article' }),
    ]);
  });

  it('`1e999` is refused by every reader (non-finite)', () => {
    const series = (read: Parameters<typeof toSeries>[0]) =>
      toSeries(read, { indicator: 'x', period: '2024', provenance });
    const results = {
      longCsv: series(readLongCsv('geo,year,value\nDE,2024,1e999')),
      sdmxCsv: series(readSdmxCsv('geo,TIME_PERIOD,OBS_VALUE\nDE,2024,1e999')),
      tsv: series(readBulkTsv(`${TSV_HEADER}\nA,B,DE\t1\t1e999`)),
      jsonStat: series(readJsonStat(jsonStat({ value: [1, 1], text: '[1e999, 1]' }))),
      gridText: series(
        readGrid(
          { headers: ['Code', 'Year', 'V'], rows: [['DE', 2024, '1e999']] },
          { valueColumn: 'V', periodColumn: 'Year' },
        ),
      ),
      gridNumber: series(
        readGrid(
          { headers: ['Code', 'Year', 'V'], rows: [['DE', 2024, Infinity]] },
          { valueColumn: 'V', periodColumn: 'Year' },
        ),
      ),
    };
    for (const [reader, result] of Object.entries(results)) {
      expect([reader, result.series?.observations.get('DE')]).toEqual([reader, undefined]);
      expect([reader, errors(result.issues)[0]?.message]).toEqual([
        reader,
        expect.stringMatching(/beyond the largest number|not a number/),
      ]);
      expect(result.rejected).toBe(1);
    }
  });

  it('the TSV reader reports a malformed row (a missing cell, commas for tabs) with line and column', () => {
    const read = readBulkTsv(
      [TSV_HEADER, 'A,B,DE\t1\t2', 'A,B,FR\t3', '', 'A,B,IT,4,5'].join('\n'),
    );
    expect(read.rows.map((r) => r.geo)).toEqual(['DE', 'DE']);
    expect(read.issues).toEqual([
      expect.objectContaining({ line: 3, column: '2024', severity: 'error' }),
      expect.objectContaining({ line: 5, column: '2023', severity: 'error' }),
    ]);
    expect(read.issues[1]?.message).toMatch(/Separate the cells with tabs/);
    expect(read.refused).toBe(4);
    // Validating 2024 counts one rejected observation per broken line, not one per period.
    const result = toSeries(read, { indicator: 'x', period: '2024', provenance });
    expect([result.accepted, result.rejected]).toEqual([1, 2]);
  });

  it('TSV `5k` is an error (flags follow a space); `5 k` is value 5 with flag k', () => {
    const joined = readBulkTsv(`${TSV_HEADER}\nA,B,DE\t5k\t5 k`);
    expect(joined.issues).toEqual([
      expect.objectContaining({ line: 2, column: '2023', severity: 'error' }),
    ]);
    expect(joined.issues[0]?.message).toMatch(/joins value and flag: .* \("5 k"\)/);
    expect(joined.rows).toEqual([{ line: 2, geo: 'DE', period: '2024', value: 5, flag: 'k' }]);
  });
});

/** A small JSON-stat dataset (geo DE, FR × time 2024), with parts replaced. */
function jsonStat(change: { value?: unknown; text?: string; [k: string]: unknown } = {}): string {
  const { text, ...rest } = change;
  const doc = {
    class: 'dataset',
    id: ['geo', 'time'],
    size: [2, 1],
    dimension: {
      geo: { category: { index: ['DE', 'FR'] } },
      time: { category: { index: { '2024': 0 } } },
    },
    value: [1, 2],
    ...rest,
  };
  const json = JSON.stringify(doc);
  return text === undefined ? json : json.replace(JSON.stringify(doc.value), text);
}

describe('issue 9: JSON-stat, a crash instead of an error', () => {
  it('a duplicate category index is refused', () => {
    const list = readJsonStat(
      jsonStat({
        dimension: {
          geo: { category: { index: ['DE', 'DE'] } },
          time: { category: { index: ['2024'] } },
        },
      }),
    );
    expect(list.rows).toEqual([]);
    expect(list.issues[0]?.message).toMatch(/lists the category DE twice/);
    const object = readJsonStat(
      jsonStat({
        dimension: {
          geo: { category: { index: { DE: 0, FR: 0 } } },
          time: { category: { index: ['2024'] } },
        },
      }),
    );
    expect(object.issues[0]?.message).toMatch(/gives DE and FR the same position 0/);
  });

  it.each([
    ['a value of true', jsonStat({ value: [true, 1] }), /observation 0 \(DE 2024\) is true/],
    ['a value that is an object', jsonStat({ value: [{}, 1] }), /is an object/],
    ['a value that is an array', jsonStat({ value: [[1], 1] }), /is a list/],
    ['a missing size', jsonStat({ size: undefined }), /"size" must list/],
    ['{"class":"dataset"}', '{"class":"dataset"}', /"id" must list/],
    ['"value": null', jsonStat({ value: null }), /"value" must be a list .* \(found null\)/],
    [
      'a dimension with no category',
      jsonStat({ dimension: { geo: {}, time: { category: { index: ['2024'] } } } }),
      /geo has no "category"/,
    ],
  ])('%s gives a clean issue, not a TypeError', (_, doc, message) => {
    const read = readJsonStat(doc);
    expect(errors(read.issues)[0]?.message).toMatch(message);
    expect(read.issues.every((i) => i.line >= 1 && i.column !== '')).toBe(true);
  });

  it('a 203-byte document with "size":[1000000000,1] is refused before anything is allocated', () => {
    const doc = jsonStat({
      size: [1_000_000_000, 1],
      dimension: {
        geo: { category: { index: { DE: 0 } } },
        time: { category: { index: ['2024'] } },
      },
    });
    const read = readJsonStat(doc);
    expect(read.rows).toEqual([]);
    expect(read.issues[0]?.message).toMatch(/geo has 1 categories but "size" says 1000000000/);
    expect(read.issues[0]?.column).toBe('geo');
    expect(readJsonStat(jsonStat({ size: [1] })).issues[0]).toMatchObject({ column: 'size' });
    expect(Buffer.byteLength(doc)).toBeLessThan(250);
    // Categories that agree with a size too large to read: refused by the cap, before any value.
    const codes = Array.from({ length: 400 }, (_, i) => `C${i}`);
    const big = readJsonStat({
      class: 'dataset',
      id: ['geo', 'time'],
      size: [400, 400],
      dimension: { geo: { category: { index: codes } }, time: { category: { index: codes } } },
      value: {},
    });
    expect(big.rows).toEqual([]);
    expect(big.issues[0]).toMatchObject({ column: 'size' });
    expect(big.issues[0]?.message).toMatch(
      /declares 160,000 cells \(size 400 × 400\), more than the 100,000/,
    );
  });

  it('a JSON-stat file saved with a byte-order mark is read', () => {
    const read = readJsonStat(`\uFEFF${jsonStat()}`);
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r.geo, r.value])).toEqual([
      ['DE', 1],
      ['FR', 2],
    ]);
  });
});

describe('issue 9: misleading messages', () => {
  it('error lines are physical lines, after blank lines and a quoted multi-line note', () => {
    const csv = [
      'geo,year,value,source',
      '',
      'DE,2024,1,"a note',
      'on two lines"',
      '',
      '',
      'FR,2024,abc,x',
      'IT,2024,1,2,3',
    ].join('\r\n');
    const result = toSeries(readLongCsv(csv), { indicator: 'x', period: '2024', provenance });
    expect(errors(result.issues).map((i) => i.line)).toEqual([8, 7]);
    expect(result.series?.observations.get('DE')?.source).toBe('a note\r\non two lines');
    const sdmx = readSdmxCsv(['', 'geo,TIME_PERIOD,OBS_VALUE', '', 'DE,2024'].join('\n'));
    expect(sdmx.issues[0]).toMatchObject({ line: 4, column: 'OBS_VALUE' });
    const sheet = pledges(['code,relocations,source', 'DE,1,"x', 'y"', '', 'FR,abc,']);
    expect(sheet.issues[0]).toMatchObject({ line: 5, column: 'relocations' });
  });

  it('an empty file says "The file is empty", not "1 row cannot be used"', () => {
    for (const read of [readLongCsv(''), readSdmxCsv('\n\n'), readBulkTsv(' '), readJsonStat('')]) {
      expect(read.issues[0]?.message).toMatch(/^The file is empty/);
    }
    expect(pledges(['']).issues[0]?.message).toMatch(/^The file is empty/);
  });

  it('a UTF-16 file says so and how to save it as UTF-8', () => {
    const utf16 = Buffer.from('\uFEFFcode,relocations\r\nDE,5\r\n', 'utf16le').toString('utf8');
    expect(pledges([utf16]).issues[0]?.message).toBe(
      'The file is UTF-16: save it as UTF-8 (in Excel: Save As, "CSV UTF-8 (Comma delimited)").',
    );
    expect(readLongCsv(utf16).issues[0]?.message).toMatch(/UTF-16/);
    expect(readBulkTsv(utf16).issues[0]?.message).toMatch(/UTF-16/);
    expect(readJsonStat(utf16).issues[0]?.message).toMatch(/UTF-16/);
  });

  it('a Windows-1252 file ("CSV (Comma delimited)") names its first unreadable line and the fix', () => {
    // "Österreich" in Windows-1252, decoded as UTF-8 as the pane's File.text() does.
    const latin1 = Buffer.from('geo,year,value\nDE,2024,1\n\xd6sterreich,2024,2\n', 'latin1');
    const read = readSdmxCsv(new TextDecoder().decode(latin1));
    expect(read.rows).toEqual([]);
    expect(read.issues).toEqual([expect.objectContaining({ line: 3, column: '(file)' })]);
    expect(read.issues[0]?.message).toMatch(/not UTF-8: .* Save it as UTF-8/);
  });

  it('`deduction` = 50 says the column takes a fraction 0–1 (50 % is 0.5)', () => {
    const sheet = pledges(['code,deduction,deduction_article', 'DE,50,62']);
    expect(sheet.issues[0]).toMatchObject({ line: 2, column: 'deduction' });
    expect(sheet.issues[0]?.message).toMatch(
      /50 is not a fraction: the column deduction takes 0 to 1 \(50 % is 0\.5\); write 0\.5, or name the column deduction_percent/,
    );
  });

  it('text over 32,767 characters is an error naming line and column', () => {
    const long = 'x'.repeat(32_768);
    const csv = readLongCsv(`geo,year,value,source\nDE,2024,1,ok\nFR,2024,1,"${long}"`);
    expect(csv.issues).toEqual([expect.objectContaining({ line: 3, column: 'source' })]);
    expect(csv.issues[0]?.message).toMatch(/32,768 characters, more than the 32,767 Excel holds/);
    expect(csv.rows).toHaveLength(1);
    const sheet = pledges(['code,relocations,alternative_description', `DE,1,${long}`]);
    expect(sheet.issues[0]).toMatchObject({ line: 2, column: 'alternative_description' });
    const grid = readPledgesGrid(
      { headers: ['Code', 'Relocations', 'Source or note'], rows: [['DE', 1, long]] },
      DEFAULT_PARTICIPANTS,
    );
    expect(grid.issues[0]).toMatchObject({ line: 2, column: 'Source or note' });
    expect(readBulkTsv(`${TSV_HEADER}\nA,B,DE\t1\t${long}`).issues[0]).toMatchObject({
      line: 2,
      column: '2024',
    });
  });

  it('a problem of the whole file points at the header line, not line 1', () => {
    const grid = readGrid(
      { headers: ['Code', 'Year', 'Value'], rows: [['DE', 2023, 1]], headerRow: 6 },
      { valueColumn: 'Value', periodColumn: 'Year' },
    );
    const result = toSeries(grid, { indicator: 'x', period: '2024', provenance });
    expect(result.issues).toEqual([expect.objectContaining({ line: 6, column: 'year' })]);
    const csv = toSeries(readLongCsv('\n\ngeo,year,value\nDE,2023,1'), {
      indicator: 'x',
      period: '2024',
      provenance,
    });
    expect(csv.issues[0]?.line).toBe(3);
  });

  it('the workbook table reader applies the same rules to its cells', () => {
    const read = readGrid(
      {
        headers: ['Code', 'Year', 'Value'],
        rows: [
          ['DE', 2024, '83,456,045'],
          ['FR', 2024, '1,5'],
          ['IT', 2024, 'x'.repeat(40_000)],
          ['ES', 2024, true],
          ['', 2024, 12],
          ['', '', ''],
          ['PL', 2024, 1e308],
        ],
        headerRow: 4,
      },
      { valueColumn: 'Value', periodColumn: 'Year' },
    );
    expect(read.rows.map((r) => [r.geo, r.value])).toEqual([['DE', 83_456_045]]);
    expect(read.issues.map((i) => [i.line, i.column])).toEqual([
      [6, 'Value'],
      [7, 'Value'],
      [8, 'Value'],
      [9, 'Code'],
      [11, 'Value'],
    ]);
    expect(read.refused).toBe(5);
  });
});
