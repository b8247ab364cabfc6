import type { implementation as en } from '../en/implementation';
import type { Localized } from '../translate';

// Terms of the Regulation's German version: src/report/words/GLOSSARY.md ("systemische Mängel",
// Art. 60(3), is to check there).
export const implementation: Localized<typeof en> = {
  'implementation.needPledges':
    'Die Einträge werden mit den Zusagen abgeglichen: Laden Sie zuerst eine Zusagerunde im Tab Zusagen.',
  'implementation.intro':
    'Was umgesetzt wurde, von wem, gegenüber wem, wann: Umsiedlungen (Art. 67, 68), Verantwortungsausgleich (Art. 63, 69), finanzielle Beiträge (Art. 64) und alternative Solidaritätsmaßnahmen zu ihrem gemeinsam festgelegten Wert (Art. 65 Abs. 1). Tippen oder fügen Sie sie unten ein, oder laden Sie sie. Das Schreiben fügt das Blatt Implementation hinzu, mit Formeln über den Einträgen.',
  'implementation.exampleRecords': 'Die illustrativen Einträge 2026 laden',
  'implementation.recordsFile': 'Einträge aus einer CSV-Datei…',
  'implementation.recordsFileLabel': 'Datei der Umsetzungseinträge (CSV)',
  'implementation.fromWorkbook': 'Die Einträge dieser Arbeitsmappe lesen',
  'implementation.exampleNeeds': 'Den illustrativen Bedarf laden',
  'implementation.needsFile': 'Bedarf aus einer CSV-Datei…',
  'implementation.needsFileLabel': 'Bedarfsdatei (CSV)',
  'implementation.nothingLoaded': 'Aus {origin} wurde nichts geladen:',
  'implementation.counted': 'Gezählte Einträge: {records}. Einträge aus {source}.',
  'implementation.needsFrom': 'Bedarf aus {source}.',
  'implementation.noNeeds': 'Noch kein Bedarf angegeben (Art. 58 Abs. 2).',
  'implementation.shortcomings':
    'Festgestellte systemische Mängel (Art. 60 Abs. 3), ihnen gegenüber ist nichts verlangt: {states}.',
  'implementation.shortcomingsNone': 'keine',
  'implementation.setShortcomings': 'Im Tab Ergebnisse festlegen',
  'implementation.grid.table': 'Umsetzungseinträge',
  'implementation.grid.date': 'Datum',
  'implementation.grid.contributing': 'Von',
  'implementation.grid.benefitting': 'An',
  'implementation.grid.type': 'Art',
  'implementation.grid.amount': 'Personen oder EUR',
  'implementation.grid.label.date': 'Datum (jjjj-mm-tt), Eintrag {n}',
  'implementation.grid.label.contributing': 'Beitragender Mitgliedstaat (Code), Eintrag {n}',
  'implementation.grid.label.benefitting':
    'Begünstigter Mitgliedstaat (Code; keiner für eine Überweisung an den Unionshaushalt), Eintrag {n}',
  'implementation.grid.label.type':
    'Art (relocation, offset, financial oder alternative), Eintrag {n}',
  'implementation.grid.label.amount':
    'Personen für Umsiedlungen und Verantwortungsausgleich, Euro für die anderen, Eintrag {n}',
  'implementation.grid.pasted': '{rows} Zeilen eingefügt.',
  'implementation.grid.refused':
    '{cells} Zellen abgelehnt, an Ort und Stelle markiert; ihre Zeilen bleiben bis zur Korrektur außen vor.',
  'implementation.grid.outside': '{values} Werte jenseits der Spalten des Rasters ausgelassen.',
  'implementation.grid.undoPaste': 'Strg+Z nimmt das Einfügen zurück.',
  'implementation.grid.undone': 'In den Einträgen rückgängig gemacht.',
  'implementation.grid.redone': 'In den Einträgen wiederhergestellt.',
  'implementation.grid.nothingToUndo': 'In den Einträgen gibt es nichts rückgängig zu machen.',
  'implementation.grid.nothingToRedo': 'Nichts wiederherzustellen.',
  'implementation.finding.towards-not-benefitting':
    'Gegenüber einem Staat, der kein begünstigter Mitgliedstaat ist (Art. 58 Abs. 1, Art. 59 Abs. 4)',
  'implementation.finding.towards-systemic-shortcomings':
    'Gegenüber einem Staat mit systemischen Mängeln: nicht verlangt, die Wahl des beitragenden Mitgliedstaats (Art. 60 Abs. 3)',
  'implementation.finding.no-pledge-of-type': 'Keine Zusage dieser Art (Art. 57 Abs. 1)',
  'implementation.finding.beyond-pledge': 'Über die umzusetzende Zusage hinaus (Art. 60 Abs. 3)',
  'implementation.finding.outside-year':
    'Außerhalb des Jahres des Pools: nicht in seiner Bestätigung im Januar (Art. 60 Abs. 6)',
  'implementation.end.title': 'Am Ende des Jahres {year}',
  'implementation.end.offsets':
    'Art. 63 Abs. 5: Von den beitragenden Mitgliedstaaten kann Verantwortungsausgleich für {owed} Personen verlangt werden (zugesagte, nicht umgesetzte Umsiedlungen); die begünstigten Mitgliedstaaten können {requestable} verlangen.',
  'implementation.end.state': '{state}: Verantwortungsausgleich für {offsets} Personen',
  'implementation.end.stateConverted':
    '{state}: Verantwortungsausgleich für {offsets} Personen, {eur} EUR alternative Solidaritätsmaßnahmen umgewandelt (Art. 57 Abs. 4)',
  'implementation.end.converted':
    'Art. 57 Abs. 4: {eur} EUR nicht angeforderte alternative Solidaritätsmaßnahmen werden in finanzielle Beiträge umgewandelt.',
  'implementation.end.notAllocated':
    'Art. 64 Abs. 4: {eur} EUR der {pool} EUR finanziellen Beiträge sind nicht zugewiesen und können der thematischen Fazilität des AMIF zugeführt werden.',
  'implementation.confirmation.title':
    'Bestätigung im Januar (Art. 60 Abs. 6), fällig im Januar {year}',
  'implementation.confirmation.share':
    'Weitergabe: Eine Kopie für eine Delegation enthält ihre eigene Bestätigung und die Einträge, an denen sie beteiligt ist.',
  'implementation.confirmation.none': 'Kein Staat hat einen Eintrag mit Datum {year}.',
  'implementation.confirmation.state':
    '{state}: {relocations} Umsiedlungen, Verantwortungsausgleich für {offsets} Personen, {financial} EUR finanziell, {alternative} EUR alternative Maßnahmen',
  'implementation.dist.table': 'Verteilung auf die begünstigten Mitgliedstaaten',
  'implementation.dist.state': 'Staat',
  'implementation.dist.type': 'Art',
  'implementation.dist.need': 'Bedarf',
  'implementation.dist.proposal': 'Vorschlag',
  'implementation.dist.distributed': 'Verteilt',
  'implementation.dist.basis': 'Grundlage',
  'implementation.dist.type.relocation': 'Personen',
  'implementation.dist.type.financial': 'Finanziell (EUR)',
  'implementation.dist.type.alternative': 'Alternativ (EUR)',
  'implementation.dist.basis.computed': 'berechnet',
  'implementation.dist.basis.typed': 'eingegeben',
  'implementation.dist.shortcomings': '{state} (systemische Mängel, Art. 60 Abs. 3)',
  'implementation.dist.label': '{type} verteilt an {state}',
  'implementation.dist.over':
    '{type}: Die eingegebenen Zahlen verteilen {distributed}, {over} mehr, als der umzusetzende Pool enthält ({available}). Senken Sie eine eingegebene Zahl, oder löschen Sie sie, um zum Vorschlag zurückzukehren.',
};
