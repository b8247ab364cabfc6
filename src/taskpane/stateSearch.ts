import { stateName } from '../core';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * Whether a state answers what the analyst typed: its code ("fr" finds France) or the start of a
 * word of its name, in English or in the pane's language (`shown`: "Nor" finds Norway, "Allem"
 * Allemagne, "lands" nothing, "neth" the Netherlands), ignoring case and accents.
 */
export function matchesState(code: string, query: string, shown?: string): boolean {
  const q = fold(query);
  if (q === '') return true;
  if (fold(code).startsWith(q)) return true;
  return [stateName(code), ...(shown ? [shown] : [])].some((name) =>
    fold(name)
      .split(/[\s-]+/)
      .some((word) => word.startsWith(q)),
  );
}
