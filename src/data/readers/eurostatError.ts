import { phrase, type ReaderPhrase, type ReaderReasonCode } from '../reasons';

/** What Eurostat's error ids mean, where the tool knows, with the fix. */
const MEANINGS: Readonly<Record<number, ReaderReasonCode>> = {
  100: 'eurostat.meaning.100',
  140: 'eurostat.meaning.140',
  150: 'eurostat.meaning.150',
  500: 'eurostat.meaning.500',
};

/**
 * The Eurostat API reports errors as JSON: `{"error":[{"status":400,"id":140,"label":"..."}]}`.
 * The error as facts (its id, what it means, Eurostat's own label), or undefined for any other
 * document.
 */
export function eurostatError(json: unknown): ReaderPhrase | undefined {
  if (typeof json !== 'object' || json === null || !('error' in json)) return undefined;
  const raw = (json as { error: unknown }).error;
  const first = (Array.isArray(raw) ? raw[0] : raw) as
    { id?: unknown; label?: unknown } | undefined;
  const id = typeof first?.id === 'number' ? first.id : undefined;
  // Eurostat's label is in the language the request asked for (English): quoted as it came.
  const label =
    typeof first?.label === 'string' ? first.label.slice(0, 500) : phrase('eurostat.noDetail');
  // The id as Eurostat numbers it, never grouped ("error 100").
  const shown = id === undefined ? '?' : String(id);
  const meaning = id === undefined ? undefined : MEANINGS[id];
  return meaning
    ? phrase('eurostat.errorMeaning', { id: shown, meaning: phrase(meaning), label })
    : phrase('eurostat.error', { id: shown, label });
}
