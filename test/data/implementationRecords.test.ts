import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { readImplementationCsv, readImplementationGrid, readNeedsCsv } from '../../src/data';

const EXAMPLES = join(__dirname, '../../src/data/examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const HEADER = 'date,contributing,benefitting,type,persons,eur,note';

describe('reading implementation records', () => {
  it('reads the illustrative example: every type, every row marked illustrative', () => {
    const sheet = readImplementationCsv(
      example('implementation-2026-illustrative.csv'),
      DEFAULT_PARTICIPANTS,
    );
    expect(sheet.issues).toEqual([]);
    expect(new Set(sheet.records.map((r) => r.type))).toEqual(
      new Set(['relocation', 'offset', 'financial', 'alternative']),
    );
    for (const r of sheet.records) expect(r.note).toMatch(/^ILLUSTRATIVE/);
    expect(sheet.records[0]).toEqual({
      line: 2,
      date: '2026-07-20',
      contributing: 'DE',
      benefitting: 'IT',
      type: 'relocation',
      amount: 400,
      note: expect.stringMatching(/^ILLUSTRATIVE/),
    });
  });

  it('names the physical line, the column and the fix of every problem, and loads nothing', () => {
    const csv = [
      HEADER,
      '2026-07-01,DE,IT,relocation,10,,"a note',
      'over two lines"',
      '',
      '01/07/2026,DE,IT,relocation,10,,',
      '2026-02-30,DE,IT,relocation,10,,',
      '2026-07-01,DK,IT,relocation,10,,',
      '2026-07-01,DE,,relocation,10,,',
      '2026-07-01,DE,DE,offset,10,,',
      '2026-07-01,DE,IT,relocation,,100,',
      '2026-07-01,DE,IT,relocation,2.5,,',
      '2026-07-01,DE,IT,gift,10,,',
      '2026-07-01,DE,,financial,,"1,000",',
      '2026-07-01,GR,,financial,,0,',
      '2026-07-01,NO,IT,alternative,,5000,',
    ].join('\n');
    const sheet = readImplementationCsv(csv, DEFAULT_PARTICIPANTS);
    expect(sheet.records).toEqual([]);
    expect(sheet.issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [
        5,
        'date',
        expect.stringMatching(
          /"01\/07\/2026" is not a date written yyyy-mm-dd: write it as 2026-09-14/,
        ),
      ],
      [
        6,
        'date',
        '2026-02-30 is not a day of the calendar: check the date.'.replace(/^/, 'column date: '),
      ],
      [
        7,
        'contributing',
        expect.stringMatching(/DK is neither a participating state nor a Dublin-associated/),
      ],
      [
        8,
        'benefitting',
        expect.stringMatching(/only a financial contribution may name none, Art. 64\(1\)/),
      ],
      [9, 'benefitting', expect.stringMatching(/DE is also the contributing state/)],
      [
        10,
        'eur',
        expect.stringMatching(
          /a relocation is counted in persons: move the figure to persons and clear eur/,
        ),
      ],
      [10, 'persons', expect.stringMatching(/a relocation needs its number of persons/)],
      [11, 'persons', expect.stringMatching(/2.5 is not a whole number/)],
      [
        12,
        'type',
        expect.stringMatching(
          /"gift" is not a type: write relocation, offset, financial or alternative/,
        ),
      ],
      [13, 'eur', expect.stringMatching(/has a comma/)],
      [14, 'eur', expect.stringMatching(/0 is not above zero/)],
    ]);
  });

  it('refuses a file without the columns it needs, naming them', () => {
    const sheet = readImplementationCsv(
      'date,contributing,type,persons\n2026-07-01,DE,relocation,1',
      DEFAULT_PARTICIPANTS,
    );
    expect(sheet.issues).toEqual([
      expect.objectContaining({
        line: 1,
        column: '(header)',
        message: `Missing columns benefitting, eur: the header is ${HEADER}.`,
        severity: 'error',
      }),
    ]);
  });

  it('reads the workbook table back, its dates as Excel serial numbers', () => {
    const sheet = readImplementationGrid(
      {
        headers: ['Date', 'Contributing', 'Benefitting', 'Type', 'Persons', 'EUR', 'Note', 'Check'],
        rows: [[46223, 'FR', 'CY', 'relocation', 20, null, '', 'Beyond the pledge']],
        headerRow: 6,
      },
      DEFAULT_PARTICIPANTS,
    );
    expect(sheet.issues).toEqual([]);
    expect(sheet.records).toEqual([
      {
        line: 7,
        date: '2026-07-20',
        contributing: 'FR',
        benefitting: 'CY',
        type: 'relocation',
        amount: 20,
      },
    ]);
  });
});

describe('reading declared needs (Art. 58(2))', () => {
  const benefitting = ['CY', 'EL', 'ES', 'IT'];
  it('reads the illustrative needs', () => {
    const sheet = readNeedsCsv(example('needs-2026-illustrative.csv'), benefitting);
    expect(sheet.issues).toEqual([]);
    expect(sheet.needs).toContainEqual({ code: 'IT', type: 'relocation', level: 3000 });
    expect(Object.values(sheet.notes).every((n) => n.startsWith('ILLUSTRATIVE'))).toBe(true);
  });
  it('refuses a need of a state that is not benefitting, or a type twice, and loads nothing', () => {
    const sheet = readNeedsCsv(
      'code,type,level\nDE,relocation,5\nIT,financial,1\nIT,financial,2\nIT,offset,3',
      benefitting,
    );
    expect(sheet.needs).toEqual([]);
    expect(sheet.issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'code'],
      [4, 'type'],
      [5, 'type'],
    ]);
  });
});
