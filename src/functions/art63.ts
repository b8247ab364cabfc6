import {
  ART_12_MIN_RELOCATIONS,
  assessArt63,
  DEFAULT_OFFSET_RULES,
  resolveOffsetRules,
} from '../core';
import { art63AssessmentSentences } from '../report/words/solidarity';
import { grid, mapGrid, optionalNumber, optionalScalar, type Result } from './args';
import { toFraction, toNonNegative, toPositive } from './cellValue';
import { invalidValue } from './errors';

/** TRUE, FALSE or empty (FALSE): whether the High-Level Forum was reconvened (Art. 13(4)). */
function reconvened(value: unknown): boolean {
  const v = optionalScalar(value, 'reconvened_forum');
  if (v === undefined) return false;
  if (typeof v === 'boolean') return v;
  throw invalidValue('reconvened_forum takes TRUE or FALSE (Art. 13(4)).');
}

/**
 * EUPACT.ART63_STATUS: Art. 63 on a relocation pledge total. Art. 63(1) on the number of the
 * Commission proposal; Art. 63(3)(a) the Art. 12(2)(a) number (30,000), 63(3)(b) 60 % of the
 * reference number (the Council's, Art. 57(1); empty: the proposal's); Art. 63(4) the same test on
 * the pledges to be implemented; conditional until a Forum reconvened under Art. 13(4).
 */
export function art63StatusFunction(
  relocationPledges: unknown,
  relocationNumber: unknown,
  offsetThreshold: unknown,
  mandatoryShare: unknown,
  mandatoryFloor: unknown,
  referenceNumber: unknown = null,
  pledgesToImplement: unknown = null,
  reconvenedForum: unknown = null,
): Result {
  const n =
    optionalNumber(relocationNumber, 'relocation_number', toPositive) ?? ART_12_MIN_RELOCATIONS;
  const council = optionalNumber(referenceNumber, 'reference_number', toPositive);
  const reference = council ?? n;
  const net = optionalNumber(pledgesToImplement, 'pledges_to_implement', toNonNegative);
  const forum = reconvened(reconvenedForum);
  const rules = resolveOffsetRules({
    offsetThresholdShare:
      optionalNumber(offsetThreshold, 'offset_threshold', toFraction) ??
      DEFAULT_OFFSET_RULES.offsetThresholdShare,
    mandatoryShare:
      optionalNumber(mandatoryShare, 'mandatory_share', toFraction) ??
      DEFAULT_OFFSET_RULES.mandatoryShare,
    mandatoryFloor:
      optionalNumber(mandatoryFloor, 'mandatory_floor', toNonNegative) ??
      DEFAULT_OFFSET_RULES.mandatoryFloor,
  });
  return mapGrid(
    grid(relocationPledges, 'relocation_pledges'),
    'relocation_pledges',
    (v, where) => {
      const pledges = toNonNegative(v, where);
      const assessed = assessArt63({
        commissionRelocations: n,
        referenceRelocations: reference,
        referenceBasis: council === undefined ? 'commission-proposal' : 'council-act',
        relocationPledges: pledges,
        relocationsToImplement: net ?? pledges,
        reconvenedForum: forum,
        rules,
      });
      return art63AssessmentSentences(assessed, rules).join(' ');
    },
  );
}
