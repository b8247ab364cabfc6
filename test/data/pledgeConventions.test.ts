import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { readPledgesCsv } from '../../src/data';
import { germanPledgesCsv } from '../helpers/continentalFiles';

const read = (text: string, decimal?: 'comma' | 'point') =>
  readPledgesCsv(text, DEFAULT_PARTICIPANTS, decimal ? { decimal } : {});
const amounts = (sheet: ReturnType<typeof read>) =>
  sheet.pledges.map((p) => [p.code, p.relocations, p.financialEur, p.alternativeEur, p.offsets]);

describe('a pledges file under the number conventions (issue 18: "read as the other readers do")', () => {
  it('reads a semicolon-separated file with `1.234,5` amounts with decimal commas, and says why', () => {
    const sheet = read(germanPledgesCsv());
    expect(sheet.issues).toEqual([]);
    expect(amounts(sheet)).toEqual([
      ['DE', 4555, 0, 0, 0],
      ['FR', 0, 67_220_000, 1234.5, 0],
      ['BE', 120, 250_000.5, 0, 10],
    ]);
    // Art. 62: the deduction written 12,5 % is an eighth of the contribution.
    expect(sheet.deductions).toEqual([{ code: 'BE', share: 0.125, article: 62 }]);
    expect(sheet.numbers).toMatchObject({
      kind: 'read',
      decimal: 'comma',
      why: 'semicolon',
      example: { line: 3, text: '67.220.000' },
    });
  });

  it('reads it with decimal points when the analyst chooses, refusing each comma figure on its line', () => {
    const sheet = read(germanPledgesCsv(), 'point');
    expect(sheet.numbers).toMatchObject({ kind: 'read', decimal: 'point', why: 'chosen' });
    expect(sheet.pledges.map((p) => p.code)).toEqual(['DE']);
    expect(sheet.issues.map((i) => [i.line, i.column])).toEqual([
      [3, 'financial_eur'],
      [3, 'alternative_eur'],
      [4, 'financial_eur'],
      [4, 'deduction_percent'],
    ]);
    expect(sheet.issues[0]?.message).toBe(
      'FR, column financial_eur: "67.220.000" has more than one dot: write digits only, with one dot for decimals and no thousands separator.',
    );
  });

  it('refuses a file that writes figures both ways, loading nothing and offering the choice', () => {
    const sheet = read(
      germanPledgesCsv(['NL;;2500000.75;;;;;ILLUSTRATIVE pasted from an English workbook']),
    );
    expect(sheet.pledges).toEqual([]);
    expect(sheet.numbers).toEqual({
      kind: 'mixed',
      semicolon: true,
      comma: { line: 3, text: '67.220.000' },
      point: { line: 5, text: '2500000.75' },
    });
    expect(sheet.issues).toHaveLength(1);
    expect(sheet.issues[0]?.message).toMatch(
      /^The file writes numbers both ways: "67\.220\.000" \(line 3\) only with a decimal comma, "2500000\.75" \(line 5\) only with a decimal point.*--decimal comma or --decimal point/,
    );
    // Chosen, the same file reads, and the figure written the other way is refused on its line.
    const chosen = read(germanPledgesCsv(['NL;;2500000.75;;;;;ILLUSTRATIVE']), 'comma');
    expect(chosen.pledges.map((p) => p.code)).toEqual(['DE', 'FR', 'BE']);
    expect(chosen.issues.map((i) => [i.line, i.column])).toEqual([[5, 'financial_eur']]);
  });

  it('refuses a figure that could mean two numbers under decimal commas (`1,000`), never guessing', () => {
    const sheet = read(germanPledgesCsv(['NL;;1,000;;;;;ILLUSTRATIVE']));
    expect(sheet.numbers).toMatchObject({ kind: 'read', decimal: 'comma', ambiguous: 1 });
    expect(sheet.pledges.map((p) => p.code)).toEqual(['DE', 'FR', 'BE']);
    expect(sheet.issues[0]?.message).toMatch(/^NL, column financial_eur: "1,000" could be 1000/);
  });

  it('still reads a comma-separated file with decimal points as before', () => {
    const sheet = read(
      ['code,relocations,financial_eur', 'DE,4555,', 'FR,,"67,220,000"', 'BE,,250000.5'].join('\n'),
    );
    expect(sheet.numbers).toMatchObject({ kind: 'read', decimal: 'point' });
    expect(amounts(sheet).map((r) => r[2])).toEqual([0, 67_220_000, 250_000.5]);
  });
});
