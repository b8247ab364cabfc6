import { eurostatQuery, eurostatUrl, type ReadResult } from '../../data';
import { phrase, ReasonedError } from '../../data/reasons';

const TIMEOUT_MS = 30_000;

/**
 * Fetches one series from Eurostat's Statistics API and reads it; errors say what to do, as facts
 * (ReasonedError) the pane says in its language.
 */
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
    throw new ReasonedError(
      (e as Error).name === 'AbortError'
        ? phrase('eurostat.timeout', { seconds: TIMEOUT_MS / 1000 })
        : phrase('eurostat.unreachable'),
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
    if (response.status === 413) throw new ReasonedError(phrase('eurostat.tooLarge'));
    throw new ReasonedError(
      eurostatError(body) ?? phrase('eurostat.http', { status: String(response.status) }),
    );
  }
  return { read: readJsonStat(body), url };
}
