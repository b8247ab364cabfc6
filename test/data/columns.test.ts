import { oneEditApart, readIndicatorFile } from '../../src/data';

describe('headers: one edit away, or mapped (issue 18)', () => {
  it('counts one letter added, dropped, changed or two neighbours swapped; short names exactly', () => {
    expect(['yaer', 'yeer', 'yearr', 'yar', 'Year'].map((h) => oneEditApart(h, 'year'))).toEqual([
      true,
      true,
      true,
      true,
      false, // the same name, found as such
    ]);
    expect(oneEditApart('gdp', 'geo')).toBe(false);
    expect(oneEditApart('yr', 'year')).toBe(false);
    expect(oneEditApart('valeu', 'value')).toBe(true);
  });

  it('does not use "yaer" until asked to, and says it is one letter from "year"', () => {
    const read = readIndicatorFile('geo,yaer,value\nAT,2026,9215956\n');
    expect(read.rows).toEqual([]);
    expect(read.columns).toEqual({
      headers: ['geo', 'yaer', 'value'],
      missing: ['period'],
      near: [{ role: 'period', header: 'yaer', name: 'year' }],
    });
    expect(read.issues[0]?.message).toMatch(/"yaer" is one letter from "year": confirm it, or map/);
    const confirmed = readIndicatorFile('geo,yaer,value\nAT,2026,9215956\n', {
      columns: { period: 'yaer' },
    });
    expect(confirmed.rows).toEqual([expect.objectContaining({ geo: 'AT', period: '2026' })]);
  });

  it('reads a file with unknown headers once they are mapped, and refuses a mapping to no column', () => {
    const text = 'Land;Jahr;Einwohner;Status\nAT;2026;9.215.956;p\n';
    expect(readIndicatorFile(text).columns?.missing).toEqual(['geo', 'period', 'value']);
    const mapped = readIndicatorFile(text, {
      columns: { geo: 'Land', period: 'jahr', value: 'Einwohner', flag: 'Status' },
    });
    expect(mapped.rows).toEqual([
      expect.objectContaining({ geo: 'AT', period: '2026', value: '9.215.956', flag: 'p' }),
    ]);
    const wrong = readIndicatorFile(text, {
      columns: { geo: 'Land', period: 'Jahr', value: 'Wert' },
    });
    expect(wrong.rows).toEqual([]);
    expect(wrong.issues[0]).toMatchObject({ line: 1, column: 'Wert', severity: 'error' });
    expect(wrong.issues[0]?.message).toMatch(/no column "Wert" to read as value/);
  });
});
