import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface RevealedProps {
  /** Changes when the message does: each new one comes into view. */
  readonly message: string;
  /** Focus moves to it (an error: the keys continue from there). */
  readonly focus?: boolean;
  readonly children: ReactNode;
}

/** A result or an error brought into view as it appears (issue 16: no more errors below the fold). */
export function Revealed({ message, focus = false, children }: RevealedProps) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    reveal(box.current, focus);
  }, [message, focus]);
  return (
    <div ref={box} tabIndex={focus ? -1 : undefined}>
      {children}
    </div>
  );
}

/**
 * Scrolls an element into its scrolling box, its top first where it is taller than the box, and
 * focuses it without scrolling again. Where layout is unknown (jsdom), it only focuses.
 */
export function reveal(el: HTMLElement | null, focus = false): void {
  if (!el) return;
  const box = el.closest('main, footer');
  const tall = box !== null && el.offsetHeight > box.clientHeight;
  el.scrollIntoView?.({ block: tall ? 'start' : 'nearest' });
  if (focus) el.focus({ preventScroll: true });
}
