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
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  chosenLanguage,
  ENGLISH,
  loadEnglishTabWords,
  loadWords,
  type LanguageChoice,
  type Words,
} from '../report/words';
import { activeData } from './activeData';
import type { ImplementationDraft } from './implementation';
import { DataTab } from './components/DataTab';
import { preloaded, preloadWhenIdle } from './preload';
import type { PaneServices } from './services';
import { LoadBoundary } from './shell/LoadBoundary';
import { Overview, workbookInWords, type Step, type WorkbookState } from './shell/Overview';
import { PaneFooter } from './shell/PaneFooter';
import { PaneHeader, type TabId } from './shell/PaneHeader';
import { changedParts, paneKey, type PaneKey } from './shell/paneKey';
import type { WrittenBefore } from './restore';
import { canRedo, canUndo, historyReducer, initialHistory, type HistoryAction } from './history';
import {
  isReplacing,
  replacedStatus,
  whatItReplaces,
  type Replaced,
  type ReplacingAction,
} from './replacing';
import { initialState, type Action, type PaneState, type Status } from './state';
import { officeDisplayLanguage, storeLanguageChoice, storedLanguageChoice } from './languageChoice';
import { WordsContext } from './words';
import { useNumberCulture } from './numberCulture';
import { SeparatorNote } from './components/SeparatorNote';
import { HELD_MARGIN } from './components/heldInView';

/** A tab's code with its English words (not in the first paint: en/tabs.ts). */
const withTabWords = <M,>(tab: Promise<M>): Promise<M> =>
  Promise.all([tab, loadEnglishTabWords()]).then(([m]) => m);

// The first view (the Data tab) is in the first paint; the other tabs and the dialogs are chunks
// of their own, fetched one by one once the pane is on screen and idle (ScenarioTab carries the
// state pickers, Results and writing the report builder, Share the copy).
const ScenarioTab = preloaded(
  () => withTabWords(import('./components/ScenarioTab')),
  (m) => m.ScenarioTab,
  'idle',
);
const PledgesTab = preloaded(
  () => withTabWords(import('./components/PledgesTab')),
  (m) => m.PledgesTab,
  'idle',
);
const ImplementationTab = preloaded(
  () => withTabWords(import('./components/ImplementationTab')),
  (m) => m.ImplementationTab,
  'idle',
);
const ResultsTab = preloaded(
  () => withTabWords(import('./components/ResultsTab')),
  (m) => m.ResultsTab,
  'idle',
);
const ShareTab = preloaded(
  () => withTabWords(import('./components/ShareTab')),
  (m) => m.ShareTab,
  'idle',
);
const ConflictDialog = preloaded(
  () => import('./components/ConflictDialog'),
  (m) => m.ConflictDialog,
  'idle',
);
const ReplaceDialog = preloaded(
  () => withTabWords(import('./components/ReplaceDialog')),
  (m) => m.ReplaceDialog,
  'idle',
);

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
  const [words, setWords] = useState(initialWords);
  const [languageChoice, setLanguageChoice] = useState<LanguageChoice>(storedLanguageChoice);
  const office = officeDisplayLanguage();
  const chooseLanguage = useCallback(
    (choice: LanguageChoice) => {
      setLanguageChoice(choice);
      storeLanguageChoice(choice);
      // A language whose chunk cannot be fetched leaves the pane in the one it is in.
      loadWords(chosenLanguage(choice, office)).then(setWords, () => undefined);
    },
    [office],
  );
  useEffect(() => {
    // The page's language, for screen readers, hyphenation and axe.
    document.documentElement.lang = words.language;
  }, [words.language]);
  const w = words;
  // Excel's separators for every number read and shown (excel-rules.md rule 6).
  useNumberCulture(services.numberCulture);
  const [history, send] = useReducer(historyReducer, initial, (i) =>
    initialHistory(i ?? initialState()),
  );
  const state = history.present;
  // Writing is offered once the analyst chose a pool (issue 16): the default is nobody's choice;
  // a workbook with tables written from its last scenario was chosen in an earlier session.
  const [poolChosen, setPoolChosen] = useState(initialPoolChosen);
  const apply = useCallback((action: HistoryAction) => {
    if (action.type === 'preset' || action.type === 'scenario') setPoolChosen(true);
    send(action);
  }, []);
  // Anything that would replace what the analyst entered asks first (issue 16).
  const [asking, setAsking] = useState<{ action: ReplacingAction; replaced: Replaced[] }>();
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  });
  const dispatch = useCallback(
    (action: Action) => {
      if (isReplacing(action)) {
        const replaced = whatItReplaces(current.current, action);
        if (replaced.length > 0) {
          setAsking({ action, replaced });
          return;
        }
      }
      apply(action);
    },
    [apply],
  );
  const decide = (decision: 'keep' | 'replace' | 'cancel') => {
    const a = asking;
    setAsking(undefined);
    if (!a || decision === 'cancel') return;
    apply({ ...a.action, keep: decision === 'keep' });
    send({ type: 'status', status: replacedStatus(a.action, a.replaced, decision, w) });
  };
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

  // What the workbook holds, against what the pane shows now.
  // The state the tables were written from too, where the pane knows it, for a copy of what the
  // workbook holds (issue 16); not when a pledging round from an earlier session is in the workbook.
  const [written, setWritten] = useState<
    { key: PaneKey; at?: Date; state?: PaneState } | undefined
  >(() => {
    if (!initialWritten) return undefined;
    const key = paneKey(initial ?? initialState());
    // A pledging round is in the workbook but not in the pane: the pledges differ.
    return initialWritten === 'with-pledges'
      ? { key: { ...key, pledges: 'in the workbook' } }
      : { key, state: initial ?? initialState() };
  });
  const { scenario, pledging, includePledges } = state;
  const key = useMemo(
    () => paneKey({ vintage, replacements, scenario, pledging, includePledges }),
    [vintage, replacements, scenario, pledging, includePledges],
  );
  const workbook: WorkbookState = {
    written: written !== undefined,
    ...(written?.at ? { writtenAt: written.at } : {}),
    behind: written ? changedParts(written.key, key) : [],
  };

  // Messages belong where they were raised: a write's outcome in the footer everywhere, any other
  // message on its own tab only.
  const [writeStatus, setWriteStatus] = useState<Status>();
  const [origin, setOrigin] = useState({ status: state.status, tab, key });
  if (origin.status !== state.status) {
    // An outcome belongs where its action started, even if the analyst moved on meanwhile.
    setOrigin({
      status: state.status,
      tab: origin.status.kind === 'busy' ? origin.tab : tab,
      key,
    });
  }
  const fromWrite = state.status === writeStatus;
  // A message never outlives the data it describes: once the data, the scenario or the pledges
  // change, "Population loaded" or "Pool switched, Undo brings it back" no longer holds.
  const stale = changedParts(origin.key, key).length > 0;
  const shown = visibleStatus(state.status, fromWrite, origin.tab === tab, workbook, stale);

  const report = (status: Status) => {
    setWriteStatus(status);
    dispatch({ type: 'status', status });
  };

  const generate = async (decision?: 'replace' | 'beside') => {
    dispatch({ type: 'conflicts', conflicts: undefined });
    report({ kind: 'busy', label: w.t('shell.writing') });
    const writing = paneKey(state);
    // The report builder and the writer load with the first write: not part of the first paint.
    const { runGeneration } = await import(/* webpackChunkName: "write" */ './generate');
    const result = await runGeneration(state, services, decision, implementation);
    let status = result.status;
    if (result.conflicts) dispatch({ type: 'conflicts', conflicts: result.conflicts });
    else if (status.kind === 'done' && status.intent !== 'error') {
      setWritten({ key: writing, at: services.now(), state });
      if (decision === 'beside') {
        // Which set is now the tool's: the analyst must know where later writes go.
        status = {
          ...status,
          intent: 'info',
          body: `${status.body} ${w.t('shell.besideNote')}`,
        };
      }
    }
    report(status);
  };

  // The footer's callbacks, stable across keystrokes so that it is not drawn again for each.
  const latestGenerate = useRef(generate);
  useLayoutEffect(() => {
    latestGenerate.current = generate;
  });
  const write = useCallback(() => void latestGenerate.current(), []);
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
                onDecide={(d) => {
                  if (d === 'cancel') {
                    dispatch({ type: 'conflicts', conflicts: undefined });
                    report({
                      kind: 'done',
                      intent: 'info',
                      title: w.t('shell.nothingWritten'),
                      body: w.t('shell.editsKept'),
                    });
                  } else void generate(d);
                }}
              />
            </Suspense>
          </LoadBoundary>
        )}
      </div>
    </WordsContext.Provider>
  );
}

/**
 * The message the footer shows: a write's outcome unless the pane changed since (the workbook line
 * then says what is behind), a tab's own message on its tab only while what it describes holds,
 * and progress always.
 */
function visibleStatus(
  status: Status,
  fromWrite: boolean,
  onItsTab: boolean,
  workbook: WorkbookState,
  stale: boolean,
): Status | undefined {
  if (status.kind === 'idle') return undefined;
  if (status.kind === 'busy') return status;
  if (fromWrite)
    return status.intent !== 'error' && workbook.behind.length > 0 ? undefined : status;
  // An error says what failed and stays until dismissed; any other outcome goes with its data.
  if (stale && status.intent !== 'error') return undefined;
  return onItsTab ? status : undefined;
}
