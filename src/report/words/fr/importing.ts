import type { importing as en } from '../en/importing';
import type { Localized } from '../translate';

export const importing: Localized<typeof en> = {
  'import.heading': 'Remplacer une série',
  'import.indicator': 'Indicateur',
  'import.fromFile': 'Depuis un fichier…',
  'import.fileLabel': 'Fichier d’indicateur (CSV, SDMX-CSV, TSV, JSON-stat ou XLSX)',
  'import.fromTable': 'Depuis un tableau du classeur…',
  'import.table': 'Tableau du classeur',
  'import.chooseTable': 'Choisissez un tableau',
  'import.eurostatYear': 'Eurostat {dataset} : année',
  'import.eurostatMonth': 'Eurostat {dataset} : mois',
  'import.fetch': 'Obtenir d’Eurostat',
  'import.privacy':
    'Envoie une requête à l’API publique d’Eurostat (ec.europa.eu). Rien de ce classeur n’est envoyé.',
  'import.period': 'Période',
  'import.load': 'Charger {period}',
  'import.periodOfValues': 'Année ou période de ces valeurs',
  'import.checkAndLoad': 'Vérifier et charger',
};
