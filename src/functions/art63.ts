import {
  ART_12_MIN_RELOCATIONS,
  art63Status,
  DEFAULT_OFFSET_RULES,
  resolveOffsetRules,
} from '../core';
import { describeArt63 } from '../report/words/solidarity';
import {
  grid,
  mapGrid,
  optionalNumber,
  toFraction,
  toNonNegative,
  toPositive,
  type Result,
} from './args';

/**
 * EUPACT.ART63_STATUS: the Art. 63 status of a relocation pledge total. The 60 % and 30,000 of
 * Art. 63(3) could not be verified against the Official Journal: they are parameters.
 */
export function art63StatusFunction(
  relocationPledges: unknown,
  relocationNumber: unknown,
  offsetThreshold: unknown,
  mandatoryShare: unknown,
  mandatoryFloor: unknown,
): Result {
  const n =
    optionalNumber(relocationNumber, 'relocation_number', toPositive) ?? ART_12_MIN_RELOCATIONS;
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
  return mapGrid(grid(relocationPledges, 'relocation_pledges'), 'relocation_pledges', (v, where) =>
    describeArt63(art63Status(toNonNegative(v, where), n, rules), rules),
  );
}
