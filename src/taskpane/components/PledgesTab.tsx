import { Caption1, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { memo, useDeferredValue, useMemo, type Dispatch } from 'react';
import type { IndicatorSet } from '../../data';
import { displayLocale, formatNumber } from '../locale';
import { useWords } from '../words';
import { useResults } from '../results';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { KeepTogether } from './KeepTogether';
import { art63PaneLines } from './art63PaneLines';
import { PledgeGrid } from './PledgeGrid';
import { PledgeSources } from './PledgeSources';
import { PoolSummary } from './PoolSummary';
import { usePoolAsPledged } from './poolAsPledged';
import { isTyping, typingFlag } from './typingFlag';

export { CSV_COLUMNS } from './PledgeSources';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
  /** The data in use, as the pane composed it once; else composed from the state. */
  readonly data?: IndicatorSet;
}

/** The pledging round: loaded from the worked example, a file or the workbook's Pledges table. */
export function PledgesTab({ state, dispatch, services, data }: Props) {
  const s = useStyles();
  const w = useWords();
  const locale = useMemo(() => displayLocale(), []);
  // The round's consequences on the current scenario: computed as typed, never written. A typed
  // figure reaches the state as a transition (NumberField), any other change (a paste, a switch)
  // urgently: either way they are computed after the change's own frame (React's deferred value),
  // so that what the analyst did shows at once and the balances and the pool summary follow.
  const later = useDeferredValue(state);
  const results = useResults(later, data);
  const art63 = results.ok ? results.results.art63 : undefined;
  // The pool as the pledges stand, in view beside the grid from the start (issue 16).
  const summary = usePoolAsPledged(later, data, results);
  // The summary is announced once a cell is left, not after each digit (PoolSummary).
  const typing = useMemo(typingFlag, []);
  const lines = useMemo(
    () => art63 && art63PaneLines(art63, (n) => formatNumber(n, locale), w),
    [art63, locale, w],
  );

  return (
    <div className={s.section}>
      <PledgeSources
        participants={state.scenario.participants}
        busy={state.status.kind === 'busy'}
        dispatch={dispatch}
        services={services}
      />
      {/* The round's section comes with its figures (the first pledge typed makes the round). */}
      {later.pledging && (
        <RoundSection
          source={later.pledging.source}
          lines={lines}
          includePledges={state.includePledges}
          dispatch={dispatch}
        />
      )}
      <section
        aria-labelledby="grid-heading"
        className={s.section}
        onInput={(e) => isTyping(e.target) && typing.typed()}
        onBlur={typing.left}
      >
        <Text id="grid-heading" as="h2" weight="semibold" size={300}>
          {w.t('pledges.perState')}
        </Text>
        <Caption1>{w.t('pledges.perStateHint')}</Caption1>
        <PledgeGrid state={state} dispatch={dispatch} results={results} />
      </section>
      <PoolSummary
        pools={summary.ok ? summary.results.pools : undefined}
        art63={summary.ok ? summary.results.art63 : undefined}
        locale={locale}
        typing={typing}
      />
    </div>
  );
}

interface RoundProps {
  readonly source: string;
  readonly lines: readonly string[] | undefined;
  readonly includePledges: boolean;
  readonly dispatch: Dispatch<Action>;
}

/** The round's source, Art. 63 in words and whether it goes into the tables: not redrawn per keystroke. */
const RoundSection = memo(function RoundSection({
  source,
  lines,
  includePledges,
  dispatch,
}: RoundProps) {
  const s = useStyles();
  const w = useWords();
  return (
    <section aria-labelledby="round-heading" className={s.section}>
      <Text id="round-heading" as="h2" weight="semibold" size={300}>
        {w.t('pledges.round')}
      </Text>
      <Caption1>
        {/* The round's source as it goes into the workbook: in English, marked so. */}
        {w.t('pledges.from', { source: '\u0000' }).split('\u0000')[0]}
        <span lang="en">{source}</span>
        {w.t('pledges.from', { source: '\u0000' }).split('\u0000')[1]}
      </Caption1>
      {lines && (
        // Art. 63 in the pane's language (art63PaneLines), as the Results tab says it.
        <ul className={s.list}>
          {/* Keyed by place, not by text: a keystroke changes the figures in a line, and a line
              keyed by its text was taken down and built again each time (issue 16's keystroke). */}
          {lines.map((line, i) => (
            <li key={i}>
              <Text size={200}>
                <KeepTogether text={line} />
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Switch
        checked={includePledges}
        label={w.t('pledges.include')}
        onChange={(_, d) => dispatch({ type: 'includePledges', on: d.checked })}
      />
    </section>
  );
});
