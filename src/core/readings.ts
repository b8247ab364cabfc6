import { MethodologyError } from './errors';
import { methodReason } from './reasons';

/**
 * Where the text leaves a choice open, the tool's reading: a parameter, stated beside every result.
 *
 * - `art63Cap`: what counts towards the cap of Art. 63(7) ("not ... beyond their fair share"):
 *   `every-type` (default) counts money and alternative measures already pledged at equal value
 *   (Art. 56(2), recital 33); `people-only` counts relocations and offsets only.
 * - `art63Split`: how the collective Art. 63(3) number is shared among contributing states: by fair
 *   share, net of the people already pledged (the only reading implemented, stated as the tool's).
 */
export type Art63CapReading = 'every-type' | 'people-only';
export type Art63SplitReading = 'fair-share';

export interface Readings {
  readonly art63Cap: Art63CapReading;
  readonly art63Split: Art63SplitReading;
}

export const DEFAULT_READINGS: Readings = { art63Cap: 'every-type', art63Split: 'fair-share' };

export function resolveReadings(r: Partial<Readings> = {}): Readings {
  const out = { ...DEFAULT_READINGS, ...r };
  if (out.art63Cap !== 'every-type' && out.art63Cap !== 'people-only') {
    const given = String(out.art63Cap);
    throw new MethodologyError(methodReason('art63ReadingUnknown', { given }), {
      field: { kind: 'art63Reading' },
    });
  }
  return out;
}
