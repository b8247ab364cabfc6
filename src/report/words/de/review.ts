import type { review as en } from '../en/review';
import type { Localized } from '../translate';

export const review: Localized<typeof en> = {
  'review.check': 'Prüfen Sie, wie die Daten aus {origin} gelesen wurden',
  'review.mayLoad': {
    one: 'Noch wurde nichts geladen. Sie können die gelesene Zeile laden.',
    other: 'Noch wurde nichts geladen. Sie können die {n} gelesenen Zeilen laden.',
  },
  'review.mayLoadValid': {
    one: 'Noch wurde nichts geladen. Sie können die gültige Zeile laden: Abgelehnte Zeilen werden zu sichtbaren Lücken.',
    other:
      'Noch wurde nichts geladen. Sie können die {n} gültigen Zeilen laden: Abgelehnte Zeilen werden zu sichtbaren Lücken.',
  },
  'review.fixSource':
    'Nichts wurde geladen: Korrigieren Sie diese Zeilen in der Quelle und laden Sie sie erneut.',
  'review.load': { one: 'Die Zeile laden', other: '{n} Zeilen laden' },
  'review.loadValid': { one: 'Die gültige Zeile laden', other: '{n} gültige Zeilen laden' },
  'review.cancel': 'Abbrechen',
  'review.close': 'Schließen',
};
