import { lazy, type FunctionComponent, type JSX } from 'react';

/**
 * A component whose code is a separate chunk, fetched as soon as this module loads (while Office
 * starts), so the pane paints without it and it is usually there before anyone asks for it. Once
 * loaded it renders at once; before that, through React.lazy (the caller supplies a Suspense).
 */
export function preloaded<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => (props: P) => JSX.Element | null,
): FunctionComponent<P> {
  let ready: FunctionComponent<P> | undefined;
  const loading = load().then((module) => {
    const component = pick(module);
    ready = component;
    return { default: component };
  });
  // A chunk that fails to arrive is reported where it is shown (see LoadBoundary), not as an
  // unhandled rejection at start.
  loading.catch(() => undefined);
  const Lazy = lazy(() => loading);
  function Preloaded(props: P) {
    const Ready = ready;
    const all = props as P & JSX.IntrinsicAttributes;
    return Ready ? <Ready {...all} /> : <Lazy {...all} />;
  }
  return Preloaded;
}
