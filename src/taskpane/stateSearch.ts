import { stateName } from '../core';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * Whether a state answers what the analyst typed: its code ("fr" finds France) or the start of a
 * word of its name ("Nor" finds Norway, "lands" nothing, "neth" the Netherlands), ignoring case and
 * accents.
 */
export function matchesState(code: string, query: string): boolean {
  const q = fold(query);
  if (q === '') return true;
  if (fold(code).startsWith(q)) return true;
  return fold(stateName(code))
    .split(/[\s-]+/)
    .some((word) => word.startsWith(q));
}
