import { isCommaAmbiguous, parseCommaNumber } from './commaNumbers';
import { clipText, isPointAmbiguous, parseStrictNumber, type DecimalMark } from './numbers';
import { issueOf, phrase } from './reasons';
import type { RawRow, ReadIssue, ReadResult } from './types';

/**
 * Which convention a file's numbers are read in, decided once for the whole file and never per
 * figure: a figure is read only when it can mean one number.
 * - The analyst's choice, if made (pane: the review; command line: --decimal comma|point).
 * - Else the numbers themselves, when some can only be read one way ("9.215.956", "494087,6" only
 *   with decimal commas; "494087.6" only with a decimal point); a file with both is refused with the
 *   choice offered.
 * - Else the separator: a semicolon-separated file is what Excel saves as "CSV" where the decimal
 *   mark is a comma (most EU locales), so it is read with decimal commas; any other file with a
 *   decimal point, as before.
 */

/** A figure as written, on its line of the file. */
export interface FigureAt {
  readonly line: number;
  readonly text: string;
}

export interface NumberConvention {
  readonly kind: 'read';
  readonly decimal: DecimalMark;
  /** chosen by the analyst; only-way: the figures allow no other; semicolon; usual: the default. */
  readonly why: 'chosen' | 'only-way' | 'semicolon' | 'usual';
  readonly semicolon: boolean;
  /** A figure that can only be read in this convention, where the file has one. */
  readonly example?: FigureAt;
  /** Figures that could mean two numbers in this convention ("1.000"), each refused on its line. */
  readonly ambiguous: number;
}

export interface MixedConventions {
  readonly kind: 'mixed';
  readonly semicolon: boolean;
  readonly comma: FigureAt;
  readonly point: FigureAt;
}

export type ConventionDecision = NumberConvention | MixedConventions;

type Figure = FigureAt & { readonly thousands?: boolean };

/** Readable in one convention only: neither a number nor a double meaning in the other. */
function onlyIn(figure: Figure, decimal: DecimalMark): boolean {
  const { text, thousands } = figure;
  const point = parseStrictNumber(text, { thousands }).ok || isPointAmbiguous(text);
  const comma = parseCommaNumber(text).ok || isCommaAmbiguous(text);
  return decimal === 'comma'
    ? parseCommaNumber(text).ok && !point
    : parseStrictNumber(text, { thousands }).ok && !comma;
}

export function decideConvention(
  figures: readonly Figure[],
  delimiter: string,
  chosen?: DecimalMark,
): ConventionDecision {
  const semicolon = delimiter === ';';
  const commaOnly = figures.find((f) => onlyIn(f, 'comma'));
  const pointOnly = figures.find((f) => onlyIn(f, 'point'));
  const decided = (decimal: DecimalMark, why: NumberConvention['why'], example?: Figure) => {
    const ambiguous = figures.filter((f) =>
      decimal === 'comma' ? isCommaAmbiguous(f.text) : isPointAmbiguous(f.text),
    ).length;
    const at = example ? { line: example.line, text: example.text } : undefined;
    return {
      kind: 'read',
      decimal,
      why,
      semicolon,
      ambiguous,
      ...(at ? { example: at } : {}),
    } as const;
  };
  if (chosen) return decided(chosen, 'chosen');
  if (commaOnly && pointOnly) {
    const at = (f: Figure) => ({ line: f.line, text: f.text });
    return { kind: 'mixed', semicolon, comma: at(commaOnly), point: at(pointOnly) };
  }
  if (commaOnly) return decided('comma', semicolon ? 'semicolon' : 'only-way', commaOnly);
  if (pointOnly) return decided('point', 'only-way', pointOnly);
  return semicolon ? decided('comma', 'semicolon') : decided('point', 'usual');
}

const isFigure = (v: RawRow['value']): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.trim() !== ':';

/**
 * A text reader's rows under the file's convention: each row told its decimal mark, or, for a file
 * that mixes both, no rows and one error that offers the choice.
 */
export function withNumberConvention(
  read: ReadResult,
  delimiter: string,
  chosen?: DecimalMark,
): ReadResult {
  const figures = read.rows.flatMap((r) =>
    isFigure(r.value)
      ? [{ line: r.line, text: r.value.trim(), ...(r.thousands ? { thousands: true } : {}) }]
      : [],
  );
  const numbers = decideConvention(figures, delimiter, chosen);
  if (numbers.kind === 'mixed') {
    return {
      ...read,
      rows: [],
      refused: (read.refused ?? 0) + read.rows.length,
      issues: [...read.issues, mixedIssue(numbers, read.headerLine ?? 1)],
      numbers,
    };
  }
  const rows =
    numbers.decimal === 'comma'
      ? read.rows.map((r) => ({ ...r, decimal: 'comma' as const }))
      : read.rows;
  return { ...read, rows, numbers };
}

export function mixedIssue(mixed: MixedConventions, line: number): ReadIssue {
  const { comma, point } = mixed;
  return issueOf(
    line,
    'value',
    phrase('convention.mixed', {
      comma: clipText(comma.text),
      commaLine: comma.line,
      point: clipText(point.text),
      pointLine: point.line,
    }),
  );
}
