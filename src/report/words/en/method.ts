import { FIELD_WORDS } from '../../../core/fieldWords';
import { METHOD_REASONS } from '../../../core/reasons';
import { prefixed } from './readerReasons';

/**
 * The methodology's refusals (core/reasons.ts: MethodologyError's facts) in English: the very texts
 * of its English message; fr/ and de/ translate each.
 */
export const method = prefixed('method.', METHOD_REASONS);

/** Of those, the fields a check names (core/fieldNames.ts): fr/ and de/ word them apart. */
export const fields = prefixed('method.', FIELD_WORDS);
