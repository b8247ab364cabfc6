import type { results as en } from '../en/results';
import type { Localized } from '../translate';

/** Die Begriffe der Verordnung (EU) 2024/1351 auf Deutsch: siehe GLOSSARY.md. */
// \u00AD: a soft hyphen, where a narrow column must break a long word (no hyphenation dictionary
// is needed for it).
export const results: Localized<typeof en> = {
  'results.noResults': 'Keine Ergebnisse: Das Szenario lässt sich nicht berechnen',
  'results.noResultsIn': 'Keine Ergebnisse: Das Szenario lässt sich nicht berechnen ({state})',
  'results.summary': {
    one: '{n} Staat. Vorschlag der Kommission (Art. 12 Abs. 2): {relocations} Umsiedlungen oder {eur} Mio. EUR.',
    other:
      '{n} Staaten. Vorschlag der Kommission (Art. 12 Abs. 2): {relocations} Umsiedlungen oder {eur} Mio. EUR.',
  },
  'results.council':
    'Referenzzahlen des Rates (Art. 57 Abs. 1): {relocations} Umsiedlungen oder {eur} Mio. EUR.',
  'results.noCouncil':
    'Noch kein Rechtsakt des Rates: Die gerechten Anteile beruhen auf dem Vorschlag, {relocations} Umsiedlungen oder {eur} Mio. EUR.',
  'results.nothingWritten': 'Nichts wird geschrieben, bevor Sie die Tabellen schreiben.',
  'results.shown': 'Angezeigte Ergebnisse',
  'results.layout.shares': 'Gerechte Anteile',
  'results.layout.effective': 'Nach Abzügen',
  'results.layout.balance': 'Abzüge und Saldo',
  'results.layout.compare': 'Vergleich',
  'results.table': 'Ergebnisse nach Staat',
  'results.col.state': 'Staat',
  'results.col.fairShare': 'Gerechter Anteil',
  'results.col.relocations': 'Umsiedlungen',
  'results.col.eur': 'Mio. EUR',
  'results.col.deducted': 'Abgezogen',
  'results.col.effective': 'Nach Abzug (Mio. EUR)',
  'results.col.balance': 'Saldo (Mio. EUR)',
  'results.col.mandatory':
    'Verpflich\u00ADtender Verant\u00ADwortungs\u00ADausgleich (Art. 63 Abs. 3)',
  'results.col.obliged': 'Muss umsetzen (Art. 60 Abs. 3)',
  'results.none': 'Keiner',
  'results.notObliged': 'Nicht ver\u00ADpflichtet',
  'results.fullyDeducted': 'Voll\u00ADständiger Abzug',
  'results.obliged': 'Ja',
  'results.reason.benefitting-58-1': 'Nein: begünstigt (58 Abs. 1)',
  'results.reason.benefitting-59-4': 'Nein: begünstigt (59 Abs. 4)',
  'results.reason.full-deduction-61': 'Nein: vollständiger Abzug (61)',
  'results.reason.full-deduction-62': 'Nein: vollständiger Abzug (62)',
  'results.why.benefitting-58-1':
    'Nicht zur Umsetzung verpflichtet: begünstigter Mitgliedstaat (Art. 58 Abs. 1, Art. 60 Abs. 3)',
  'results.why.benefitting-59-4':
    'Nicht zur Umsetzung verpflichtet: begünstigter Mitgliedstaat (Art. 59 Abs. 4, Art. 60 Abs. 3)',
  'results.why.full-deduction-61':
    'Nicht zur Umsetzung verpflichtet: vollständiger Abzug (Art. 61, Art. 60 Abs. 3)',
  'results.why.full-deduction-62':
    'Nicht zur Umsetzung verpflichtet: vollständiger Abzug (Art. 62, Art. 60 Abs. 3)',
  'results.position.meets': 'Erreicht seinen gerechten Anteil: {eur} EUR',
  'results.position.shortfall': 'Fehlbetrag: {eur} EUR',
  'results.position.surplus': 'Überschuss: {eur} EUR',
  'results.full.eur': '{amount} EUR',
  'results.full.relocations': '{amount} Umsiedlungen (genauer Anteil)',
  'results.full.share': '{share} des Pools',
  'results.full.offsets': '{amount} Verantwortungsausgleiche',
  'results.pools': 'Die drei Pools',
  'results.pool.measure': 'Maßnahme',
  'results.pool.reference': 'Referenz',
  'results.pool.pledged': 'Zugesagt',
  'results.pool.toImplement': 'Umzusetzen',
  'results.pool.relocations': 'Umsiedlungen',
  'results.pool.offsets': 'Verantwortungsausgleich',
  'results.pool.financial': 'Finanzielle Beiträge (Mio. EUR)',
  'results.pool.alternative': 'Alternative Solidaritätsmaßnahmen (Mio. EUR)',
  'results.pool.value': 'Wert (Mio. EUR)',
  'results.pool.note':
    'Der umzusetzende Pool lässt die Staaten aus, die nicht zur Umsetzung verpflichtet sind: begünstigte Mitgliedstaaten und Staaten mit vollständigem Abzug (Art. 60 Abs. 3).',
  'results.benefitting.default':
    'Begünstigt standardmäßig: die Staaten, die als unter Migrationsdruck stehend ermittelt wurden (Art. 11), bis ein Staat erklärt, den Pool in Anspruch zu nehmen (Art. 58 Abs. 1): Tragen Sie die Erklärungen auf der Registerkarte Zusagen ein.',
  'results.benefitting.declared': 'Begünstigt wie erklärt (Art. 58 Abs. 1, Art. 59 Abs. 4).',
  'results.art63.heading': 'Die Zusagen gemessen an Artikel 63',
  'results.art63.request':
    'Art. 63 Abs. 1: {pledges} zugesagte Umsiedlungen gegenüber 50 % der {number} des Vorschlags der Kommission ({threshold}).',
  'results.art63.requestMet':
    'Erreicht: Ein begünstigter Mitgliedstaat kann andere Mitgliedstaaten ersuchen, statt Umsiedlungen die Verantwortung für Antragsteller zu übernehmen (Art. 63 Abs. 1); jeder beitragende Mitgliedstaat kann dies anbieten (Art. 63 Abs. 2 Buchst. a).',
  'results.art63.requestNotMet':
    'Nicht erreicht: Begünstigte Mitgliedstaaten können keinen Verantwortungsausgleich verlangen (Art. 63 Abs. 1); ein beitragender Mitgliedstaat kann ihn anbieten, wenn er 50 % oder mehr seines verpflichtenden gerechten Anteils als Umsiedlungen zugesagt hat (Art. 63 Abs. 2 Buchst. b).',
  'results.art63.targetBelow':
    'Art. 63 Abs. 3: Das Ziel ist {target}, der höhere Wert aus {floor} (Art. 12 Abs. 2 Buchst. a) und 60 % der Referenzzahl ({share}); die Zusagen liegen darunter.',
  'results.art63.targetReached':
    'Art. 63 Abs. 3: Das Ziel ist {target}, der höhere Wert aus {floor} (Art. 12 Abs. 2 Buchst. a) und 60 % der Referenzzahl ({share}); die Zusagen erreichen es.',
  'results.art63.netBelow': 'Art. 63 Abs. 4: {net} umzusetzen, darunter.',
  'results.art63.netReached': 'Art. 63 Abs. 4: {net} umzusetzen, es erreichend.',
  'results.art63.not-applicable':
    'Die Umsiedlungszusagen und die umzusetzenden erreichen den höheren der beiden Werte: kein verpflichtender Verantwortungsausgleich (Art. 63 Abs. 3, 4).',
  'results.art63.conditional':
    'Die Zusagen liegen unter dem Ziel, aber das hochrangige Forum wurde nicht nach Art. 13 Abs. 4 erneut einberufen: Ein verpflichtender Verantwortungsausgleich gälte, wenn die Zusagen danach darunter bleiben (Art. 63 Abs. 3). Noch schuldet kein Staat einen Ausgleich.',
  'results.art63.applies':
    'Nach der erneuten Einberufung des hochrangigen Forums liegen die Zusagen unter dem Ziel: Die beitragenden Mitgliedstaaten übernehmen die Verantwortung für Antragsteller bis zu diesem, jeder nicht über seinen gerechten Anteil hinaus (Art. 63 Abs. 3, 7).',
  'results.forum': 'Das hochrangige Forum wurde erneut einberufen (Art. 13 Abs. 4)',
  'results.cap': 'Art. 63 Abs. 7: Was die Obergrenze beim gerechten Anteil zählt',
  'results.capReading':
    'Art. 63 Abs. 7: Was die Obergrenze beim gerechten Anteil zählt (Lesart des Werkzeugs)',
  'results.cap.everyType': 'Jede Art zu gleichem Wert (Art. 56 Abs. 2)',
  'results.cap.peopleOnly': 'Nur Personen (Umsiedlungen und Ausgleich)',
  'results.shortcomings': 'Systemische Mängel (Art. 60 Abs. 3)',
  'results.shortcomingsNote':
    'Von der Kommission festgestellte systemische Mängel (Art. 60 Abs. 3): Zusagen und Ausgleich zugunsten dieses Staates sind nicht erforderlich; er behält seinen Anteil und seinen Status.',
  'compare.with': 'Dieses Szenario (A) vergleichen mit (B)',
  'compare.placeholder': 'Eine Vorgabe oder ein in dieser Arbeitsmappe gespeichertes Szenario',
  'compare.measure': 'Größe',
  'compare.measure.fairShare': 'Gerechter Anteil',
  'compare.measure.relocations': 'Richtwert Umsiedlungen',
  'compare.measure.effectiveFinancialEur': 'Beitrag nach Abzug (Mio. EUR)',
  'compare.thisScenario': 'Dieses Szenario',
  'compare.table': '{measure}: {a} (A), {b} (B) und die Veränderung von A zu B',
  'compare.state': 'Staat',
  'compare.side': '{name} ({side})',
  'compare.change': 'Veränderung von A zu B',
  'compare.changePoints': 'Veränderung von A zu B in Prozentpunkten',
  'compare.full.points': '{points} Prozentpunkte',
  'compare.notInBoth': 'Nicht in beiden Szenarien',
  'compare.full.change': 'Von {a} zu {b}: {change}',
  'compare.writes':
    'Das Schreiben der Tabellen fügt das Blatt Compare hinzu: A, B und die Veränderung von A zu B je Staat, mit einem Diagramm der Veränderung.',
  'compare.stop': 'Nicht mehr vergleichen',
  'compare.saved': 'In dieser Arbeitsmappe gespeichert: {name}',
};
