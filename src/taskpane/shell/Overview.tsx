import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { findPreset, VINTAGES } from '../../data';
import { displayLocale } from '../locale';
import type { PaneState } from '../state';
import { ENGLISH, type Words } from '../../report/words';
import { useWords } from '../words';
import { partsInWords, type PanePart } from './paneKey';
import { poolName } from './poolWords';
import { preloaded } from '../preload';

// The pool choice (Fluent's RadioGroup) is a chunk of its own, fetched at once: the first paint
// stays under its budget (issue 16) and shows the steps while it arrives.
const PoolChoice = preloaded(
  () => import(/* webpackChunkName: "pool-choice" */ './PoolChoice'),
  (m) => m.PoolChoice,
);

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    listStyleType: 'none',
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  number: {
    flexShrink: 0,
    width: '20px',
    height: '20px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  step: {
    minWidth: 0,
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '2px',
    paddingBottom: tokens.spacingVerticalXS,
  },
  // A step is a button that looks like one (issue 16): bordered, its title left-aligned.
  button: { minWidth: 0, maxWidth: '100%', justifyContent: 'flex-start', textAlign: 'start' },
  poolHeading: { fontWeight: tokens.fontWeightSemibold },
  // The choice's height while its chunk arrives: the steps below do not jump.
  pending: { minHeight: '240px' },
});

export type Step = 'data' | 'scenario' | 'pledges' | 'write' | 'share';

export interface WorkbookState {
  /** When the tables were last written from this pane; undefined if not yet in this session. */
  readonly writtenAt?: Date;
  readonly written: boolean;
  readonly behind: readonly PanePart[];
}

function time(d: Date): string {
  return d.toLocaleTimeString(displayLocale(), { hour: '2-digit', minute: '2-digit' });
}

/** The workbook against the pane, in words that are always true. */
export function workbookInWords(wb: WorkbookState, w: Words = ENGLISH): string {
  if (!wb.written) return w.t('workbook.notWritten');
  const at = wb.writtenAt ? time(wb.writtenAt) : undefined;
  if (wb.behind.length === 0) {
    return at ? w.t('workbook.upToDateAt', { time: at }) : w.t('workbook.upToDate');
  }
  const parts = partsInWords(wb.behind, w);
  return at ? w.t('workbook.behindAt', { parts, time: at }) : w.t('workbook.behind', { parts });
}

interface Props {
  readonly state: PaneState;
  readonly workbook: WorkbookState;
  readonly onGo: (step: Step) => void;
  /** Whether the analyst chose the pool (the default one is nobody's choice). */
  readonly poolChosen: boolean;
  readonly onChoosePool: (id: string) => void;
  /** Each new value moves focus to the pool choice. */
  readonly focusPool?: number;
}

/**
 * The order of work, each step with where it stands: the pane's first view. Which pool comes
 * first, chosen in words; the other steps are buttons leading to their tab.
 */
export function Overview({ state, workbook, onGo, poolChosen, onChoosePool, focusPool }: Props) {
  const s = useStyles();
  const vintage = VINTAGES.find((v) => v.id === state.vintage);
  const replaced = state.replacements.length;
  const scenario = state.scenario;
  const preset = scenario.presetId ? findPreset(scenario.presetId) : undefined;
  const w = useWords();
  const count = (n: number) => ({ n: String(n) });
  const name = vintage ? (vintage.label.split(' (')[0] ?? vintage.label) : state.vintage;
  const pledged = state.pledging?.pledges.length ?? 0;
  const steps: { id: Step; title: string; now: string }[] = [
    {
      id: 'data',
      title: w.t('overview.data'),
      now:
        replaced > 0
          ? w.plural('overview.dataReplaced', replaced, { vintage: name, ...count(replaced) })
          : w.t('overview.dataBundled', { vintage: name }),
    },
    {
      id: 'scenario',
      title: w.t('overview.scenario'),
      now: !poolChosen
        ? w.t('pool.none')
        : w.t('overview.scenarioNow', {
            scenario: preset ? poolName(preset, w) : w.t('overview.scenarioOwn'),
            ...count(scenario.participants.length),
          }),
    },
    {
      id: 'pledges',
      title: w.t('overview.pledges'),
      now: !state.pledging
        ? w.t('overview.pledgesNone')
        : w.plural(
            state.includePledges ? 'overview.pledgesNow' : 'overview.pledgesOut',
            pledged,
            count(pledged),
          ),
    },
    {
      id: 'write',
      title: w.t('overview.write'),
      now: poolChosen ? workbookInWords(workbook, w) : w.t('pool.chooseToWrite'),
    },
    { id: 'share', title: w.t('overview.share'), now: w.t('overview.shareNow') },
  ];
  return (
    <nav aria-labelledby="overview-heading">
      <Text id="overview-heading" as="h2" className={s.heading} weight="semibold" size={300}>
        {w.t('overview.heading')}
      </Text>
      <ol className={s.list}>
        <li className={s.item}>
          <span className={s.number} aria-hidden="true">
            1
          </span>
          <span className={s.step}>
            <Text id="pool-heading" className={s.poolHeading} size={300}>
              {w.t('pool.heading')}
            </Text>
            <Suspense fallback={<div className={s.pending} />}>
              <PoolChoice
                chosen={poolChosen ? scenario.presetId || undefined : undefined}
                onChoose={onChoosePool}
                labelledBy="pool-heading"
                {...(focusPool !== undefined ? { focusRequest: focusPool } : {})}
              />
            </Suspense>
          </span>
        </li>
        {steps.map((step, n) => (
          <li key={step.id} className={s.item}>
            <span className={s.number} aria-hidden="true">
              {n + 2}
            </span>
            <span className={s.step}>
              <Button className={s.button} size="small" onClick={() => onGo(step.id)}>
                {step.title}
              </Button>
              <Caption1>{step.now}</Caption1>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
