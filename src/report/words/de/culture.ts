import type { culture as en } from '../en/culture';
import type { Localized } from '../translate';

export const culture: Localized<typeof en> = {
  'culture.fallback':
    'Zahlen werden hier mit {decimal} für Dezimalstellen und {group} zwischen den Tausendern geschrieben, wie in der Sprache des Aufgabenbereichs: {why} Verwendet Ihr Excel andere Trennzeichen, geben Sie Zahlen trotzdem so ein.',
  'culture.why.no-api':
    'Diese Version von Excel teilt dem Aufgabenbereich ihre eigenen Trennzeichen nicht mit.',
  'culture.why.no-separators': 'Excel hat keine verwendbaren Trennzeichen geliefert.',
  'culture.why.read-failed': 'Die Einstellungen von Excel konnten nicht gelesen werden.',
  /** A separator, quoted. */
  'culture.mark': '„{mark}“',
  'culture.space': 'ein Leerzeichen',
};
