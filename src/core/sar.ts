import { methodReason } from './reasons';
import { categoriesOf, type CategoryMap } from './categories';
import { MethodologyError, requireFraction } from './errors';
import { normalizeCode } from './states';

/**
 * The indicative percentage of the pool "to be made available" to the states under migratory
 * pressure from recurring disembarkations after search and rescue operations (Art. 12(5) for the
 * proposal, Art. 57(2) for the Council act), and the states it concerns. A scenario parameter: no
 * value unless a citable source gives one.
 */
export interface SarShareRequest {
  /** A fraction (0.1 for 10 %); null or absent where no source gives one. */
  readonly share?: number | null;
  readonly states?: readonly string[];
  /** Where the percentage and the states come from. */
  readonly source?: string | null;
}

export interface SarShare {
  readonly share: number | null;
  readonly states: readonly string[];
  readonly source: string | null;
}

export function resolveSarShare(
  request: SarShareRequest | undefined,
  categories: CategoryMap,
): SarShare {
  const share =
    request?.share === null || request?.share === undefined
      ? null
      : requireFraction(request.share, { field: { kind: 'sarShare' } });
  const states = [...new Set((request?.states ?? []).map((c) => normalizeCode(c, 'codeOfSar')))];
  for (const code of states) {
    if (!categoriesOf(categories, code).includes('under-pressure')) {
      throw new MethodologyError(methodReason('sarNotUnderPressure', { code }), {
        state: code,
        field: { kind: 'sarStates' },
      });
    }
  }
  return { share, states, source: request?.source?.trim() || null };
}
