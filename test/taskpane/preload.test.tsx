/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Suspense, useState, type ReactNode } from 'react';
import { preloaded, preloadWhenIdle } from '../../src/taskpane/preload';
import { LoadBoundary } from '../../src/taskpane/shell/LoadBoundary';
import { WordsContext } from '../../src/taskpane/words';
import { loadWords } from '../../src/report/words';

function Hello({ name }: { readonly name: string }) {
  return <p>Hello {name}</p>;
}

describe('a part of the pane in a chunk of its own', () => {
  it('renders at once once its chunk has arrived', async () => {
    const Part = preloaded(
      async () => ({ Hello }),
      (m) => m.Hello,
    );
    await Promise.resolve(); // the chunk arrives while Office starts
    render(<Part name="Malta" />);
    // No fallback first: tests and analysts see it straight away.
    expect(screen.getByText('Hello Malta')).toBeTruthy();
  });

  it('waits for the pane to be idle, unless it is asked for first', async () => {
    const asked: string[] = [];
    const part = (name: string) =>
      preloaded(
        async () => {
          asked.push(name);
          return { Hello };
        },
        (m) => m.Hello,
        'idle',
      );
    const Scenario = part('Scenario');
    const Share = part('Share');
    const Results = part('Results');
    await act(async () => undefined);
    // Nothing fetched while the pane starts: the first paint has the main thread to itself.
    expect(asked).toEqual([]);
    // A tab clicked before its turn is fetched at once.
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading…</p>}>
          <Share name="Malta" />
        </Suspense>,
      );
    });
    expect(asked).toEqual(['Share']);
    expect(await screen.findByText('Hello Malta')).toBeTruthy();
    // Once the pane is idle, the others, one after another, each fetched once.
    await act(async () => preloadWhenIdle());
    for (const name of ['Scenario', 'Results']) await waitFor(() => expect(asked).toContain(name));
    expect(asked).toEqual(['Share', 'Scenario', 'Results']);
    void Scenario;
    void Results;
  });

  it('shows a fallback until it arrives', async () => {
    let arrive: (m: { Hello: typeof Hello }) => void = () => undefined;
    const Part = preloaded(
      () => new Promise<{ Hello: typeof Hello }>((r) => (arrive = r)),
      (m) => m.Hello,
    );
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading…</p>}>
          <Part name="Cyprus" />
        </Suspense>,
      );
    });
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => arrive({ Hello }));
    // React reveals suspended content after a short throttle: wait for it.
    expect(await screen.findByText('Hello Cyprus')).toBeTruthy();
  });

  it('keeps its state when its chunk arrives after the first paint', async () => {
    function Counter({ label }: { readonly label: string }) {
      const [n, setN] = useState(0);
      return (
        <button type="button" onClick={() => setN(n + 1)}>
          {label} {n}
        </button>
      );
    }
    let arrive: (m: { Counter: typeof Counter }) => void = () => undefined;
    const Part = preloaded(
      () => new Promise<{ Counter: typeof Counter }>((r) => (arrive = r)),
      (m) => m.Counter,
    );
    const pane = (label: string) => (
      <Suspense fallback={<p>Loading…</p>}>
        <Part label={label} />
      </Suspense>
    );
    let rerender: (ui: ReactNode) => void = () => undefined;
    await act(async () => {
      rerender = render(pane('Clicks')).rerender;
    });
    await act(async () => arrive({ Counter }));
    fireEvent.click(await screen.findByRole('button', { name: 'Clicks 0' }));
    // The pane renders again (any dispatch does): the part is not mounted afresh.
    rerender(pane('Clicked'));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeTruthy();
  });

  it('says what to do when its chunk cannot arrive, and only there', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Part = preloaded(
      () => Promise.reject<{ Hello: typeof Hello }>(new Error('Loading chunk 530 failed.')),
      (m) => m.Hello,
    );
    await act(async () => {
      render(
        <>
          <p>The rest of the pane</p>
          <LoadBoundary>
            <Suspense fallback={<p>Loading…</p>}>
              <Part name="Cyprus" />
            </Suspense>
          </LoadBoundary>
        </>,
      );
    });
    expect(screen.getByText('This part of the pane could not load')).toBeTruthy();
    expect(screen.getByText(/Loading chunk 530 failed/)).toBeTruthy();
    expect(screen.getByText('The rest of the pane')).toBeTruthy();
    spy.mockRestore();
  });

  it('says so in the pane’s language (issue 18)', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Part = preloaded(
      () => Promise.reject<{ Hello: typeof Hello }>(new Error('Loading chunk 531 failed.')),
      (m) => m.Hello,
    );
    const words = await loadWords('de');
    await act(async () => {
      render(
        <WordsContext.Provider value={words}>
          <LoadBoundary>
            <Suspense fallback={<p>Loading…</p>}>
              <Part name="Cyprus" />
            </Suspense>
          </LoadBoundary>
        </WordsContext.Provider>,
      );
    });
    expect(
      screen.getByText('Dieser Teil des Aufgabenbereichs konnte nicht geladen werden'),
    ).toBeTruthy();
    expect(
      screen.getByText(/Schließen Sie den Aufgabenbereich .*Loading chunk 531 failed/),
    ).toBeTruthy();
    spy.mockRestore();
  });
});
