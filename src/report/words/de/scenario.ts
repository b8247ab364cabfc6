import type { scenario as en } from '../en/scenario';
import type { Localized } from '../translate';

export const scenario: Localized<typeof en> = {
  'pool.heading': 'Welcher Pool',
  'pool.none': 'Noch kein Pool gewählt',
  'pool.2026-council.name': 'Pool 2026, wie vom Rat angenommen',
  'pool.2026-council.status':
    'Angenommen am 19. Dezember 2025 (Durchführungsbeschluss (EU) 2025/2642 des Rates): 21.000 Umsiedlungen und 420 Millionen Euro; Vorschlag: 30.000 und 600 Millionen Euro.',
  'pool.2026-proposal.name': 'Vorschlag der Kommission für 2026',
  'pool.2026-proposal.status':
    'Wie vorgeschlagen (Art. 12 Abs. 2), vor dem Rechtsakt des Rates: 30.000 Umsiedlungen und 600 Millionen Euro.',
  'pool.2027-proposal.name': 'Vorschlag der Kommission für 2027, mit den Mindestwerten',
  'pool.2027-proposal.status':
    'Nicht die Zahlen der Kommission, die bis zum Rechtsakt des Rates als Verschlusssache gelten (Art. 12 Abs. 6): die Mindestwerte des Art. 12 Abs. 2, 30.000 Umsiedlungen und 600 Millionen Euro, auf den neuesten mitgelieferten Daten.',
  'pool.latest.name': 'Nächster Pool auf den neuesten Daten',
  'pool.latest.status':
    'Die Mindestwerte des Art. 12 Abs. 2, 30.000 Umsiedlungen zu je 20.000 Euro, auf den neuesten mitgelieferten Daten.',
  'pool.choose': 'Pool wählen',
  'pool.chooseToWrite':
    'Wählen Sie zuerst den Pool: Danach können die Tabellen geschrieben werden.',
  'scenario.pool': 'Pool',
  'scenario.caveats': 'Worin dies von den Daten der Kommission abweicht',
  'scenario.proposal.legend': 'Der Vorschlag der Kommission (Art. 12 Abs. 2)',
  'scenario.proposal.adopted':
    'Der Rat hat den Pool angenommen (Art. 57 Abs. 1): seine Referenzzahlen unten',
  'scenario.proposal.none':
    'Noch kein Rechtsakt des Rates: Die Zahlen unten sind die des Vorschlags',
  'scenario.proposal.relocations': 'Umsiedlungen im Vorschlag',
  'scenario.proposal.relocationsHint':
    'Art. 63 Abs. 1 misst die Zusagen von Umsiedlungen an dieser Zahl',
  'scenario.proposal.financial': 'Finanzielle Beiträge im Vorschlag',
  'scenario.totals.council': 'Die Referenzzahlen des Rates (Art. 57 Abs. 1)',
  'scenario.totals.proposal': 'Summen des Pools nach dem Vorschlag (Art. 12 Abs. 2)',
  'scenario.relocations': 'Umsiedlungen',
  'scenario.financial': 'Finanzielle Beiträge',
  'scenario.eurPerRelocation': 'Wert einer Umsiedlung oder eines Ausgleichs',
  'scenario.eurPerRelocationHint':
    'Erwägungsgrund 15: das Verhältnis von 600 Millionen Euro zu 30.000',
  'scenario.keepRatio': 'Verhältnis beibehalten: eine Summe folgt der anderen',
  'scenario.bothTotals': 'Beide Summen festgelegt (wie der Rat es kann, Art. 57 Abs. 1)',
  'scenario.participants': 'Teilnehmende Staaten ({n})',
  'scenario.boundBy': 'Zur Solidarität verpflichtet',
  'scenario.boundByHint':
    'Standardmäßig die EU-27 ohne Dänemark; nur Mitgliedstaaten (Anhang I); Norwegen, Island, die Schweiz und Liechtenstein sagen ad hoc auf der Registerkarte Zusagen zu (Art. 13 Abs. 1).',
  'scenario.findings': 'Feststellungen der Kommission (Art. 11)',
  'scenario.findingsHint':
    'Beschlüsse, keine Berechnungen: Geben Sie einen Staat ein, um ihn einer Feststellung hinzuzufügen.',
  'scenario.deductions': 'Abzüge (Art. 61, 62)',
  'scenario.deductionsHint':
    'Geben Sie in der Zelle eines Staates einen Prozentsatz ein; eine leere Zelle bedeutet keinen Abzug. Der abgezogene Teil wird nicht umverteilt. Als Grundlage gilt Art. 61 für einen Staat unter Migrationsdruck, sonst Art. 62.',
  'scenario.saved': 'In dieser Arbeitsmappe gespeichert',
  'scenario.name': 'Name des Szenarios',
  'scenario.save': 'Speichern',
  'scenario.savedTitle': 'Szenario gespeichert',
  'scenario.savedBody': '„{name}“ ist in dieser Arbeitsmappe gespeichert.',
  'scenario.notSaved': 'Nicht gespeichert',
  'scenario.open': 'Ein gespeichertes Szenario öffnen',
  'scenario.openPlaceholder': 'Auswählen',
};
