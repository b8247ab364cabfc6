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
import { useWords } from '../words';
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
  const options = [
    ...PRESETS.map((p) => ({
      id: `preset:${p.id}`,
      label: w.t('compare.preset', { label: p.label }),
    })),
    ...Object.keys(saved).map((name) => ({
      id: `saved:${name}`,
      label: w.t('compare.saved', { name }),
    })),
  ];
  const labelA = nameOf(state);
  const select = (id: string) => {
    const label = options.find((o) => o.id === id)?.label ?? id;
    let target: CompareTarget | undefined;
    if (id.startsWith('preset:')) {
      const preset = findPreset(id.slice('preset:'.length));
      target = { id, label, vintage: preset.vintage, draft: draftFromPreset(preset.id) };
    } else {
      const name = id.slice('saved:'.length);
      const entry = parseSavedScenario(saved[name]);
      if (!entry) {
        dispatch({ type: 'status', status: damagedScenario(name, 'Not compared') });
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
        ...(state.compareWith ? { labelB: state.compareWith.label } : {}),
        ...(labelA ? { labelA } : {}),
      }}
    />
  );
}

/** Scenario A by the pool it is, while it is that pool as bundled; else none ("This scenario"). */
function nameOf(state: PaneState): string | undefined {
  const preset = presetOf(state.scenario);
  const untouched =
    state.replacements.length === 0 &&
    JSON.stringify(state.scenario) === JSON.stringify(draftFromPreset(preset.id));
  return untouched ? preset.label : undefined;
}
