import { useEffect, useState } from 'react';
import type { NumberCulture } from '../excel/culture';

/**
 * Excel's own decimal and group separators, once read (src/excel/culture.ts), for every number the
 * pane reads and shows (locale.ts consults them): under an English interface with German regional
 * settings, "30.000" is thirty thousand, as Excel reads it. Until read, or where Excel cannot tell,
 * the display language's separators stand in, and `numberCulture()` says so (`source: fallback`).
 */
let current: NumberCulture | undefined;
const listeners = new Set<() => void>();

export function numberCulture(): NumberCulture | undefined {
  return current;
}

/** Sets the separators (the pane does it once Excel answered; tests to simulate a culture). */
export function setNumberCulture(culture: NumberCulture | undefined): void {
  current = culture;
  for (const l of listeners) l();
}

/**
 * Reads Excel's separators once (with `read`) and re-renders the component when they are known:
 * the pane's numbers then read and show with them.
 */
export function useNumberCulture(read?: () => Promise<NumberCulture>): NumberCulture | undefined {
  const [culture, setCulture] = useState(current);
  useEffect(() => {
    const listener = () => setCulture(current);
    listeners.add(listener);
    if (read && !current) read().then(setNumberCulture, () => undefined);
    return () => void listeners.delete(listener);
  }, [read]);
  return culture;
}
