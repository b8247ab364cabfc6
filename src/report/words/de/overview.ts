import type { overview as en } from '../en/overview';
import type { Localized } from '../translate';

export const overview: Localized<typeof en> = {
  'overview.heading': 'Arbeitsschritte',
  'overview.data': 'Daten',
  'overview.dataBundled': '{vintage}, wie mitgeliefert',
  'overview.dataReplaced': {
    one: '{vintage}, {n} Reihe ersetzt',
    other: '{vintage}, {n} Reihen ersetzt',
  },
  'overview.scenario': 'Szenario',
  'overview.scenarioNow': '{scenario}: {n} Staaten',
  'overview.scenarioOwn': 'Im Aufgabenbereich festgelegt',
  'overview.pledges': 'Zusagen',
  'overview.pledgesNone': 'Optional: die Zusagerunde eingeben oder laden',
  'overview.pledgesNow': {
    one: '{n} Staat hat Zusagen gemacht',
    other: '{n} Staaten haben Zusagen gemacht',
  },
  'overview.pledgesOut': {
    one: '{n} Staat hat Zusagen gemacht (nicht in den Tabellen)',
    other: '{n} Staaten haben Zusagen gemacht (nicht in den Tabellen)',
  },
  'overview.write': 'Tabellen schreiben',
  'overview.share': 'Weitergabe',
  'overview.shareNow': 'Eine Kopie für Delegationen, ohne das Add-in lesbar',
  'workbook.notWritten': 'Noch nicht geschrieben: Die Arbeitsmappe enthält keine dieser Tabellen.',
  'workbook.upToDate':
    'Aktuell: Die Tabellen zeigen, was der Aufgabenbereich zeigt (früher geschrieben).',
  'workbook.upToDateAt':
    'Aktuell: Die Tabellen zeigen, was der Aufgabenbereich zeigt (geschrieben um {time}).',
  'workbook.behind':
    'Nicht aktuell: Die Arbeitsmappe zeigt Ihre letzten Änderungen ({parts}) noch nicht.',
  'workbook.behindAt':
    'Nicht aktuell: Die Arbeitsmappe zeigt Ihre letzten Änderungen ({parts}) noch nicht (geschrieben um {time}).',
  'workbook.part.data': 'die Daten',
  'workbook.part.scenario': 'das Szenario',
  'workbook.part.pledges': 'die Zusagen',
  'workbook.and': '{first} und {last}',
};
