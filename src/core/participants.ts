import { isAdHocContributor } from './adHoc';
import { MethodologyError } from './errors';
import { methodReason } from './reasons';
import { normalizeCode } from './states';

/**
 * The participating states, validated: known codes of Member States, no duplicates, at least one.
 * Art. 66 and Annex I compute the fair share over Member States ("n: the overall number of Member
 * States"); a Dublin-associated third country contributes ad hoc (Art. 13(1)) with a pledge outside
 * the key, and is refused here with that reason.
 */
export function resolveParticipants(codes: readonly unknown[]): string[] {
  if (codes.length === 0) {
    throw new MethodologyError(methodReason('participantsEmpty'), {
      field: { kind: 'participants' },
    });
  }
  const seen = new Set<string>();
  return codes.map((raw) => {
    const code = normalizeCode(raw, 'codeOfParticipant');
    if (isAdHocContributor(code)) {
      throw new MethodologyError(methodReason('notAMemberState', { code }), {
        state: code,
        field: { kind: 'participants' },
      });
    }
    if (seen.has(code)) {
      throw new MethodologyError(methodReason('participantTwice', { code }), {
        state: code,
        field: { kind: 'participants' },
      });
    }
    seen.add(code);
    return code;
  });
}
