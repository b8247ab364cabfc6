import { issueOf, phrase, type ReaderPhrase } from '../reasons';
import type { ReadIssue, ReadResult } from '../types';
import { eurostatError } from './eurostatError';
import { digits, readStructure, type Doc } from './jsonStatStructure';
import { flatAccessor, readObservations } from './jsonStatValues';
import { checkText, fileText } from './text';

/**
 * The most cells (the product of `size`) a dataset may declare: a Eurostat extract for this tool is
 * about 40 states × 30 periods. Checked before anything is allocated, so a small document declaring
 * a billion cells is refused instead of exhausting memory.
 */
export const JSON_STAT_MAX_CELLS = 100_000;

/**
 * JSON-stat 2.0 as the Eurostat Statistics API returns it. The flat `value`/`status` (arrays, or
 * objects keyed by flat index) are decoded row-major over `id`/`size`, categories ordered by
 * `category.index`. The dataset must have `geo` and `time`; every other dimension must hold a single
 * category. JSON-stat has no lines: observations are numbered in the dataset's own order, after the
 * document (line 2 is the first observation, at flat index 0).
 */
export function readJsonStat(input: unknown): ReadResult {
  const fail = (reason: ReaderPhrase, column = '(document)'): ReadResult => ({
    rows: [],
    issues: [issueOf(1, column, reason)],
    metadata: {},
  });
  let json: unknown = input;
  if (typeof input === 'string') {
    const read = fileText(input, 'json', '(document)');
    if ('issue' in read) return { rows: [], issues: [read.issue], metadata: {} };
    try {
      json = JSON.parse(read.text);
    } catch (e) {
      return fail(phrase('json.notJson', { detail: (e as Error).message }));
    }
  }
  const error = eurostatError(json);
  if (error) return fail(error);
  const notDataset = phrase('json.notDataset');
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(notDataset);
  const ds = json as Doc;
  if (ds.class !== 'dataset') return fail(notDataset, 'class');
  const structure = readStructure(ds);
  if ('reason' in structure) return fail(structure.reason, structure.column);
  const { dims, sizes } = structure;
  const ids = dims.map((d) => d.id);
  for (const required of ['geo', 'time']) {
    if (!ids.includes(required)) {
      return fail(
        phrase('json.noDimension', { dimension: required, dimensions: { list: ids } }),
        required,
      );
    }
  }
  const several: ReadIssue[] = [];
  dims.forEach(({ id: dim, categories }) => {
    const size = categories.length;
    if (dim !== 'geo' && dim !== 'time' && size > 1) {
      const shown = categories.slice(0, 4);
      const reason = phrase('json.manyCategories', {
        dimension: dim,
        n: digits(size),
        categories: { list: size > 4 ? [...shown, '...'] : shown },
        first: categories[0] ?? '',
      });
      several.push(issueOf(1, dim, reason));
    }
  });
  if (several.length > 0) return { rows: [], issues: several, metadata: {} };

  const cells = sizes.reduce((a, b) => a * b, 1);
  if (cells > JSON_STAT_MAX_CELLS) {
    const values = {
      cells,
      sizes: { list: sizes.map(digits), joiner: ' × ' },
      limit: JSON_STAT_MAX_CELLS,
    };
    return fail(phrase('json.tooManyCells', values), 'size');
  }
  const values = flatAccessor(ds.value, cells, 'value');
  if (typeof values !== 'function') return fail(values, 'value');
  const status = ds.status === undefined ? undefined : flatAccessor(ds.status, cells, 'status');
  if (status !== undefined && typeof status !== 'function') return fail(status, 'status');

  const { rows, issues, refused } = readObservations(dims, sizes, values, status);
  const extension = ds.extension as Doc | undefined;
  const code = typeof extension?.id === 'string' ? extension.id : undefined;
  const updated = typeof ds.updated === 'string' ? ds.updated : undefined;
  const label = typeof ds.label === 'string' && !checkText(ds.label) ? ds.label : undefined;
  return {
    rows,
    issues,
    refused,
    metadata: {
      ...(code ? { dataset: `Eurostat ${code.toLowerCase()}` } : {}),
      ...(updated ? { release: updated.slice(0, 10) } : {}),
      ...(label ? { title: label } : {}),
    },
  };
}
