import { eurostatQuery, eurostatUrl, type ReadResult } from '../../data';

const TIMEOUT_MS = 30_000;

/** Fetches one series from Eurostat's Statistics API and reads it; errors say what to do. */
export async function fetchEurostat(
  indicator: string,
  period: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<{ read: ReadResult; url: string }> {
  const url = eurostatUrl(eurostatQuery(indicator), period);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (e) {
    throw new Error(
      (e as Error).name === 'AbortError'
        ? 'Eurostat did not answer within 30 seconds: try again later, or load a file instead.'
        : 'Eurostat could not be reached: check the internet connection, or load a file instead.',
      { cause: e },
    );
  } finally {
    clearTimeout(timer);
  }
  // The JSON-stat reader loads with the first request: not part of the pane's first paint.
  const { eurostatError, readJsonStat } = await import(
    /* webpackChunkName: "readers" */ '../../data/readers'
  );
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (response.status === 413) {
      throw new Error(
        'Eurostat refused the request as too large (HTTP 413): ask for one period at a time.',
      );
    }
    throw new Error(
      eurostatError(body) ?? `Eurostat answered with HTTP ${response.status}: try again later.`,
    );
  }
  return { read: readJsonStat(body), url };
}
