import { PRESETS, type Preset } from '../../data';
import type { TextKey, Words } from '../../report/words';

/**
 * The pools in the analyst's words (issue 16): a name and its status for each preset the pane
 * offers, never its id; the adopted pool first, then the proposals, then the tool's own.
 */
const WORDS: Readonly<Record<string, readonly [name: TextKey, status: TextKey]>> = {
  '2026-council': ['pool.2026-council.name', 'pool.2026-council.status'],
  '2026-proposal': ['pool.2026-proposal.name', 'pool.2026-proposal.status'],
  '2027-proposal': ['pool.2027-proposal.name', 'pool.2027-proposal.status'],
  latest: ['pool.latest.name', 'pool.latest.status'],
};

const ORDER = Object.keys(WORDS);

/** These keys have no {holes}: the words as they are. */
const say = (w: Words, key: TextKey): string => (w.t as (k: TextKey) => string)(key);

/** The presets in the order the pane offers them: those with words first, as listed above. */
export function poolsInOrder(): readonly Preset[] {
  const rank = (p: Preset) => (ORDER.includes(p.id) ? ORDER.indexOf(p.id) : ORDER.length);
  return [...PRESETS].sort((a, b) => rank(a) - rank(b));
}

/** "2026 pool as adopted by the Council"; a preset without words here, its own label. */
export function poolName(preset: Preset, w: Words): string {
  const keys = WORDS[preset.id];
  return keys ? say(w, keys[0]) : preset.label;
}

/** What the pool is and where it stands (adopted, proposed, the tool's minima). */
export function poolStatus(preset: Preset, w: Words): string {
  const keys = WORDS[preset.id];
  return keys ? say(w, keys[1]) : preset.description;
}
