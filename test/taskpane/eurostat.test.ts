import { fetchEurostat } from '../../src/taskpane/services/eurostat';
import { recordedEurostat } from '../fakes/fakeServices';

describe('Eurostat Statistics API, against recorded responses', () => {
  it('asks for one series, filtered by time and geo, and reads the JSON-stat answer', async () => {
    const seen: string[] = [];
    const { read, url } = await fetchEurostat('population', '2024', async (input, init) => {
      seen.push(String(input));
      expect(init?.credentials).toBe('omit');
      return recordedEurostat(input, init);
    });
    expect(seen).toHaveLength(1);
    expect(url).toMatch(
      /^https:\/\/ec\.europa\.eu\/eurostat\/api\/dissemination\/statistics\/1\.0\/data\/demo_pjan\?format=JSON&lang=EN&sex=T&age=TOTAL&unit=NR&time=2024&geo=BE/,
    );
    expect(read.metadata.release).toBe('2026-08-14');
    expect(read.rows.find((r) => r.geo === 'DE' && r.period === '2024')?.value).toBe(83_456_045);
  });

  it('says what Eurostat’s error means', async () => {
    await expect(fetchEurostat('gdp', '2024', recordedEurostat)).rejects.toThrow(
      'Eurostat answered with error 150 (the request names a dimension or code the dataset does not have): Dimension unknown.',
    );
  });

  it('says what to do when offline or refused as too large', async () => {
    await expect(
      fetchEurostat('population', '2024', async () =>
        Promise.reject(new TypeError('Failed to fetch')),
      ),
    ).rejects.toThrow(
      'Eurostat could not be reached: check the internet connection, or load a file instead.',
    );
    await expect(
      fetchEurostat('population', '2024', async () => new Response('', { status: 413 })),
    ).rejects.toThrow(/too large \(HTTP 413\)/);
  });
});
