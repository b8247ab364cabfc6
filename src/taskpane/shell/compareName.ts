import { findPreset } from '../../data';
import type { Words } from '../../report/words';
import type { CompareTarget } from '../state';
import { poolName } from './poolWords';

/**
 * Scenario B of a comparison as the pane names it (issue 16): a pool by the name the Scenario tab
 * offers it under, in the pane's language; a saved scenario by the name it was saved under.
 */
export function compareName(target: CompareTarget, w: Words): string {
  return target.id.startsWith('preset:')
    ? poolName(findPreset(target.id.slice('preset:'.length)), w)
    : target.label;
}
