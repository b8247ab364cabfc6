import { clipText as clip, parseStrictNumber } from '../data';
import { UsageError } from './options';

/**
 * A figure of the command line, read strictly (src/data/numbers.ts): digits, one decimal point, an
 * optional exponent, `_` between digits as a separator (30_000); finite and above zero.
 */
export function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const read = parseStrictNumber(raw.replace(/(?<=\d)_(?=\d)/g, ''));
  if (!read.ok) {
    throw new UsageError(`--${name}: ${read.reason}`);
  }
  if (read.value <= 0) {
    throw new UsageError(`--${name} must be a number above zero, got "${clip(raw)}".`);
  }
  return read.value;
}

/** Art. 12(2) counts relocations in persons: a total given on the command line is a whole number. */
export function wholeRelocations(
  raw: string | undefined,
  name = 'relocations',
): number | undefined {
  const n = positive(name, raw);
  if (n !== undefined && !Number.isInteger(n)) {
    throw new UsageError(
      `--${name} must be a whole number of persons (Art. 12(2)), got "${clip(raw!)}": write ${Math.floor(n) || 1} or ${Math.ceil(n)}.`,
    );
  }
  return n;
}
