import { isAdHocContributor } from './adHoc';
import { MethodologyError } from './errors';
import { normalizeCode } from './states';

/**
 * The participating states, validated: known codes of Member States, no duplicates, at least one.
 * Art. 66 and Annex I compute the fair share over Member States ("n: the overall number of Member
 * States"); a Dublin-associated third country contributes ad hoc (Art. 13(1)) with a pledge outside
 * the key, and is refused here with that reason.
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
    if (isAdHocContributor(code)) {
      throw new MethodologyError(
        `${code} is not a Member State: the reference key sums over Member States only (Annex I, ` +
          `"n: the overall number of Member States"). A Dublin-associated state contributes ad hoc ` +
          `(Art. 13(1)): enter its pledge as a pledge row, outside the key, and remove it from the participants.`,
        { state: code, field: 'participants' },
      );
    }
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
