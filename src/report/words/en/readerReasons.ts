import { READER_REASONS } from '../../../data/reasons';

/** The keys of a section of texts, each with a prefix ("number.comma" → "readers.number.comma"). */
type Prefixed<P extends string, T> = {
  readonly [K in keyof T & string as `${P}${K}`]: T[K];
};

export function prefixed<P extends string, T extends Readonly<Record<string, string>>>(
  prefix: P,
  texts: T,
): Prefixed<P, T> {
  return Object.fromEntries(
    Object.entries(texts).map(([k, v]) => [`${prefix}${k}`, v]),
  ) as Prefixed<P, T>;
}

/**
 * The readers' reasons in English (src/data/reasons: the number readers, the file readers, the
 * JSON-stat reader and Eurostat's answers, the needs and implementation records): the very texts the readers write their English message with,
 * so the pane's English and the command line's are one; fr/ and de/ translate each.
 */
export const readerReasons = {
  ...prefixed('readers.', READER_REASONS),
  /** A place that is not a named column: the whole file, the row, the header, a column's number. */
  'readers.place.(file)': '(file)',
  'readers.place.(document)': '(document)',
  'readers.place.(row)': '(row)',
  'readers.place.(header)': '(header)',
  'readers.place.(table)': '(table)',
  'readers.place.(first column)': '(first column)',
  'readers.place.numbered': 'column {n}',
} as const;
