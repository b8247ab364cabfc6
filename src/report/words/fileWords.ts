import type { ConventionDecision } from '../../data';
import type { FormatNumber } from '../../data/reasons/say';
import type { Words } from './words';

/**
 * How a file's numbers were read, in words (the pane's review, the command line's note): the
 * convention and why, and how many figures it refuses as meaning two numbers. Numbers by
 * `formatNumber` (the pane's culture; the command line's as JavaScript writes them): a line as it
 * is named, never grouped; a count grouped.
 */
export function conventionInWords(
  w: Words,
  numbers: ConventionDecision,
  formatNumber: FormatNumber = String,
): string {
  const line = (n: number) => formatNumber(n, { names: true });
  if (numbers.kind === 'mixed') {
    return w.t('files.decimal.mixed', {
      comma: numbers.comma.text,
      commaLine: line(numbers.comma.line),
      point: numbers.point.text,
      pointLine: line(numbers.point.line),
    });
  }
  const example = numbers.example
    ? { figure: numbers.example.text, line: line(numbers.example.line) }
    : undefined;
  let why: string;
  if (numbers.why === 'chosen') {
    why = w.t(
      numbers.decimal === 'comma' ? 'files.decimal.chosenComma' : 'files.decimal.chosenPoint',
    );
  } else if (numbers.why === 'semicolon') {
    why = example ? w.t('files.decimal.semicolonExample', example) : w.t('files.decimal.semicolon');
  } else if (numbers.why === 'only-way' && example) {
    why = w.t(
      numbers.decimal === 'comma' ? 'files.decimal.onlyComma' : 'files.decimal.onlyPoint',
      example,
    );
  } else why = w.t('files.decimal.usual');
  const n = numbers.ambiguous;
  return n > 0 ? `${why} ${w.plural('files.decimal.ambiguous', n, { n: formatNumber(n) })}` : why;
}
