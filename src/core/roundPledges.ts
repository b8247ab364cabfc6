import { methodReason } from './reasons';
import { isAdHocContributor } from './adHoc';
import { valueAlternativeMeasures } from './alternativeMeasures';
import { MethodologyError, requireNonNegative } from './errors';
import type { Pledge } from './pledges';
import { poolMeasures } from './pools';
import { normalizeCode } from './states';

/** The figures of a pledge, each checked as a field of its state. */
type PledgeField = 'relocations' | 'financial' | 'alternative' | 'offsets';

function validatePledge(p: Pledge): Pledge {
  const code = p.code;
  const n = (v: unknown, kind: PledgeField) =>
    requireNonNegative(v, { state: code, field: { kind } });
  return {
    ...p,
    relocations: n(p.relocations, 'relocations'),
    financialEur: n(p.financialEur, 'financial'),
    alternativeEur: n(p.alternativeEur, 'alternative'),
    offsets: n(p.offsets, 'offsets'),
  };
}

/** The round's pledges by code: participating Member States and ad hoc contributors (Art. 13(1)). */
export function pledgesByCode(pledges: readonly Pledge[], participants: ReadonlySet<string>) {
  const out = new Map<string, Pledge>();
  for (const raw of pledges) {
    const code = normalizeCode(raw.code, 'codeOfPledge');
    if (!participants.has(code) && !isAdHocContributor(code)) {
      throw new MethodologyError(methodReason('pledgeNotParticipant', { code }), {
        state: code,
        field: { kind: 'pledge' },
      });
    }
    if (out.has(code)) {
      throw new MethodologyError(methodReason('twoPledges', { code }), {
        state: code,
        field: { kind: 'pledge' },
      });
    }
    out.set(code, validatePledge({ ...raw, code }));
  }
  return out;
}

/** A pledge in each type, alternative measures valued (Art. 57(4), 65(1)) or converted (Art. 57(4)). */
export function pledgedMeasures(p: Pledge, e: number) {
  const alternative = valueAlternativeMeasures(
    p.code,
    p.alternativeEur,
    p.alternativeRequested ?? 'not-yet',
    p.alternativeSetJointlyEur ?? null,
  );
  const pledged = poolMeasures(
    {
      relocations: p.relocations,
      offsets: p.offsets,
      // Art. 57(4): measures not requested "shall be converted into financial contributions".
      financialEur: p.financialEur + alternative.convertedToFinancialEur,
      alternativeEur: alternative.alternativeEur,
    },
    e,
  );
  return { alternative, pledged };
}
