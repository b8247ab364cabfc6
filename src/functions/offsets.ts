import { DEFAULT_EUR_PER_RELOCATION } from '../core';
import { grid, mapGrid, optionalNumber, type Result } from './args';
import { toNonNegative, toPositive } from './cellValue';

const E = 'eur_per_relocation';

/** Recital 15: one relocation, and one responsibility offset (Art. 63), is worth EUR 20,000 by default. */
function eurPerRelocation(value: unknown): number {
  return optionalNumber(value, E, toPositive) ?? DEFAULT_EUR_PER_RELOCATION;
}

/** EUPACT.OFFSET_VALUE: relocations or responsibility offsets valued in euros. */
export function offsetValueFunction(count: unknown, eurPerRelocationArg: unknown): Result {
  const rate = eurPerRelocation(eurPerRelocationArg);
  return mapGrid(grid(count, 'count'), 'count', (v, where) => toNonNegative(v, where) * rate);
}

/** EUPACT.OFFSET_COUNT: how many relocations (or offsets) an amount in euros is worth. */
export function offsetCountFunction(eur: unknown, eurPerRelocationArg: unknown): Result {
  const rate = eurPerRelocation(eurPerRelocationArg);
  return mapGrid(grid(eur, 'eur'), 'eur', (v, where) => toNonNegative(v, where) / rate);
}
