import { lazy, type FunctionComponent, type JSX } from 'react';

/** When a part's chunk is fetched: at once (the first view needs it), or once the pane is idle. */
export type PreloadWhen = 'now' | 'idle';

/** The parts waiting for the pane to be idle, in the order they were declared. */
const waiting: (() => Promise<unknown>)[] = [];
let idleStarted = false;

/** Every part declared, to fetch them all at once (allPreloaded). */
const every: (() => Promise<unknown>)[] = [];

/** The browser's idle callback where there is one (not in Safari), else the next task. */
function whenIdle(run: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => number })
    .requestIdleCallback;
  if (idle) idle(run);
  else setTimeout(run, 0);
}

/** Fetches the next waiting chunk in an idle moment, and the one after only once it has arrived. */
function next(): void {
  const load = waiting.shift();
  if (!load) return;
  whenIdle(() => void load().then(next, next));
}

/**
 * Starts fetching the parts declared `idle`, one at a time, each in a moment the main thread has
 * nothing else to do: called once the pane is on screen, so that no tab's code competes with the
 * first paint or the analyst's first keystrokes, yet each tab is usually there before it is asked for.
 */
export function preloadWhenIdle(): void {
  if (idleStarted) return;
  idleStarted = true;
  next();
}

/**
 * Fetches every part not fetched yet, at once, and resolves once all have arrived or failed: for a
 * caller that must know the pane's code is all there (a test clicking a tab at once, say).
 */
export async function allPreloaded(): Promise<void> {
  await Promise.allSettled(every.map((start) => start()));
}

/**
 * A component whose code is a separate chunk, fetched as soon as this module loads (`now`, while
 * Office starts) or once the pane is idle (`idle`, see preloadWhenIdle), so the pane paints without
 * it and it is usually there before anyone asks for it. Once loaded it renders at once; before
 * that, through React.lazy (the caller supplies a Suspense), which fetches it if it has not started.
 */
export function preloaded<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => (props: P) => JSX.Element | null,
  when: PreloadWhen = 'now',
): FunctionComponent<P> {
  let ready: FunctionComponent<P> | undefined;
  let loading: Promise<{ default: FunctionComponent<P> }> | undefined;
  const start = () => {
    loading ??= load().then((module) => {
      const component = pick(module);
      ready = component;
      return { default: component };
    });
    // A chunk that fails to arrive is reported where it is shown (see LoadBoundary), not as an
    // unhandled rejection at start.
    loading.catch(() => undefined);
    return loading;
  };
  every.push(start);
  if (when === 'now') start();
  else waiting.push(start);
  const Lazy = lazy(start);
  function Preloaded(props: P) {
    const Ready = ready;
    const all = props as P & JSX.IntrinsicAttributes;
    return Ready ? <Ready {...all} /> : <Lazy {...all} />;
  }
  return Preloaded;
}
