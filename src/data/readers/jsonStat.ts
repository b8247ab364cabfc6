import JSONstat from 'jsonstat-toolkit';
import type { RawRow, ReadIssue, ReadResult } from '../types';

/**
 * JSON-stat 2.0 as the Eurostat Statistics API returns it. The flat `value`/`status` objects are
 * decoded by jsonstat-toolkit (row-major over `id`/`size`, categories ordered by `category.index`).
 * The dataset must have `geo` and `time`; every other dimension must hold a single category.
 */
export function readJsonStat(input: unknown): ReadResult {
  const fail = (message: string, column = '(document)'): ReadResult => ({
    rows: [],
    issues: [{ line: 1, column, message, severity: 'error' }],
    metadata: {},
  });
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      return fail(`Not valid JSON: ${(e as Error).message}.`);
    }
  }
  const error = eurostatError(json);
  if (error) return fail(error);
  const ds = JSONstat(json);
  if (ds.class !== 'dataset' || !ds.id || !ds.size) {
    return fail('Not a JSON-stat 2.0 dataset: "class" must be "dataset" with "id" and "size".');
  }
  const ids = ds.id;
  for (const required of ['geo', 'time']) {
    if (!ids.includes(required)) {
      return fail(
        `The dataset has no "${required}" dimension (it has ${ids.join(', ')}).`,
        required,
      );
    }
  }
  const issues: ReadIssue[] = [];
  ids.forEach((dim, i) => {
    const size = ds.size?.[i] ?? 0;
    if (dim !== 'geo' && dim !== 'time' && size > 1) {
      issues.push({
        line: 1,
        column: dim,
        message:
          `The dimension ${dim} has ${size} categories (${ds.Dimension(dim)?.id.slice(0, 4).join(', ')}` +
          `${size > 4 ? ', ...' : ''}): request one, e.g. &${dim}=${ds.Dimension(dim)?.id[0] ?? ''}.`,
        severity: 'error',
      });
    }
  });
  if (issues.length > 0) return { rows: [], issues, metadata: {} };

  const rows: RawRow[] = ds
    .toTable({ type: 'arrobj', status: true, content: 'id' })
    .map((r, i) => ({
      // JSON-stat has no lines: number observations in the dataset's own order, after the document.
      line: i + 2,
      geo: String(r.geo),
      period: String(r.time),
      value: r.value === null || r.value === undefined ? null : (r.value as number),
      ...(r.status ? { flag: String(r.status) } : {}),
    }));
  const code = ds.extension?.id;
  return {
    rows,
    issues,
    metadata: {
      ...(code ? { dataset: `Eurostat ${code.toLowerCase()}` } : {}),
      ...(ds.updated ? { release: ds.updated.slice(0, 10) } : {}),
      ...(ds.label ? { title: ds.label } : {}),
    },
  };
}

/** The Eurostat API reports errors as JSON: `{"error":[{"status":400,"id":140,"label":"..."}]}`. */
export function eurostatError(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const raw = (json as { error: unknown }).error;
  const first = (Array.isArray(raw) ? raw[0] : raw) as { id?: number; label?: string } | undefined;
  const meaning: Record<number, string> = {
    100: 'no results match the request: check the period and the codes',
    140: 'the request has a syntax error',
    150: 'the request names a dimension or code the dataset does not have',
    500: 'Eurostat had an internal error: try again later',
  };
  const id = first?.id;
  return (
    `Eurostat answered with error ${id ?? '?'}` +
    `${id !== undefined && meaning[id] ? ` (${meaning[id]})` : ''}: ${first?.label ?? 'no detail'}.`
  );
}
