import { draftFromPreset, initialState, type PaneState } from '../../src/taskpane/state';
import { examplePledging } from './pledging';

/** The 2026 pool as the Council adopted it, the illustrative round, compared with the 2027 proposal. */
export function adopted2026(): PaneState {
  const preset = draftFromPreset('2026-council');
  return {
    ...initialState(),
    vintage: '2026-reference',
    scenario: preset,
    pledging: examplePledging(preset.participants),
    includePledges: true,
    compareWith: {
      id: 'preset:2027-proposal',
      label: '2027 Commission proposal at the minima',
      vintage: 'first-estimates-2026',
      draft: draftFromPreset('2027-proposal'),
    },
  };
}
