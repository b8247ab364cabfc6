import { isBlock, parseBlock, readGridValue } from '../../src/taskpane/gridPaste';

describe('a block copied from Excel', () => {
  it('reads rows by line break and cells by tab, the last line break ending the block', () => {
    expect(parseBlock('4555\t91100000\r\n3361\t67220000\r\n')).toEqual([
      ['4555', '91100000'],
      ['3361', '67220000'],
    ]);
    // A column of three values, as the "651 215 449 4554" was pasted into one cell.
    expect(parseBlock('651\n215\n449\n')).toEqual([['651'], ['215'], ['449']]);
    expect(parseBlock('"staff\tand\nequipment"\t5\n')).toEqual([['staff\tand\nequipment', '5']]);
    expect(isBlock('651\n215\n')).toBe(true);
    expect(isBlock('4555\n')).toBe(false);
  });

  it('reads each value with the separators of the analyst’s locale, whole persons only', () => {
    expect(readGridValue('9,260,000', 'en-GB')).toEqual({ ok: true, value: 9_260_000 });
    expect(readGridValue('9.260.000', 'de-DE')).toEqual({ ok: true, value: 9_260_000 });
    expect(readGridValue('9\u202F260\u202F000', 'fr-FR')).toEqual({ ok: true, value: 9_260_000 });
    expect(readGridValue('', 'en-GB')).toEqual({ ok: true, value: 0 });
    expect(readGridValue('4,555.5', 'en-GB', { whole: true })).toMatchObject({
      ok: false,
      message: 'Whole persons only: type 4,555 or 4,556.',
    });
    // A German reader takes "4.555" as 4555, never as four and a half.
    expect(readGridValue('4.555', 'de-DE', { whole: true })).toEqual({ ok: true, value: 4555 });
    expect(readGridValue('12 %', 'en-GB').ok).toBe(false);
  });
});
