import type { origins as en } from '../en/origins';
import type { Localized } from '../translate';

/**
 * In the dative, with its article: every German sentence around an origin puts it after „aus“ or
 * „in“ („{n} Staaten aus {origin}“, „Probleme in {origin}“, „wie die Daten aus {origin} gelesen
 * wurden“).
 */
export const origins: Localized<typeof en> = {
  'origin.file': 'der Datei {name}',
  'origin.table': 'der Tabelle {name}',
  'origin.eurostat': 'dem Eurostat-Datensatz {dataset}',
  'origin.restored': 'dieser Arbeitsmappe (früher geladen)',
  'origin.validOnly': '{origin} (nur gültige Zeilen)',
  'review.rowProblems': {
    one: '{n} Zeile aus {origin} hat Probleme',
    other: '{n} Zeilen aus {origin} haben Probleme',
  },
  'review.header.file': 'Die Kopfzeile der Datei hat ein Problem ({name})',
  'review.header.table': 'Die Kopfzeile der Tabelle hat ein Problem ({name})',
  'review.header.eurostat': 'Die Kopfzeile der Eurostat-Antwort hat ein Problem ({dataset})',
  'review.problems': 'Probleme in {origin}',
};
