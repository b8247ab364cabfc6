import type { shell as en } from '../en/shell';
import type { Localized } from '../translate';

export const shell: Localized<typeof en> = {
  'shell.title': 'Solidaritätspool',
  'shell.regulation': 'Verordnung (EU) 2024/1351',
  'shell.tab.data': 'Daten',
  'shell.tab.scenario': 'Szenario',
  'shell.tab.pledges': 'Zusagen',
  'shell.tab.implementation': 'Umsetzung',
  'shell.tab.results': 'Ergebnisse',
  'shell.tab.share': 'Weitergabe',
  'shell.loading': 'Wird geladen…',
  'shell.footer': 'In die Arbeitsmappe schreiben',
  'shell.write': 'Tabellen in diese Arbeitsmappe schreiben',
  'shell.writing': 'Tabellen werden geschrieben…',
  'shell.besideNote':
    'Von nun an aktualisiert das Schreiben diese neuen Blätter; die Blätter mit Ihren Änderungen bleiben, wie sie sind.',
  'shell.nothingWritten': 'Nichts wurde geschrieben',
  'shell.editsKept': 'Ihre Änderungen sind so, wie Sie sie hinterlassen haben.',
  'shell.undo': 'Rückgängig (Strg+Z)',
  'shell.redo': 'Wiederholen (Strg+Y)',
  'shell.language': 'Sprache',
  'shell.loadFailed.title': 'Dieser Teil des Aufgabenbereichs konnte nicht geladen werden',
  'shell.loadFailed.body':
    'Schließen Sie den Aufgabenbereich und öffnen Sie ihn erneut (Daten > Solidaritätspool); die anderen Registerkarten und die Arbeitsmappe sind nicht betroffen. ({message})',
  'shell.language.auto': 'Wie Office ({language})',
};
