import type { pledges as en } from '../en/pledges';
import type { Localized } from '../translate';

// Terms of the Regulation's German version: src/report/words/GLOSSARY.md.
export const pledges: Localized<typeof en> = {
  'pledges.intro':
    'Was jeder Staat auf dem Hochrangigen EU-Solidaritätsforum (Artikel 13) zugesagt hat: Umsiedlungen, finanzielle Beiträge, alternative Solidaritätsmaßnahmen zu ihrem Wert, Verantwortungsausgleich und beantragte Abzüge (Artikel 61, 62).',
  'pledges.example': 'Die illustrative Runde 2026 laden',
  'pledges.fromFile': 'Aus einer CSV-Datei…',
  'pledges.fileLabel': 'Zusagendatei (CSV)',
  'pledges.fromTable': 'Die Tabelle Pledges dieser Arbeitsmappe lesen',
  'pledges.loadingExample': 'Das Beispiel wird geladen…',
  'pledges.reading': '{file} wird gelesen…',
  'pledges.readingTable': 'Die Tabelle Pledges wird gelesen…',
  'pledges.noTable':
    'Diese Arbeitsmappe hat noch keine Tabelle Pledges: Schreiben Sie zuerst die Tabellen mit einer Zusagerunde oder laden Sie eine CSV-Datei.',
  'pledges.loaded': 'Zusagen geladen',
  'pledges.loadedBody':
    'Zusagen von {pledges} Staaten und {deductions} Abzüge aus {source}. Sie gehen in die Blätter Pledges und Balance ein.',
  'pledges.notLoaded': 'Es wurden keine Zusagen geladen',
  'pledges.nothingFrom': 'Aus {source} wurde nichts geladen',
  'pledges.fixRows': 'Korrigieren Sie diese Zeilen und laden Sie sie erneut.',
  'pledges.csvColumns': 'CSV-Spalten',
  'pledges.csvIntro':
    'Eine Zeile je Staat, zuerst eine Kopfzeile; leere Zellen zählen als 0. Spalten in dieser Reihenfolge:',
  'pledges.csvAfter':
    'In der Arbeitsmappe geänderte Zusagen berechnen deren Balance selbst neu; lesen Sie sie hier zurück, bevor Sie die Tabellen erneut schreiben.',
  'pledges.column.code': 'der Staat: ein Eurostat-Code wie FR oder EL für Griechenland',
  'pledges.column.relocations':
    'zugesagte Umsiedlungen, in Personen (Artikel 56 Absatz 2 Buchstabe a)',
  'pledges.column.financial_eur': 'finanzieller Beitrag, in Euro (Artikel 56 Absatz 2 Buchstabe b)',
  'pledges.column.alternative_eur':
    'alternative Solidaritätsmaßnahmen zu ihrem Wert, in Euro (Artikel 56 Absatz 2 Buchstabe c)',
  'pledges.column.alternative_description': 'worin die alternativen Maßnahmen bestehen, in Worten',
  'pledges.column.offsets': 'angebotener Verantwortungsausgleich, in Personen (Artikel 63)',
  'pledges.column.deduction_percent': 'beantragter Abzug, in % des Richtbeitrags (0–100)',
  'pledges.column.deduction_article':
    'seine Grundlage: 61 (Migrationsdruck) oder 62 (erhebliche Migrationslage)',
  'pledges.column.benefitting': 'yes oder no: der Staat ist ein begünstigter Mitgliedstaat',
  'pledges.column.source': 'woher die Zahlen stammen, in Worten',
  'pledges.round': 'Die Runde',
  'pledges.from': 'Aus {source}.',
  'pledges.include': 'Die Blätter Pledges und Balance mit den Tabellen schreiben',
  'pledges.perState': 'Zusagen je Staat',
  'pledges.perStateHint':
    'Geben Sie die Zusagen jedes Staates ein; der Saldo (Zugesagtes minus Beitrag nach Abzug, in Millionen Euro) folgt der Eingabe. Neben jedem Staat: sein gerechter Anteil an der Referenzzahl.',
  'pledges.summary': 'Der Pool nach den Zusagen',
  'pledges.pledged': 'Zugesagt',
  'pledges.toImplement': 'Umzusetzen',
  'pledges.relocations': '{n} Umsiedlungen',
  'pledges.eur': '{amount} EUR',
  'pledges.coverage': '{share} des Werts des Pools ({value} EUR)',
  'pledges.thresholds': 'Schwellen nach Artikel 63',
  'pledges.art': 'Art.',
  'pledges.chip.net': '63(4) netto ≥ {n}',
  'pledges.chip.requestMeaning':
    'Artikel 63 Absatz 1: Umsiedlungszusagen von mindestens 50 % der Zahl im Vorschlag der Kommission',
  'pledges.chip.floorMeaning':
    'Artikel 63 Absatz 3 Buchstabe a: Umsiedlungszusagen nicht unter der Zahl nach Artikel 12 Absatz 2 Buchstabe a',
  'pledges.chip.shareMeaning':
    'Artikel 63 Absatz 3 Buchstabe b: Umsiedlungszusagen nicht unter 60 % der Referenzzahl',
  'pledges.chip.netMeaning':
    'Artikel 63 Absatz 4: die umzusetzenden Umsiedlungszusagen nicht unter der höheren der beiden Zahlen',
  'pledges.met': '{label}: erreicht',
  'pledges.notMet': '{label}: nicht erreicht',
  'pledges.conditional':
    'Ausgleich nur verpflichtend, wenn die Schwelle nach einem erneut einberufenen Forum (Artikel 13 Absatz 4) weiter unterschritten ist.',
};
