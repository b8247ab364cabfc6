import { useState, type Dispatch } from 'react';
import { findPreset, PRESETS, type IndicatorSet } from '../../data';
import { useComparison, useResults } from '../results';
import { damagedScenario, parseSavedScenario } from '../savedScenario';
import type { PaneServices } from '../services';
import {
  draftFromPreset,
  presetOf,
  type Action,
  type CompareTarget,
  type PaneState,
} from '../state';
import { compareName } from '../shell/compareName';
import { poolName } from '../shell/poolWords';
import { useWords } from '../words';
import type { Words } from '../../report/words';
import { ResultsView } from './ResultsView';

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
  readonly data: IndicatorSet;
}

/** The results of the scenario as it stands, and its comparison with a preset or a saved scenario. */
export function ResultsTab({ state, dispatch, services, data }: Props) {
  const w = useWords();
  const results = useResults(state, data);
  const compared = useComparison(state, results, data);
  // Read from the workbook's settings once per visit to the tab, not on every render.
  const [saved] = useState(() => services.savedScenarios());
  // The pools by the names the Scenario tab offers them under (issue 16), saved ones as saved.
  const options = [
    ...PRESETS.map((p) => ({ id: `preset:${p.id}`, label: poolName(p, w) })),
    ...Object.keys(saved).map((name) => ({
      id: `saved:${name}`,
      label: w.t('compare.saved', { name }),
    })),
  ];
  const labelA = nameOf(state, w);
  const select = (id: string) => {
    let target: CompareTarget | undefined;
    if (id.startsWith('preset:')) {
      const preset = findPreset(id.slice('preset:'.length));
      // The workbook's name for it (in English, as its sheets): the pool's name, never its id.
      const label = preset.label;
      target = { id, label, vintage: preset.vintage, draft: draftFromPreset(preset.id) };
    } else {
      const name = id.slice('saved:'.length);
      const label = name;
      const entry = parseSavedScenario(saved[name]);
      if (!entry) {
        dispatch({ type: 'status', status: damagedScenario(w, name, 'compared') });
        return;
      }
      target = { id, label, ...entry };
    }
    dispatch({ type: 'compareWith', target });
  };
  return (
    <ResultsView
      results={results}
      controls={{
        reconvenedForum: state.scenario.reconvenedForum === true,
        art63Cap: state.scenario.art63Cap ?? 'every-type',
        onReconvenedForum: (on) => dispatch({ type: 'reconvenedForum', on }),
        onArt63Cap: (reading) => dispatch({ type: 'art63Cap', reading }),
        onSystemicShortcoming: (code, on) => dispatch({ type: 'systemicShortcoming', code, on }),
      }}
      comparison={{
        options,
        selected: state.compareWith?.id,
        onSelect: select,
        onClear: () => dispatch({ type: 'compareWith', target: undefined }),
        ...compared,
        ...(state.compareWith ? { labelB: shownName(state.compareWith, w) } : {}),
        ...(labelA ? { labelA } : {}),
      }}
    />
  );
}

/** Scenario A by the pool it is, while it is that pool as bundled; else none ("This scenario"). */
function nameOf(state: PaneState, w: Words): string | undefined {
  const preset = presetOf(state.scenario);
  const untouched =
    state.replacements.length === 0 &&
    JSON.stringify(state.scenario) === JSON.stringify(draftFromPreset(preset.id));
  return untouched ? poolName(preset, w) : undefined;
}

/** Scenario B as the pane names it: a pool by its name, a saved scenario as saved. */
function shownName(target: CompareTarget, w: Words): string {
  return target.id.startsWith('preset:')
    ? compareName(target, w)
    : w.t('compare.saved', { name: target.label });
}
