import type { origins as en } from '../en/origins';
import type { Localized } from '../translate';

/**
 * Masculine, each with its article, as the sentences around them agree ("Vérifiez comment {origin}
 * a été lu", "depuis {origin}", "dans {origin}"): "tableau" for a workbook table, "jeu de données"
 * for Eurostat's (never "de {origin}", which would write "de le").
 */
export const origins: Localized<typeof en> = {
  'origin.file': 'le fichier {name}',
  'origin.table': 'le tableau {name}',
  'origin.eurostat': 'le jeu de données Eurostat {dataset}',
  'origin.restored': 'ce classeur (chargé plus tôt)',
  'origin.validOnly': '{origin} (lignes valides seulement)',
  'review.rowProblems': {
    one: '{n} ligne pose problème dans {origin}',
    other: '{n} lignes posent problème dans {origin}',
  },
  'review.header.file': 'L’en-tête du fichier pose problème ({name})',
  'review.header.table': 'L’en-tête du tableau pose problème ({name})',
  'review.header.eurostat': 'L’en-tête de la réponse d’Eurostat pose problème ({dataset})',
  'review.problems': 'Problèmes dans {origin}',
};
