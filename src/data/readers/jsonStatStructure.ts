import { phrase, type ReaderPhrase, type ReaderReasonCode } from '../reasons';

export type Doc = Record<string, unknown>;

export interface Dimension {
  readonly id: string;
  /** Category ids in index order. */
  readonly categories: readonly string[];
}

/** A problem of structure: the member (or dimension) it is in, and the fix. */
export interface StructureProblem {
  readonly column: string;
  readonly reason: ReaderPhrase;
}

/**
 * An integer as the document writes or counts it ("size" says 1000000000, "positions run from 0
 * to 11"): its digits, never grouped, in every language, as the English has always shown them.
 */
export const digits = (n: number): string => String(n);

/** `id`, `size` and `dimension` checked against each other; the problem when they disagree. */
export function readStructure(ds: Doc): { dims: Dimension[]; sizes: number[] } | StructureProblem {
  const { id, size, dimension } = ds;
  if (!Array.isArray(id) || id.length === 0 || !id.every((d) => typeof d === 'string')) {
    return { column: 'id', reason: phrase('json.idList') };
  }
  if (new Set(id).size !== id.length) return { column: 'id', reason: phrase('json.idTwice') };
  if (
    !Array.isArray(size) ||
    !size.every((s) => typeof s === 'number' && Number.isSafeInteger(s) && s >= 0)
  ) {
    return { column: 'size', reason: phrase('json.sizeList') };
  }
  if (size.length !== id.length) {
    const values = { sizes: digits(size.length), ids: digits(id.length) };
    return { column: 'size', reason: phrase('json.sizeCount', values) };
  }
  if (typeof dimension !== 'object' || dimension === null || Array.isArray(dimension)) {
    return { column: 'dimension', reason: phrase('json.dimensionMissing') };
  }
  const dims: Dimension[] = [];
  for (const [i, name] of (id as string[]).entries()) {
    const categories = readCategories((dimension as Doc)[name], name);
    if (!Array.isArray(categories)) return { column: name, reason: categories };
    if (categories.length !== size[i]) {
      const values = {
        dimension: name,
        n: digits(categories.length),
        size: digits(size[i] as number),
      };
      return { column: name, reason: phrase('json.sizeDisagrees', values) };
    }
    dims.push({ id: name, categories });
  }
  return { dims, sizes: size as number[] };
}

/** Category ids in index order, from `index` (array or object) or, for one category, `label`. */
function readCategories(dim: unknown, name: string): string[] | ReaderPhrase {
  const refuse = (code: ReaderReasonCode, values: Readonly<Record<string, string>> = {}) =>
    phrase(code, { dimension: name, ...values });
  const category =
    typeof dim === 'object' && dim !== null ? (dim as Doc).category : (undefined as unknown);
  if (typeof category !== 'object' || category === null || Array.isArray(category)) {
    return refuse('json.noCategory');
  }
  const { index, label } = category as Doc;
  if (index === undefined) {
    const keys = typeof label === 'object' && label !== null ? Object.keys(label) : [];
    if (keys.length === 1) return keys;
    return refuse('json.noIndex');
  }
  let ids: string[];
  if (Array.isArray(index)) {
    if (!index.every((c) => typeof c === 'string')) return refuse('json.indexNotTexts');
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
        return refuse('json.badPosition', {
          category: code,
          position: String(JSON.stringify(position)),
          last: digits(entries.length - 1),
        });
      }
      const taken = ids[position];
      if (taken !== undefined) {
        return refuse('json.samePosition', {
          first: taken,
          second: code,
          position: digits(position),
        });
      }
      ids[position] = code;
    }
  } else {
    return refuse('json.indexKind');
  }
  const seen = new Set<string>();
  for (const code of ids) {
    if (seen.has(code)) return refuse('json.categoryTwice', { category: code });
    seen.add(code);
  }
  return ids;
}
