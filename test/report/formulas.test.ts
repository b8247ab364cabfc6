import { col, here } from '../../src/report';

// Support article "Using structured references with Excel tables", syntax rules: "If there are
// special characters, the entire column header needs to be enclosed in brackets, which means that
// double brackets are required in a column specifier", and "the following characters have special
// meaning and require the use of an apostrophe (') as an escape character: [ ] # '".
describe('one rule for structured references, in both writers', () => {
  it('writes a plain column name in one pair of brackets, spaces included', () => {
    expect(col('Pool', 'Relocations')).toBe('Pool[Relocations]');
    expect(col('Pool', 'Fair share')).toBe('Pool[Fair share]');
  });

  it('encloses a column name with a special character in its own brackets', () => {
    expect(col('Balance', 'Mandatory offsets (Art. 63(3))')).toBe(
      'Balance[[Mandatory offsets (Art. 63(3))]]',
    );
    expect(col('Pressure', 'Temporary protection 2025-06')).toBe(
      'Pressure[[Temporary protection 2025-06]]',
    );
    expect(col('Pool', 'Financial contributions (EUR)')).toBe(
      'Pool[Financial contributions (EUR)]',
    );
    for (const ch of [',', ':', '.', '$', '^', '&', '*', '+', '=', '-', '>', '<', '/', '"', '{'])
      expect(col('T', `a${ch}b`)).toBe(`T[[a${ch}b]]`);
  });

  it("escapes [ ] # and ' with an apostrophe, inside the column's own brackets", () => {
    expect(col('T', "State's [share] #1")).toBe("T[[State''s '[share'] '#1]]");
    expect(here('T', "State's #")).toBe("T[[#This Row],[State''s '#]]");
  });
});
