import type { files as en } from '../en/files';
import type { Localized } from '../translate';

export const files: Localized<typeof en> = {
  'files.decimal.semicolon':
    'Durch Semikolons getrennt: mit Dezimalkomma gelesen (Punkt, Leerzeichen oder geschütztes Leerzeichen zwischen den Tausendern).',
  'files.decimal.semicolonExample':
    'Durch Semikolons getrennt: mit Dezimalkomma gelesen (Punkt, Leerzeichen oder geschütztes Leerzeichen zwischen den Tausendern), wie „{figure}“ in Zeile {line} zeigt.',
  'files.decimal.onlyComma':
    'Mit Dezimalkomma gelesen: „{figure}“ in Zeile {line} lässt sich nur so lesen.',
  'files.decimal.onlyPoint':
    'Mit Dezimalpunkt gelesen: „{figure}“ in Zeile {line} lässt sich nur so lesen.',
  'files.decimal.chosenComma': 'Mit Dezimalkomma gelesen, wie Sie es gewählt haben.',
  'files.decimal.chosenPoint': 'Mit Dezimalpunkt gelesen, wie Sie es gewählt haben.',
  'files.decimal.usual': 'Mit Dezimalpunkt gelesen.',
  'files.decimal.ambiguous': {
    one: '{n} Zahl könnte so gelesen zwei Werte bedeuten: Sie wird in ihrer Zeile abgelehnt.',
    other: '{n} Zahlen könnten so gelesen zwei Werte bedeuten: Jede wird in ihrer Zeile abgelehnt.',
  },
  'files.decimal.mixed':
    'Die Datei schreibt Zahlen auf beide Arten: „{comma}“ in Zeile {commaLine} nur mit Dezimalkomma, „{point}“ in Zeile {pointLine} nur mit Dezimalpunkt. Nichts wurde gelesen: Wählen Sie, wie sie zu lesen ist.',
  'files.decimal.readComma': 'Mit Dezimalkomma lesen',
  'files.decimal.readPoint': 'Mit Dezimalpunkt lesen',
  'files.decimal.cliComma':
    'Schreibt die Datei Dezimalpunkte, führen Sie den Befehl erneut mit --decimal point aus.',
  'files.decimal.cliPoint':
    'Schreibt die Datei Dezimalkommas, führen Sie den Befehl erneut mit --decimal comma aus.',
  'files.columns.near':
    'Die Spalte „{header}“ ist einen Buchstaben von „{name}“ entfernt. Als {name} lesen?',
  'files.columns.useNear': '„{header}“ als {name} lesen',
  'files.columns.heading': 'Welche Spalte enthält was?',
  'files.columns.geo': 'Staat (Code oder Name)',
  'files.columns.period': 'Jahr oder Zeitraum',
  'files.columns.value': 'Wert',
  'files.columns.flag': 'Eurostat-Kennzeichen (optional)',
  'files.columns.none': '(keine)',
  'files.columns.read': 'Mit diesen Spalten lesen',
};
