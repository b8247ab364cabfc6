import type { importing as en } from '../en/importing';
import type { Localized } from '../translate';

export const importing: Localized<typeof en> = {
  'import.heading': 'Eine Reihe ersetzen',
  'import.indicator': 'Indikator',
  'import.fromFile': 'Aus einer Datei…',
  'import.fileLabel': 'Indikatordatei (CSV, SDMX-CSV, TSV, JSON-stat oder XLSX)',
  'import.fromTable': 'Aus einer Tabelle der Arbeitsmappe…',
  'import.table': 'Tabelle der Arbeitsmappe',
  'import.chooseTable': 'Tabelle wählen',
  'import.eurostatYear': 'Eurostat {dataset}: Jahr',
  'import.eurostatMonth': 'Eurostat {dataset}: Monat',
  'import.fetch': 'Von Eurostat abrufen',
  'import.privacy':
    'Sendet eine Anfrage an die öffentliche API von Eurostat (ec.europa.eu). Nichts aus dieser Arbeitsmappe wird gesendet.',
  'import.period': 'Zeitraum',
  'import.load': '{period} laden',
  'import.periodOfValues': 'Jahr oder Zeitraum dieser Werte',
  'import.checkAndLoad': 'Prüfen und laden',
};
