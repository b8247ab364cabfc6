import {
  Caption1,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import {
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { ENGLISH, type Words } from '../report/words';
import { activeData } from './activeData';
import type { ImplementationDraft } from './implementation';
import { DataTab } from './components/DataTab';
import { preloadWhenIdle } from './preload';
import type { PaneServices } from './services';
import { LoadBoundary } from './shell/LoadBoundary';
import { Overview, workbookInWords, type Step } from './shell/Overview';
import { PaneFooter } from './shell/PaneFooter';
import { PaneHeader, type TabId } from './shell/PaneHeader';
import {
  ConflictDialog,
  ImplementationTab,
  PledgesTab,
  ReplaceDialog,
  ResultsTab,
  ScenarioTab,
  ShareTab,
} from './shell/parts';
import { useShownStatus } from './shell/shownStatus';
import { useAskFirst } from './shell/useAskFirst';
import { usePaneLanguage } from './shell/usePaneLanguage';
import { useWorkbookState } from './shell/useWorkbookState';
import { useWriteTables } from './shell/useWriteTables';
import type { WrittenBefore } from './restore';
import { canRedo, canUndo, historyReducer, initialHistory } from './history';
import { initialState, type PaneState } from './state';
import { WordsContext } from './words';
import { useNumberCulture } from './numberCulture';
import { SeparatorNote } from './components/SeparatorNote';
import { HELD_MARGIN } from './components/heldInView';

const useStyles = makeStyles({
  // Header (title and tabs) and footer stay put; only the body scrolls, so neither the tabs nor a
  // focused field can end up out of sight or under the footer.
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    // Clear of what is held at the top and the bottom (sticky column headers, the pool summary):
    // each adds its height to this padding while it is held (heldInView).
    scrollPaddingTop: HELD_MARGIN,
    scrollPaddingBottom: HELD_MARGIN,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

interface Props {
  readonly services: PaneServices;
  readonly initial?: PaneState;
  /** The workbook holds tables written from `initial` (the pane reopened on its last scenario). */
  readonly initialWritten?: WrittenBefore;
  /** The words the pane opens in (loaded before the first render: see index.tsx); else English. */
  readonly initialWords?: Words;
  /**
   * `initial` is a scenario the analyst chose (the last one saved in this workbook), so writing is
   * offered at once; by default, only when the workbook holds tables written from it.
   */
  readonly initialPoolChosen?: boolean;
}

/**
 * The pane under Fluent's theme. The provider sits above the pane's state, so it renders once: each
 * render of FluentProvider gives its overrides context a new object, which would draw again every
 * Fluent input of the pane on every keystroke (issue 16's keystroke budget).
 */
export function App(props: Props) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane {...props} />
    </FluentProvider>
  );
}

function Pane({
  services,
  initial,
  initialWritten = false,
  initialWords = ENGLISH,
  initialPoolChosen = initialWritten !== false,
}: Props) {
  const s = useStyles();
  const { words, languageChoice, office, chooseLanguage } = usePaneLanguage(initialWords);
  const w = words;
  // Excel's separators for every number read and shown (excel-rules.md rule 6).
  useNumberCulture(services.numberCulture);
  const [history, send] = useReducer(historyReducer, initial, (i) =>
    initialHistory(i ?? initialState()),
  );
  const state = history.present;
  // Anything that would replace what the analyst entered asks first (issue 16); writing is offered
  // once the analyst chose a pool (a workbook with tables written from its last scenario was
  // chosen in an earlier session).
  const { poolChosen, dispatch, asking, decide } = useAskFirst(state, send, initialPoolChosen, w);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    const type = k === 'z' && !e.shiftKey ? 'undo' : k === 'y' || k === 'z' ? 'redo' : undefined;
    if (!type) return;
    // The pane's undo, not the browser's (which cannot undo a controlled field).
    e.preventDefault();
    send({ type });
  };
  const [tab, setTab] = useState<TabId>('data');
  const body = useRef<HTMLElement>(null);
  // Each tab opens at its top (issue 16), not at the scroll position the previous tab left: scrolled
  // up before the new tab renders, while the page's layout is still the one on screen, so that
  // nothing makes the browser lay out the new tab in the middle of rendering it.
  const openTab = useCallback((next: TabId) => {
    const el = body.current;
    if (el && el.scrollTop !== 0) el.scrollTop = 0;
    setTab(next);
  }, []);
  // The footer's "Choose the pool" leads to the choice on the first view and focuses it.
  const [focusPool, setFocusPool] = useState(0);
  const choosePool = useCallback(() => {
    openTab('data');
    setFocusPool((n) => n + 1);
  }, [openTab]);
  const undo = useCallback(() => send({ type: 'undo' }), []);
  const redo = useCallback(() => send({ type: 'redo' }), []);
  // The year's implementation (issue 17): records, needs, typed distribution, findings.
  const [implementation, setImplementation] = useState<ImplementationDraft>();
  const writeButton = useRef<HTMLButtonElement>(null);
  // The moment the pane (not its placeholder) is on screen, for `npm run bench`.
  useEffect(() => {
    performance.mark?.('pane-ready');
    // The other tabs' code, now that the pane is on screen: not before (issue 16's budgets).
    preloadWhenIdle();
  }, []);
  const { vintage, replacements } = state;
  const data = useMemo(() => activeData({ vintage, replacements }), [vintage, replacements]);

  const { key, workbook, written, setWritten } = useWorkbookState(state, initial, initialWritten);
  const { shown, wrote } = useShownStatus(state.status, tab, key, workbook);

  const { generate, write, keepEdits } = useWriteTables({
    state,
    services,
    implementation,
    dispatch,
    wrote,
    setWritten,
    w,
  });
  const dismiss = useCallback(() => {
    dispatch({ type: 'status', status: { kind: 'idle' } });
    // The message and its close button go: keep keyboard focus in the footer.
    writeButton.current?.focus();
  }, [dispatch]);

  const go = (step: Step) => {
    if (step === 'write') {
      if (poolChosen) writeButton.current?.focus();
      else choosePool();
    } else openTab(step);
  };

  const panels: Record<TabId, () => ReactNode> = {
    data: () => (
      <>
        <Overview
          state={state}
          workbook={workbook}
          onGo={go}
          poolChosen={poolChosen}
          onChoosePool={(id) => dispatch({ type: 'preset', id })}
          focusPool={focusPool}
        />
        <DataTab state={state} data={data} dispatch={dispatch} services={services} />
      </>
    ),
    scenario: () => (
      <ScenarioTab
        state={state}
        dispatch={dispatch}
        services={services}
        data={data}
        poolChosen={poolChosen}
      />
    ),
    pledges: () => <PledgesTab state={state} dispatch={dispatch} services={services} data={data} />,
    implementation: () => (
      <ImplementationTab
        state={state}
        services={services}
        data={data}
        draft={implementation}
        onDraft={setImplementation}
        onShowFindings={() => openTab('results')}
      />
    ),
    results: () => <ResultsTab state={state} dispatch={dispatch} services={services} data={data} />,
    share: () => (
      <ShareTab
        state={state}
        dispatch={dispatch}
        services={services}
        implementation={implementation}
        workbook={workbook}
        {...(written?.state ? { written: written.state } : {})}
        // Writing is offered once a pool is chosen: before that, this leads to the choice.
        onWrite={() => (poolChosen ? void generate() : choosePool())}
      />
    ),
  };

  return (
    <WordsContext.Provider value={words}>
      <div className={s.root} onKeyDown={onKeyDown}>
        <PaneHeader
          tab={tab}
          onTab={openTab}
          languageChoice={languageChoice}
          office={office}
          onChooseLanguage={chooseLanguage}
          canUndo={canUndo(history)}
          canRedo={canRedo(history)}
          onUndo={undo}
          onRedo={redo}
        />
        <main ref={body} className={s.body} aria-label={w.t(`shell.tab.${tab}`)}>
          <SeparatorNote tab={tab} />
          <LoadBoundary key={tab}>
            <Suspense fallback={<Caption1>{w.t('shell.loading')}</Caption1>}>
              {panels[tab]()}
            </Suspense>
          </LoadBoundary>
        </main>
        <PaneFooter
          shown={shown}
          onDismiss={dismiss}
          line={poolChosen ? workbookInWords(workbook, w) : w.t('pool.chooseToWrite')}
          behind={workbook.behind.length > 0}
          poolChosen={poolChosen}
          secondary={tab === 'share'}
          busy={state.status.kind === 'busy'}
          onWrite={write}
          onChoosePool={choosePool}
          writeButton={writeButton}
        />
        {asking && (
          <LoadBoundary>
            <Suspense fallback={null}>
              <ReplaceDialog action={asking.action} replaced={asking.replaced} onDecide={decide} />
            </Suspense>
          </LoadBoundary>
        )}
        {state.conflicts && state.conflicts.length > 0 && (
          <LoadBoundary>
            <Suspense fallback={null}>
              <ConflictDialog
                conflicts={state.conflicts}
                onDecide={(d) => (d === 'cancel' ? keepEdits() : void generate(d))}
              />
            </Suspense>
          </LoadBoundary>
        )}
      </div>
    </WordsContext.Provider>
  );
}
