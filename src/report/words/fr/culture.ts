import type { culture as en } from '../en/culture';
import type { Localized } from '../translate';

export const culture: Localized<typeof en> = {
  'culture.fallback':
    'Les nombres s’écrivent ici avec {decimal} pour les décimales et {group} entre les milliers, comme dans la langue du volet : {why} Si votre Excel utilise d’autres séparateurs, tapez tout de même les nombres ainsi.',
  'culture.why.no-api': 'cette version d’Excel ne donne pas ses propres séparateurs au volet.',
  'culture.why.no-separators': 'Excel n’a pas donné de séparateurs utilisables.',
  'culture.why.read-failed': 'les paramètres d’Excel n’ont pas pu être lus.',
  /** A separator, quoted. */
  'culture.mark': '« {mark} »',
  'culture.space': 'une espace',
};
