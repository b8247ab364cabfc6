import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { readPledgesCsv, readPledgesGrid } from '../../src/data';
import { examplePledging } from '../helpers/pledging';

describe('reading a pledging round', () => {
  it('reads the illustrative 2026 round shipped with the tool', () => {
    const round = examplePledging();
    expect(round.pledges.map((p) => [p.code, p.relocations])).toEqual([
      ['DE', 4_555],
      ['FR', 3_361],
      ['AT', 0],
      ['CZ', 0],
      ['HR', 0],
      ['PL', 0],
    ]);
    expect(round.deductions).toEqual(
      ['AT', 'CZ', 'HR', 'PL'].map((code) => ({ code, share: 1, article: 62 })),
    );
    expect(round.notes.DE).toMatch(/^ILLUSTRATIVE/);
    expect(round.benefitting).toEqual({});
  });

  it('names the line, the state and the column of every bad row, and keeps the good ones', () => {
    const csv = [
      'code,relocations,financial_eur,offsets,deduction_percent,deduction_article,benefitting',
      'FR,abc,,,,,',
      'DK,5,,,,,',
      'DE,1,,,50,,',
      'XX,1,,,,,',
      'gr,1,2,3,,,yes',
      'EL,2,,,,,',
      'IT,,,-1,,,',
      'ES,,,,120,62,',
      'NL,,,,10,63,',
      'SE,,,,,,maybe',
      'BE,10,,,25,Art. 61,no',
    ].join('\n');
    const sheet = readPledgesCsv(csv, DEFAULT_PARTICIPANTS);
    expect(sheet.issues.map((i) => `${i.line} ${i.message}`)).toEqual([
      '2 FR, column relocations: "abc" is not a number: write digits only, with a dot for decimals.',
      '3 DK, column code: DK is not among the participating states: add it to the participants or remove the row.',
      '4 DE, column deduction_article: a deduction needs its basis: 61 (migratory pressure) or 62 (significant migratory situation).',
      '5 XX, column code: "XX" is not a state code: use a Eurostat code such as DE, or EL for Greece.',
      '7 EL, column code: a second row for EL (the first is on line 6): keep one row per state.',
      '8 IT, column offsets: -1 is negative: a pledge cannot be.',
      '9 ES, column deduction_percent: a deduction of 120 % is more than the whole contribution: give 0 % to 100 %.',
      '10 NL, column deduction_article: "63" is not a basis for a deduction: write 61 (migratory pressure) or 62 (significant migratory situation).',
      '11 SE, column benefitting: "maybe" is not yes or no.',
    ]);
    expect(sheet.pledges.map((p) => p.code)).toEqual(['EL', 'BE']);
    expect(sheet.pledges[0]).toEqual({
      code: 'EL',
      relocations: 1,
      financialEur: 2,
      alternativeEur: 0,
      offsets: 3,
    });
    expect(sheet.deductions).toEqual([{ code: 'BE', share: 0.25, article: 61 }]);
    expect(sheet.benefitting).toEqual({ EL: true, BE: false });
  });

  it('reads the workbook’s own Pledges table, where the deduction is a fraction', () => {
    const sheet = readPledgesGrid(
      {
        headers: [
          'Code',
          'State',
          'Relocations',
          'Financial contribution (EUR)',
          'Deduction requested',
          'Deduction basis',
          'Benefitting',
        ],
        rows: [
          ['FR', 'France', 3361, '', 0.5, 'Art. 62', 'No'],
          ['AT', 'Austria', '', '', 'all', 'Art. 62', 'No'],
        ],
        headerRow: 6,
      },
      DEFAULT_PARTICIPANTS,
    );
    expect(sheet.deductions).toEqual([{ code: 'FR', share: 0.5, article: 62 }]);
    expect(sheet.issues).toEqual([
      expect.objectContaining({
        line: 8,
        column: 'Deduction requested',
        message:
          'AT, column Deduction requested: "all" is not a number: write digits only, with a dot for decimals.',
      }),
    ]);
  });
});
