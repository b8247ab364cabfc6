import type { share as en } from '../en/share';
import type { Localized } from '../translate';

export const share: Localized<typeof en> = {
  'share.intro':
    'Eine Kopie für die Delegationen enthält die Tabellen des Tools nur mit nativen Excel-Formeln, lesbar ohne das Add-in, mit einer Kennzeichnung auf jedem Blatt und jeder gedruckten Seite. Diese Arbeitsmappe wird nicht geändert.',
  'share.for': 'Für',
  'share.all': 'Alle Delegationen',
  'share.oneState': '{state}: seine Zeilen und die Summen des Pools',
  'share.from.heading': 'Erstellt aus',
  'share.from.pane': 'Dem Aufgabenbereich, wie er ist: {summary}',
  'share.from.upToDate': 'Dem Aufgabenbereich, wie ihn auch die Arbeitsmappe enthält: {summary}',
  'share.from.paneNotWritten':
    'Dem Aufgabenbereich: {summary} (noch nicht in die Arbeitsmappe geschrieben)',
  'share.from.workbook': 'Dem, was die Arbeitsmappe enthält: {summary}',
  'share.from.workbookAt': 'Dem, was die Arbeitsmappe enthält (geschrieben um {time}): {summary}',
  'share.summary': '{scenario}, {figures}',
  'share.figures.pledged': {
    one: '{n} Umsiedlung zugesagt',
    other: '{n} Umsiedlungen zugesagt',
  },
  'share.figures.pool': {
    one: '{n} Umsiedlung im Pool',
    other: '{n} Umsiedlungen im Pool',
  },
  'share.behind.title': 'Die Arbeitsmappe enthält Ihre letzten Änderungen noch nicht',
  'share.behind.body':
    '{parts}: geändert, seit die Tabellen geschrieben wurden. Um zu senden, was der Aufgabenbereich zeigt, schreiben Sie zuerst die Tabellen; oder erstellen Sie die Kopie aus dem, was die Arbeitsmappe enthält.',
  'share.behind.unknown':
    'Der Aufgabenbereich kennt die Zusagerunde nicht, die die Arbeitsmappe enthält (in einer früheren Sitzung geschrieben): schreiben Sie zuerst die Tabellen, oder erstellen Sie die Kopie aus dem Aufgabenbereich, wie er ist.',
  'share.writeFirst': 'Zuerst die Tabellen schreiben',
  'share.contents.heading': 'Was hineinkommt',
  'share.contents.readMe':
    'Lies mich: was die Kopie ist, für wen, ihre Kennzeichnung (immer dabei)',
  'share.contents.neededBy': 'Benötigt von {sheets}: deren Formeln lesen es.',
  'share.out.comparison-with-proposal':
    'Nicht dabei, außer Sie haken es an: es vergleicht mit {other}, ohne Durchführungsrechtsakt des Rates. Ein Vorschlag der Kommission wird erst veröffentlicht, wenn der Rat seinen Durchführungsrechtsakt erlässt (Artikel 12 Absatz 6).',
  'share.out.comparison-not-published':
    'Nicht dabei, außer Sie haken es an: es vergleicht mit {other}, das nicht veröffentlicht ist.',
  'share.out.comparison':
    'Nicht dabei, außer Sie haken es an: ein Vergleich mit {other} ist eine Arbeitsansicht.',
  'share.out.own-sheet':
    'Ihr eigenes Blatt: nur dabei, wenn Sie es anhaken (EUPACT-Formeln werden zu Werten).',
  'share.marking': 'Kennzeichnung',
  'share.marking.classified':
    'Folgt dem Stand: ein Szenario der Kopie hat keinen Durchführungsrechtsakt des Rates, sie ist daher eingestuft (Artikel 12 Absatz 6). Sie können sie ändern.',
  'share.marking.public':
    'Folgt dem Stand: der Rat hat diesen Pool angenommen (Artikel 57 Absatz 1), sie ist daher öffentlich. Sie können sie ändern.',
  'share.marking.typed': 'Ihre eigene Kennzeichnung, auf jedem Blatt und jeder gedruckten Seite.',
  'share.marking.useStage': 'Kennzeichnung des Stands verwenden',
  'share.open': 'Eine Kopie für die Delegationen öffnen',
  'share.preparing': 'Die Kopie wird vorbereitet…',
  'share.privacy':
    'Nichts wird irgendwohin gesendet: die Kopie öffnet sich in Excel (oder wird als Datei gespeichert), damit Sie sie senden.',
  'share.failed': 'Es wurde keine Kopie erstellt',
  'share.noSheet': 'Haken Sie mindestens ein Blatt an: eine Kopie braucht etwas zum Senden.',
  'share.asked.title': 'Excel wurde gebeten, die Kopie als neue Arbeitsmappe zu öffnen',
  'share.asked.body':
    '{sheets} Blätter, gekennzeichnet „{marking}“. Diese Arbeitsmappe wurde nicht geändert. Excel im Web öffnet bekanntermaßen manchmal nichts, ohne es zu sagen: ist keine neue Arbeitsmappe erschienen, speichern Sie die Kopie über den Link unten.',
  'share.refused.title': 'Excel hat die Kopie nicht geöffnet: speichern Sie sie als Datei',
  'share.refused.body':
    'Excel antwortete: „{message}“ Speichern Sie {name} über den Link unten und öffnen Sie die Datei in Excel. Diese Arbeitsmappe wurde nicht geändert.',
  'share.unsupported.title': 'Die Kopie ist bereit zum Speichern',
  'share.unsupported.body':
    'Diese Excel-Version kann aus dem Add-in keine neue Arbeitsmappe öffnen: speichern Sie {name} über den Link unten und öffnen Sie die Datei in Excel. Diese Arbeitsmappe wurde nicht geändert.',
  'share.save': 'Die Kopie als Datei speichern: {name}',
  'share.fileName.all': 'Kopie für die Delegationen, {date}.xlsx',
  'share.fileName.one': 'Kopie für {state}, {date}.xlsx',
  'share.fileName.confirmation': 'Januar-Bestätigung von {state} für {year}, {date}.xlsx',
  'share.confirmation.heading': 'Die Bestätigung im Januar (Artikel 60 Absatz 6)',
  'share.confirmation.hint':
    'Eine Kopie nur mit der Bestätigung von {state} gegenüber dem EU-Solidaritätskoordinator über den Umfang jeder im Jahr {year} durchgeführten Solidaritätsmaßnahme, fällig im Januar {next}, nach denselben Regeln wie jede Kopie.',
  'share.confirmation.none':
    'Die Bestätigung wird aus den Einträgen des Jahres berechnet: laden Sie sie zuerst auf der Registerkarte Durchführung (mit der Zusagerunde).',
  'share.confirmation.noState':
    'Wählen Sie unter „Für“ eine Delegation: eine Bestätigung ist die eines Staates.',
  'share.confirmation.open': 'Januar-Bestätigung für {state}',
};
