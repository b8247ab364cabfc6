import type { AlternativeRequested } from '../core';
import { clipText } from './numbers';

/**
 * The cell saying whether a benefitting state requested a state's alternative measures (Art. 65(1):
 * "based on a specific request"): yes, no or not yet; empty is not yet. Measures not requested in
 * the year are converted into financial contributions (Art. 57(4)).
 */
export function parseAlternativeRequested(
  cell: string,
): { ok: true; value: AlternativeRequested | undefined } | { ok: false; reason: string } {
  const t = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (t === '') return { ok: true, value: undefined };
  if (['yes', 'y', 'true'].includes(t)) return { ok: true, value: 'yes' };
  if (['no', 'n', 'false'].includes(t)) return { ok: true, value: 'no' };
  if (['not yet', 'notyet', 'pending'].includes(t)) return { ok: true, value: 'not-yet' };
  return {
    ok: false,
    reason: `"${clipText(cell.trim())}" is not yes, no or not yet (Art. 65(1): a specific request of the benefitting state).`,
  };
}
