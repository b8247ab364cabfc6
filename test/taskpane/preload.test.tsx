/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { preloaded } from '../../src/taskpane/preload';
import { LoadBoundary } from '../../src/taskpane/shell/LoadBoundary';

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

  it('shows a fallback until it arrives', async () => {
    let arrive: (m: { Hello: typeof Hello }) => void = () => undefined;
    const Part = preloaded(
      () => new Promise<{ Hello: typeof Hello }>((r) => (arrive = r)),
      (m) => m.Hello,
    );
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Part name="Cyprus" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    arrive({ Hello });
    expect(await screen.findByText('Hello Cyprus')).toBeTruthy();
  });

  it('says what to do when its chunk cannot arrive, and only there', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Part = preloaded(
      () => Promise.reject<{ Hello: typeof Hello }>(new Error('Loading chunk 530 failed.')),
      (m) => m.Hello,
    );
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
    expect(await screen.findByText('This part of the pane could not load')).toBeTruthy();
    expect(screen.getByText(/Loading chunk 530 failed/)).toBeTruthy();
    expect(screen.getByText('The rest of the pane')).toBeTruthy();
    spy.mockRestore();
  });
});
