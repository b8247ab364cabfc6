import { MethodologyError } from './errors';
import { normalizeCode } from './states';

/**
 * The participating states, validated: known codes, no duplicates, at least one. Art. 66 computes the
 * fair share over the states bound by solidarity; the analyst may edit the set (e.g. to model an
 * ad hoc contribution by a Dublin-associated state, Art. 13(1)).
 */
export function resolveParticipants(codes: readonly unknown[]): string[] {
  if (codes.length === 0) {
    throw new MethodologyError('The participant set is empty: name at least one state.', {
      field: 'participants',
    });
  }
  const seen = new Set<string>();
  return codes.map((raw) => {
    const code = normalizeCode(raw, 'participant code');
    if (seen.has(code)) {
      throw new MethodologyError(`${code} is listed twice among the participants.`, {
        state: code,
        field: 'participants',
      });
    }
    seen.add(code);
    return code;
  });
}
