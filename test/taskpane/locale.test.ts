import {
  formatMillions,
  formatNumber,
  formatPercent,
  formatPoints,
  parseLocaleNumber,
} from '../../src/taskpane/locale';

describe('numbers in the analyst’s locale', () => {
  it('groups thousands as the locale does', () => {
    expect(formatNumber(600_000_000, 'en-GB')).toBe('600,000,000');
    // French groups with a narrow no-break space (Intl, CLDR).
    expect(formatNumber(600_000_000, 'fr-FR')).toBe('600\u202F000\u202F000');
    expect(formatNumber(1234.5, 'de-DE', 1)).toBe('1.234,5');
  });

  it('holds a percentage to its sign: "26.4 %" never breaks', () => {
    expect(formatPercent(0.2641, 'en-GB')).toBe('26.4\u00A0%');
    expect(formatPercent(0.2641, 'fr-FR')).toBe('26,4\u00A0%');
    expect(formatPoints(0.0031, 'en-GB')).toBe('+0.31');
    expect(formatMillions(-12_345_678, 'en-GB', true)).toBe('-12.3\u00A0M');
  });

  it('reads a number typed with the locale’s grouping and decimal mark', () => {
    expect(parseLocaleNumber('600,000,000', 'en-GB')).toEqual({ ok: true, value: 600_000_000 });
    expect(parseLocaleNumber('600 000 000', 'fr-FR')).toEqual({ ok: true, value: 600_000_000 });
    expect(parseLocaleNumber('600\u202F000', 'fr-FR')).toEqual({ ok: true, value: 600_000 });
    expect(parseLocaleNumber('12,5', 'fr-FR')).toEqual({ ok: true, value: 12.5 });
    expect(parseLocaleNumber('1.234,5', 'de-DE')).toEqual({ ok: true, value: 1234.5 });
    expect(parseLocaleNumber('30000', 'en-GB')).toEqual({ ok: true, value: 30_000 });
  });

  it('refuses what it would have to guess, and says what to type', () => {
    expect(parseLocaleNumber('30o00', 'en-GB')).toMatchObject({
      ok: false,
      message: '"o" is not part of a number: type digits only, like 30,000 or 1,234.5.',
    });
    // A comma not grouping threes is not a decimal mark in English: an error, not 30.5.
    expect(parseLocaleNumber('30,5', 'en-GB').ok).toBe(false);
    // In German the dot groups thousands: "12.5" is neither a grouping nor a decimal.
    expect(parseLocaleNumber('12.5', 'de-DE').ok).toBe(false);
    expect(parseLocaleNumber('', 'en-GB')).toMatchObject({ ok: false, message: 'Type a number.' });
    expect(parseLocaleNumber('1e5', 'en-GB').ok).toBe(false);
  });
});
