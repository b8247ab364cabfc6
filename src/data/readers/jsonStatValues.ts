import { parseStrictNumber } from '../numbers';
import { issueOf, phrase, type ReaderPhrase } from '../reasons';
import type { RawRow, ReadIssue } from '../types';
import { digits, type Dimension, type Doc } from './jsonStatStructure';

/** One cell of `value` or `status` by its flat index (missing cells: null or undefined). */
export type FlatMember = (k: number) => unknown;

/**
 * Reads `value` or `status`: an array with one entry per cell, an object keyed by flat index (cells
 * without a key are missing), or, for status, one text for every cell. Never expands the object.
 */
export function flatAccessor(
  member: unknown,
  cells: number,
  name: 'value' | 'status',
): FlatMember | ReaderPhrase {
  if (Array.isArray(member)) {
    if (member.length !== cells) {
      const values = { member: name, n: digits(member.length), cells: digits(cells) };
      return phrase('json.entries', values);
    }
    return (k) => member[k];
  }
  if (name === 'status' && typeof member === 'string') return () => member;
  if (typeof member === 'object' && member !== null) {
    for (const key of Object.keys(member)) {
      if (!/^\d+$/.test(key) || Number(key) >= cells) {
        return phrase('json.notACell', {
          member: name,
          key: key.slice(0, 20),
          cells: digits(cells),
          last: digits(cells - 1),
        });
      }
    }
    const map = member as Doc;
    return (k) => (Object.prototype.hasOwnProperty.call(map, String(k)) ? map[String(k)] : null);
  }
  return phrase('json.memberKind', { member: name, found: describe(member) });
}

/**
 * Every observation, row-major over the dimensions (the last one varies fastest), as a row or, for
 * a value that is no number or a status that is no text, an issue on its own line (line 2 is flat
 * index 0).
 */
export function readObservations(
  dims: readonly Dimension[],
  sizes: readonly number[],
  values: FlatMember,
  status: FlatMember | undefined,
): { rows: RawRow[]; issues: ReadIssue[]; refused: number } {
  const cells = sizes.reduce((a, b) => a * b, 1);
  const strides = sizes.map((_, i) => sizes.slice(i + 1).reduce((a, b) => a * b, 1));
  const ids = dims.map((d) => d.id);
  const geoAt = ids.indexOf('geo');
  const timeAt = ids.indexOf('time');
  const category = (k: number, d: number) =>
    (dims[d] as Dimension).categories[
      Math.floor(k / (strides[d] as number)) % (sizes[d] as number)
    ] as string;
  const rows: RawRow[] = [];
  const issues: ReadIssue[] = [];
  let refused = 0;
  for (let k = 0; k < cells; k += 1) {
    const line = k + 2;
    const raw = values(k);
    const flag = status?.(k);
    const where = phrase('json.observation', {
      index: digits(k),
      geo: category(k, geoAt),
      period: category(k, timeAt),
    });
    let value: number | null = null;
    if (raw !== null && raw !== undefined) {
      const parsed = typeof raw === 'number' ? parseStrictNumber(raw) : undefined;
      if (!parsed?.ok) {
        const reason = parsed
          ? phrase('json.valueOf', { where, problem: parsed.why })
          : phrase('json.valueIs', { where, found: describe(raw) });
        issues.push(issueOf(line, 'value', reason));
        refused += 1;
        continue;
      }
      value = parsed.value;
    }
    if (flag !== null && flag !== undefined && typeof flag !== 'string') {
      issues.push(
        issueOf(line, 'status', phrase('json.statusIs', { where, found: describe(flag) })),
      );
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
  return { rows, issues, refused };
}

/** What a member holds where a number or a text was due: "a list", "the text "x"", "true". */
function describe(value: unknown): ReaderPhrase | string {
  if (value === null) return phrase('json.found.null');
  if (Array.isArray(value)) return phrase('json.found.list');
  if (typeof value === 'object') return phrase('json.found.object');
  if (typeof value === 'string') {
    return phrase('json.found.text', { text: JSON.stringify(value.slice(0, 40)) });
  }
  return String(value);
}
