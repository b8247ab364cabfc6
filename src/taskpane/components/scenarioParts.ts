import { makeStyles, tokens } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import type { IndicatorSet } from '../../data';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';

/** What both parts of the Scenario tab are drawn from. */
export interface ScenarioProps {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
  /** The data in use, as the pane composed it once; else composed from the state. */
  readonly data?: IndicatorSet;
}

/** The Scenario tab's layout, shared by its first part and the part drawn after it (ScenarioMore). */
export const useScenarioStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  caveats: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
});
