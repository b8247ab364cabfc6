import { de } from './de';
import { en } from './en/full';
import { fr } from './fr';
import type { Language } from './language';
import { createWords, type Words } from './words';

/**
 * Every language at once, synchronously: for the command line and the report builder run outside
 * the pane. The pane uses loadWords instead, so that its first paint carries English only.
 */
export function wordsOf(language: Language): Words {
  if (language === 'fr') return createWords('fr', fr);
  if (language === 'de') return createWords('de', de);
  return createWords('en', en);
}
