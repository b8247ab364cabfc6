import { parseStrictNumber } from '../numbers';
import type { RawRow, ReadIssue, ReadResult } from '../types';
import { checkText, fileText } from './text';

/**
 * The most cells (the product of `size`) a dataset may declare: a Eurostat extract for this tool is
 * about 40 states × 30 periods. Checked before anything is allocated, so a small document declaring
 * a billion cells is refused instead of exhausting memory.
 */
export const JSON_STAT_MAX_CELLS = 100_000;

type Doc = Record<string, unknown>;

interface Dimension {
  readonly id: string;
  /** Category ids in index order. */
  readonly categories: readonly string[];
}

/**
 * JSON-stat 2.0 as the Eurostat Statistics API returns it. The flat `value`/`status` (arrays, or
 * objects keyed by flat index) are decoded row-major over `id`/`size`, categories ordered by
 * `category.index`. The dataset must have `geo` and `time`; every other dimension must hold a single
 * category. JSON-stat has no lines: observations are numbered in the dataset's own order, after the
 * document (line 2 is the first observation, at flat index 0).
 */
export function readJsonStat(input: unknown): ReadResult {
  const fail = (message: string, column = '(document)'): ReadResult => ({
    rows: [],
    issues: [{ line: 1, column, message, severity: 'error' }],
    metadata: {},
  });
  let json: unknown = input;
  if (typeof input === 'string') {
    const read = fileText(input, 'json', '(document)');
    if ('issue' in read) return { rows: [], issues: [read.issue], metadata: {} };
    try {
      json = JSON.parse(read.text);
    } catch (e) {
      return fail(`Not valid JSON: ${(e as Error).message}.`);
    }
  }
  const error = eurostatError(json);
  if (error) return fail(error);
  const notDataset =
    'Not a JSON-stat 2.0 dataset: it needs "class": "dataset" with "id", "size", "dimension" and "value".';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(notDataset);
  const ds = json as Doc;
  if (ds.class !== 'dataset') return fail(notDataset, 'class');
  const structure = readStructure(ds);
  if ('message' in structure) return fail(structure.message, structure.column);
  const { dims, sizes } = structure;
  const ids = dims.map((d) => d.id);
  for (const required of ['geo', 'time']) {
    if (!ids.includes(required)) {
      return fail(
        `The dataset has no "${required}" dimension (it has ${ids.join(', ')}).`,
        required,
      );
    }
  }
  const issues: ReadIssue[] = [];
  dims.forEach(({ id: dim, categories }) => {
    const size = categories.length;
    if (dim !== 'geo' && dim !== 'time' && size > 1) {
      issues.push({
        line: 1,
        column: dim,
        message:
          `The dimension ${dim} has ${size} categories (${categories.slice(0, 4).join(', ')}` +
          `${size > 4 ? ', ...' : ''}): request one, e.g. &${dim}=${categories[0] ?? ''}.`,
        severity: 'error',
      });
    }
  });
  if (issues.length > 0) return { rows: [], issues, metadata: {} };

  const cells = sizes.reduce((a, b) => a * b, 1);
  if (cells > JSON_STAT_MAX_CELLS) {
    return fail(
      `The dataset declares ${cells.toLocaleString('en-GB')} cells (size ${sizes.join(' × ')}), more ` +
        `than the ${JSON_STAT_MAX_CELLS.toLocaleString('en-GB')} this tool reads: request fewer periods or states.`,
      'size',
    );
  }
  const values = flatAccessor(ds.value, cells, 'value');
  if (typeof values === 'string') return fail(values, 'value');
  const status = ds.status === undefined ? undefined : flatAccessor(ds.status, cells, 'status');
  if (typeof status === 'string') return fail(status, 'status');

  const strides = sizes.map((_, i) => sizes.slice(i + 1).reduce((a, b) => a * b, 1));
  const geoAt = ids.indexOf('geo');
  const timeAt = ids.indexOf('time');
  const category = (k: number, d: number) =>
    (dims[d] as Dimension).categories[
      Math.floor(k / (strides[d] as number)) % (sizes[d] as number)
    ] as string;
  const rows: RawRow[] = [];
  let refused = 0;
  for (let k = 0; k < cells; k += 1) {
    const line = k + 2;
    const raw = values(k);
    const flag = status?.(k);
    const where = `observation ${k} (${category(k, geoAt)} ${category(k, timeAt)})`;
    let value: number | null = null;
    if (raw !== null && raw !== undefined) {
      const parsed = typeof raw === 'number' ? parseStrictNumber(raw) : undefined;
      if (!parsed?.ok) {
        issues.push({
          line,
          column: 'value',
          message: parsed
            ? `The value of ${where}: ${parsed.reason}`
            : `The value of ${where} is ${describe(raw)}: JSON-stat values are numbers or null.`,
          severity: 'error',
        });
        refused += 1;
        continue;
      }
      value = parsed.value;
    }
    if (flag !== null && flag !== undefined && typeof flag !== 'string') {
      issues.push({
        line,
        column: 'status',
        message: `The status of ${where} is ${describe(flag)}: a status is a text such as "p".`,
        severity: 'error',
      });
      refused += 1;
      continue;
    }
    rows.push({
      line,
      geo: category(k, geoAt),
      period: category(k, timeAt),
      value,
      ...(flag ? { flag } : {}),
    });
  }
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

/** A problem of structure: the member (or dimension) it is in, and the fix. */
interface StructureProblem {
  readonly column: string;
  readonly message: string;
}

/** `id`, `size` and `dimension` checked against each other; the problem when they disagree. */
function readStructure(ds: Doc): { dims: Dimension[]; sizes: number[] } | StructureProblem {
  const { id, size, dimension } = ds;
  if (!Array.isArray(id) || id.length === 0 || !id.every((d) => typeof d === 'string')) {
    return {
      column: 'id',
      message:
        '"id" must list the dimensions by name, e.g. ["freq","unit","sex","age","geo","time"].',
    };
  }
  if (new Set(id).size !== id.length) {
    return { column: 'id', message: '"id" names a dimension twice: name each once.' };
  }
  if (
    !Array.isArray(size) ||
    !size.every((s) => typeof s === 'number' && Number.isSafeInteger(s) && s >= 0)
  ) {
    return {
      column: 'size',
      message: '"size" must list the number of categories of each dimension, as whole numbers.',
    };
  }
  if (size.length !== id.length) {
    return {
      column: 'size',
      message: `"size" has ${size.length} entries where "id" has ${id.length}: give one size per dimension.`,
    };
  }
  if (typeof dimension !== 'object' || dimension === null || Array.isArray(dimension)) {
    return {
      column: 'dimension',
      message: '"dimension" must describe each dimension named in "id".',
    };
  }
  const dims: Dimension[] = [];
  for (const [i, name] of (id as string[]).entries()) {
    const categories = readCategories((dimension as Doc)[name], name);
    if (typeof categories === 'string') return { column: name, message: categories };
    if (categories.length !== size[i]) {
      return {
        column: name,
        message: `The dimension ${name} has ${categories.length} categories but "size" says ${size[i]}: make them agree.`,
      };
    }
    dims.push({ id: name, categories });
  }
  return { dims, sizes: size as number[] };
}

/** Category ids in index order, from `index` (array or object) or, for one category, `label`. */
function readCategories(dim: unknown, name: string): string[] | string {
  const category =
    typeof dim === 'object' && dim !== null ? (dim as Doc).category : (undefined as unknown);
  if (typeof category !== 'object' || category === null || Array.isArray(category)) {
    return `The dimension ${name} has no "category": give its categories with "index" (and "label").`;
  }
  const { index, label } = category as Doc;
  if (index === undefined) {
    const keys = typeof label === 'object' && label !== null ? Object.keys(label) : [];
    if (keys.length === 1) return keys;
    return `The dimension ${name} has no "category.index": list its categories in order.`;
  }
  let ids: string[];
  if (Array.isArray(index)) {
    if (!index.every((c) => typeof c === 'string')) {
      return `The dimension ${name} lists categories that are not texts in "category.index".`;
    }
    ids = index as string[];
  } else if (typeof index === 'object' && index !== null) {
    const entries = Object.entries(index as Doc);
    ids = new Array<string>(entries.length);
    for (const [code, position] of entries) {
      if (
        typeof position !== 'number' ||
        !Number.isInteger(position) ||
        position < 0 ||
        position >= entries.length
      ) {
        return `The dimension ${name} gives ${code} the position ${JSON.stringify(position)}: positions run from 0 to ${entries.length - 1}.`;
      }
      if (ids[position] !== undefined) {
        return `The dimension ${name} gives ${ids[position]} and ${code} the same position ${position} in "category.index": give each category its own.`;
      }
      ids[position] = code;
    }
  } else {
    return `The dimension ${name} has a "category.index" that is neither a list nor an object.`;
  }
  const seen = new Set<string>();
  for (const code of ids) {
    if (seen.has(code)) {
      return `The dimension ${name} lists the category ${code} twice in "category.index": list each once.`;
    }
    seen.add(code);
  }
  return ids;
}

/**
 * Reads `value` or `status`: an array with one entry per cell, an object keyed by flat index (cells
 * without a key are missing), or, for status, one text for every cell. Never expands the object.
 */
function flatAccessor(
  member: unknown,
  cells: number,
  name: 'value' | 'status',
): ((k: number) => unknown) | string {
  if (Array.isArray(member)) {
    if (member.length !== cells) {
      return `"${name}" holds ${member.length} entries where "size" declares ${cells} cells: make them agree.`;
    }
    return (k) => member[k];
  }
  if (name === 'status' && typeof member === 'string') return () => member;
  if (typeof member === 'object' && member !== null) {
    for (const key of Object.keys(member)) {
      if (!/^\d+$/.test(key) || Number(key) >= cells) {
        return `"${name}" has the key "${key.slice(0, 20)}", not a cell of the ${cells} that "size" declares (0 to ${cells - 1}).`;
      }
    }
    const map = member as Doc;
    return (k) => (Object.prototype.hasOwnProperty.call(map, String(k)) ? map[String(k)] : null);
  }
  return `"${name}" must be a list with one entry per cell, or an object keyed by cell number (found ${describe(member)}).`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return String(value);
}

/** The Eurostat API reports errors as JSON: `{"error":[{"status":400,"id":140,"label":"..."}]}`. */
export function eurostatError(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const raw = (json as { error: unknown }).error;
  const first = (Array.isArray(raw) ? raw[0] : raw) as
    { id?: unknown; label?: unknown } | undefined;
  const meaning: Record<number, string> = {
    100: 'no results match the request: check the period and the codes',
    140: 'the request has a syntax error',
    150: 'the request names a dimension or code the dataset does not have',
    500: 'Eurostat had an internal error: try again later',
  };
  const id = typeof first?.id === 'number' ? first.id : undefined;
  const label = typeof first?.label === 'string' ? first.label.slice(0, 500) : 'no detail';
  return (
    `Eurostat answered with error ${id ?? '?'}` +
    `${id !== undefined && meaning[id] ? ` (${meaning[id]})` : ''}: ${label}.`
  );
}
