import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { readLongCsv } from '../../src/data';
import { importSeries } from '../../src/taskpane/importing';

const provenance = { dataset: 'test', release: 'test', source: 'test' };
const csv = (rows: string[]) => readLongCsv(['geo,year,value', ...rows].join('\n'));
const all = (value: (code: string) => string) =>
  DEFAULT_PARTICIPANTS.map((c) => `${c},2024,${value(c)}`);
const request = (indicator: string) => ({
  indicator,
  period: '2024',
  provenance,
  origin: { kind: 'file', name: 't.csv' } as const,
  participants: DEFAULT_PARTICIPANTS,
});

describe('importing a series: validated before it touches anything', () => {
  it('loads clean data at once', () => {
    const out = importSeries(csv(all(() => '1000')), request('population'));
    expect(out.kind).toBe('loaded');
  });

  it('refuses a fair-share series that would leave a participant without a value', () => {
    const out = importSeries(csv(all((c) => (c === 'MT' ? 'n/a' : '1000'))), request('population'));
    expect(out.kind === 'review' && out.review.safe).toBe(false);
    expect(out.kind === 'review' && out.review.result.issues[0]).toMatchObject({
      column: 'value',
      message: expect.stringMatching(/"n\/a" for MT is not a number/),
    });
  });

  it('offers to load the valid rows of a pressure indicator: refused rows become gaps', () => {
    const out = importSeries(
      csv(all((c) => (c === 'MT' ? '-4' : '1000'))),
      request('asylumFirstTime'),
    );
    expect(out.kind === 'review' && out.review.safe).toBe(true);
    expect(out.kind === 'review' && out.review.result.accepted).toBe(25);
  });

  it('never offers to guess between two values for one state', () => {
    const out = importSeries(
      csv([...all(() => '1000'), 'DE,2024,999']),
      request('asylumFirstTime'),
    );
    expect(out.kind === 'review' && out.review.safe).toBe(false);
  });
});
