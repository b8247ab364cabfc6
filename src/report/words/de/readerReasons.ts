import type { readerReasons as en } from '../en/readerReasons';
import type { Localized } from '../translate';

// The readers' reasons (src/data/reasons) in German; terms of the Regulation: GLOSSARY.md.
export const readerReasons: Localized<typeof en> = {
  'readers.number.quoted': '„{text}“',
  'readers.number.quotedFor': '„{text}“ für {code}',
  'readers.number.empty': 'Die Zelle ist leer: Schreiben Sie eine Zahl.',
  'readers.number.twoMeanings':
    '{quoted} kann {grouped} (ein Punkt zwischen den Tausendern) oder {decimal} bedeuten: Schreiben Sie {grouped} oder {plain}, damit es eindeutig ist (oder lesen Sie die Datei mit Dezimalkommas, wenn sie Dezimalkommas schreibt).',
  'readers.number.nan': 'Der Wert ist keine Zahl (NaN): Prüfen Sie die Zahl.',
  'readers.number.tooLarge':
    '{quoted} übersteigt die größte Zahl, die eine Tabellenkalkulation aufnehmen kann (etwa 1E+308): Prüfen Sie die Zahl.',
  'readers.number.underflow':
    '{quoted} ist zu klein, um gespeichert zu werden (unter 1E-308), und würde zu 0: Prüfen Sie die Zahl.',
  'readers.number.tooSmall':
    '{quoted} ist zu klein für eine Tabellenkalkulation (unter etwa 2,2E-308): Prüfen Sie die Zahl.',
  'readers.number.hexadecimal':
    '{quoted} ist hexadezimal geschrieben: Schreiben Sie die Zahl in Dezimalziffern.',
  'readers.number.binary':
    '{quoted} ist binär geschrieben: Schreiben Sie die Zahl in Dezimalziffern.',
  'readers.number.octal':
    '{quoted} ist oktal geschrieben: Schreiben Sie die Zahl in Dezimalziffern.',
  'readers.number.infinite': '{quoted} ist keine Zahl: Schreiben Sie eine endliche Zahl.',
  'readers.number.percent': '{quoted} enthält ein Prozentzeichen: Schreiben Sie nur die Zahl.',
  'readers.number.space':
    '{quoted} enthält ein Leerzeichen: Schreiben Sie die Ziffern ohne Leerzeichen (ohne Tausendertrennzeichen).',
  'readers.number.commaNotGroups':
    '{quoted} enthält ein Komma, das weder Dezimaltrennzeichen ist noch Gruppen von drei Ziffern trennt: Schreiben Sie nur Ziffern, mit einem Punkt für die Dezimalstellen.',
  'readers.number.comma':
    '{quoted} enthält ein Komma: Schreiben Sie nur Ziffern, mit einem Punkt für die Dezimalstellen und ohne Tausendertrennzeichen (oder setzen Sie die Zelle in einer durch Kommas getrennten Datei in Anführungszeichen, "83,456,045").',
  'readers.number.dots':
    '{quoted} enthält mehr als einen Punkt: Schreiben Sie nur Ziffern, mit einem einzigen Punkt für die Dezimalstellen und ohne Tausendertrennzeichen.',
  'readers.number.notANumber':
    '{quoted} ist keine Zahl: Schreiben Sie nur Ziffern, mit einem Punkt für die Dezimalstellen.',
  'readers.comma.twoMeanings':
    '{quoted} kann {grouped} (ein Komma zwischen den Tausendern) oder {decimal} (Dezimalstellen) bedeuten: Schreiben Sie {grouped} oder {decimals}, damit es eindeutig ist (oder lesen Sie die Datei mit Dezimalpunkten, wenn sie Dezimalpunkte schreibt).',
  'readers.comma.decimalPoint':
    '{quoted} enthält einen Dezimalpunkt, die Datei wird aber mit Dezimalkommas gelesen: Schreiben Sie {asComma} oder lesen Sie die Datei mit Dezimalpunkten.',
  'readers.comma.commas':
    '{quoted} enthält mehr als ein Komma: Schreiben Sie bei Dezimalkommas ein einziges Komma vor den Dezimalstellen (494087,6).',
  'readers.comma.groups':
    '{quoted} ist nicht in Dreiergruppen gegliedert: Bei Dezimalkommas darf ein Punkt oder ein Leerzeichen nur Gruppen von drei Ziffern trennen (9.215.956 oder 9 215 956), durchgehend dasselbe Zeichen.',
  'readers.comma.notANumber':
    '{quoted} ist keine Zahl: Schreiben Sie Ziffern, mit einem Komma für die Dezimalstellen (494087,6).',
  'readers.convention.mixed':
    'Die Datei schreibt Zahlen auf beide Arten: „{comma}“ (Zeile {commaLine}) ist nur mit Dezimalkomma lesbar, „{point}“ (Zeile {pointLine}) nur mit Dezimalpunkt; welche Zahl gemeint ist, lässt sich daher nicht sagen, und nichts wurde gelesen. Wählen Sie, wie die Datei gelesen wird: mit Dezimalkommas oder mit Dezimalpunkten (im Aufgabenbereich: in dieser Prüfung; in der Befehlszeile: --decimal comma oder --decimal point); anders geschriebene Zahlen werden dann in ihrer Zeile abgelehnt.',
  'readers.series.noObservations': 'Die Datei enthält keine Beobachtungen.',
  'readers.series.periods': 'Die Datei enthält {n} Zeiträume ({periods}): Wählen Sie einen aus.',
  'readers.series.missingPeriod': 'Keine Beobachtungen für {period}: Die Daten umfassen {periods}.',
  'readers.series.noPeriods': 'Keine Beobachtungen für {period}.',
  'readers.series.notAState':
    '{geo} ist kein Staat (ein Aggregat, eine Region oder eine Route): übersprungen; das Werkzeug berechnet Summen selbst.',
  'readers.series.unknownCode':
    'Unbekannter Staatencode „{geo}“: Verwenden Sie einen Eurostat-Code wie DE oder EL (oder GR) für Griechenland.',
  'readers.series.valueFor': 'Der Wert für {code}: {problem}',
  'readers.series.gap': 'Kein Wert für {code}: als Lücke gelassen (nie als null gezählt).',
  'readers.series.negative':
    'Der Wert {value} für {code} ist negativ: Eine Anzahl oder ein Betrag kann das nicht sein.',
  'readers.series.again':
    '{code} {period} erscheint erneut (zuerst in Zeile {first}): Behalten Sie eine Zeile je Staat.',
  'readers.file.utf16':
    'Die Datei ist in UTF-16: Speichern Sie sie als UTF-8 (in Excel: Speichern unter, „CSV UTF-8 (durch Trennzeichen getrennt)“).',
  'readers.file.notUtf8':
    'Die Datei ist nicht in UTF-8: Diese Zeile enthält Zeichen, die nicht gelesen werden können (als � angezeigt). Speichern Sie sie als UTF-8 (in Excel: Speichern unter, „CSV UTF-8 (durch Trennzeichen getrennt)“).',
  'readers.file.empty': 'Die Datei ist leer: {what}',
  'readers.file.what.csv': 'Sie braucht eine Kopfzeile und eine Zeile je Datensatz.',
  'readers.file.what.tsv': 'Eine Eurostat-TSV hat eine Kopfzeile und eine Zeile je Reihe.',
  'readers.file.what.json': 'Sie sollte einen JSON-stat-Datensatz enthalten.',
  'readers.file.tooLong':
    'Der Text hat {length} Zeichen, mehr als die {limit}, die Excel in einer Zelle aufnimmt: Kürzen Sie ihn.',
  'readers.csv.unclosedQuote':
    'Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen, daher kann der Rest der Datei nicht gelesen werden: Schließen Sie das Anführungszeichen (ein Anführungszeichen in einer Zelle in Anführungszeichen wird doppelt geschrieben, "").',
  'readers.csv.columnTwice':
    'Die Spalte „{header}“ erscheint zweimal (Spalten {first} und {second}): Behalten Sie eine oder benennen Sie die andere um.',
  'readers.csv.textAfterQuote':
    'Text nach einem schließenden Anführungszeichen ({text}): Ein Anführungszeichen in einer Zelle in Anführungszeichen wird doppelt geschrieben, "".',
  'readers.csv.quoteInCell':
    'Ein Anführungszeichen in einer Zelle ohne Anführungszeichen ({text}): Setzen Sie die ganze Zelle in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt, "".',
  'readers.csv.joined':
    '{problem} Die Zeilen {line} bis {end} wurden wegen eines Anführungszeichens als diese eine Zeile gelesen: Prüfen Sie sie alle.',
  'readers.csv.moreFieldsComma':
    'Die Zeile hat {n} Felder, die Kopfzeile {header}: Nichts davon wurde gelesen. Eine Zahl mit Tausendertrennzeichen muss in Anführungszeichen stehen ("83,456,045") oder ohne sie geschrieben werden (83456045); ein Text mit einem Komma muss in Anführungszeichen stehen.',
  'readers.csv.moreFields':
    'Die Zeile hat {n} Felder, die Kopfzeile {header}: Nichts davon wurde gelesen. Ein Text, der {separator} enthält, muss in Anführungszeichen stehen.',
  'readers.csv.fewerFields':
    'Die Zeile hat {n} Felder, die Kopfzeile {header} (es fehlen: {missing}): Nichts davon wurde gelesen. Trennen Sie die Zellen durch {separator} und schreiben Sie eine leere Zelle als nichts zwischen zwei Trennzeichen.',
  'readers.csv.fewerFields.one':
    'Die Zeile hat {n} Feld, die Kopfzeile {header} (es fehlen: {missing}): Nichts davon wurde gelesen. Trennen Sie die Zellen durch {separator} und schreiben Sie eine leere Zelle als nichts zwischen zwei Trennzeichen.',
  'readers.csv.separator.comma': 'ein Komma',
  'readers.csv.separator.semicolon': 'ein Semikolon',
  'readers.csv.separator.tab': 'einen Tabulator',
  'readers.csv.separator.bar': 'einen senkrechten Strich',
  'readers.csv.unnamedColumn': 'eine Spalte ohne Namen',
  'readers.csv.noHeader':
    '„{text}“ steht unter einer Spalte ohne Überschrift: Geben Sie der Spalte einen Namen oder leeren Sie die Zelle.',
  'readers.csv.lineBreak':
    'Die Zeilen {line} bis {end} wurden als eine Zeile gelesen: Ein in {column} geöffnetes Anführungszeichen verbindet sie. Prüfen Sie die Anführungszeichen in diesen Zeilen (ein Anführungszeichen in einer Zelle in Anführungszeichen wird doppelt geschrieben, "").',
  'readers.long.noColumn':
    'Die Datei hat keine Spalte „{column}“, die als {role} gelesen werden könnte (gefunden: {found}).',
  'readers.long.nearHeader':
    'Die Spalte „{header}“ wurde als {name} gelesen, einen Buchstaben davon entfernt: Benennen Sie sie in „{name}“ um, wenn das richtig ist.',
  'readers.long.missing':
    'In der Kopfzeile fehlen die Spalten {names}: Eine lange CSV hat geo,year,value (gefunden: {found}). {then}',
  'readers.long.missing.one':
    'In der Kopfzeile fehlt die Spalte {names}: Eine lange CSV hat geo,year,value (gefunden: {found}). {then}',
  'readers.long.role.geo': 'geo (der Eurostat-Ländercode)',
  'readers.long.role.period': 'year (das Jahr)',
  'readers.long.role.value': 'value (der Wert)',
  'readers.long.noHeader': 'keine Kopfzeile',
  'readers.long.oneLetter': '„{header}“ ist einen Buchstaben von „{name}“ entfernt',
  'readers.long.confirm': '{near}: Bestätigen Sie es oder ordnen Sie die Spalten zu.',
  'readers.long.map': 'Ordnen Sie die Spalten zu oder benennen Sie sie um.',
  'readers.sdmx.notSdmx':
    'Keine SDMX-CSV-Datei: Sie braucht die Spalten geo, TIME_PERIOD und OBS_VALUE.',
  'readers.sdmx.mixes':
    'Die Datei mischt {n} Werte von {column} ({values}): Filtern Sie den Auszug vor dem Laden auf einen Wert von {column}.',
  'readers.tsv.notTsv':
    'Keine Eurostat-Bulk-TSV: Die erste Zelle der Kopfzeile muss auf geo\\TIME_PERIOD enden, und die Spalten müssen durch Tabulatoren getrennt sein.',
  'readers.tsv.cells':
    'Die Zeile hat {n} durch Tabulatoren getrennte Zellen, die Kopfzeile {header}: Nichts davon wurde gelesen. Trennen Sie die Zellen durch Tabulatoren (nicht durch Kommas oder Leerzeichen) und schreiben Sie „:“ für einen fehlenden Wert.',
  'readers.tsv.codes':
    'Die Zeile nennt {n} Codes ({codes}), die Kopfzeile {dims} ({names}): Geben Sie einen Code je Dimension an, durch Kommas getrennt.',
  'readers.tsv.mixes': 'Die Datei mischt {n} Werte von {dimension} ({values}): Behalten Sie einen.',
  'readers.tsv.emptyCell': 'Die Zelle ist leer: Schreiben Sie „:“ für einen fehlenden Wert.',
  'readers.tsv.notACell':
    '„{text}“ ist keine Eurostat-Zelle: Schreiben Sie den Wert, dann ein Leerzeichen und die Kennzeichen („5 p“), oder „:“, wenn er fehlt.',
  'readers.tsv.joined':
    '„{text}“ verbindet Wert und Kennzeichen: Eurostat schreibt ein Leerzeichen dazwischen („{value} {flag}“).',
  'readers.json.notJson': 'Kein gültiges JSON: {detail}.',
  'readers.json.notDataset':
    'Kein JSON-stat-2.0-Datensatz: Er braucht "class": "dataset" mit "id", "size", "dimension" und "value".',
  'readers.json.idList':
    '"id" muss die Dimensionen mit Namen auflisten, z. B. ["freq","unit","sex","age","geo","time"].',
  'readers.json.idTwice': '"id" nennt eine Dimension zweimal: Nennen Sie jede nur einmal.',
  'readers.json.sizeList':
    '"size" muss die Zahl der Kategorien jeder Dimension angeben, als ganze Zahlen.',
  'readers.json.sizeCount':
    'Die Zahl der Einträge von "size" ({sizes}) weicht von der von "id" ({ids}) ab: Geben Sie eine Größe je Dimension an.',
  'readers.json.dimensionMissing': '"dimension" muss jede in "id" genannte Dimension beschreiben.',
  'readers.json.sizeDisagrees':
    'Die Zahl der Kategorien der Dimension {dimension} ({n}) weicht von der in "size" ({size}) ab: Gleichen Sie beides an.',
  'readers.json.noCategory':
    'Die Dimension {dimension} hat kein "category": Geben Sie ihre Kategorien mit "index" (und "label") an.',
  'readers.json.noIndex':
    'Die Dimension {dimension} hat kein "category.index": Führen Sie ihre Kategorien der Reihe nach auf.',
  'readers.json.indexNotTexts':
    'Die Dimension {dimension} führt in "category.index" Kategorien auf, die keine Texte sind.',
  'readers.json.badPosition':
    'Die Dimension {dimension} gibt {category} die Position {position}: Die Positionen reichen von 0 bis {last}.',
  'readers.json.samePosition':
    'Die Dimension {dimension} gibt {first} und {second} in "category.index" dieselbe Position {position}: Geben Sie jeder Kategorie ihre eigene.',
  'readers.json.indexKind':
    'Die Dimension {dimension} hat ein "category.index", das weder eine Liste noch ein Objekt ist.',
  'readers.json.categoryTwice':
    'Die Dimension {dimension} führt die Kategorie {category} in "category.index" zweimal auf: Führen Sie jede nur einmal auf.',
  'readers.json.noDimension':
    'Der Datensatz hat keine Dimension "{dimension}" (er hat {dimensions}).',
  'readers.json.manyCategories':
    'Die Dimension {dimension} hat {n} Kategorien ({categories}): Fordern Sie eine einzige an, z. B. &{dimension}={first}.',
  'readers.json.tooManyCells':
    'Der Datensatz gibt {cells} Zellen an (size {sizes}), mehr als die {limit}, die das Werkzeug liest: Fordern Sie weniger Zeiträume oder Staaten an.',
  'readers.json.entries':
    'Die Zahl der Einträge von "{member}" ({n}) weicht von der Zahl der Zellen ab, die "size" angibt ({cells}): Gleichen Sie beides an.',
  'readers.json.notACell':
    '"{member}" hat den Schlüssel "{key}", der keine von "size" angegebene Zelle ist (Zahl der Zellen: {cells}, nummeriert von 0 bis {last}).',
  'readers.json.memberKind':
    '"{member}" muss eine Liste mit einem Eintrag je Zelle sein oder ein Objekt mit den Zellnummern als Schlüsseln (gefunden: {found}).',
  'readers.json.observation': 'Beobachtung {index} ({geo} {period})',
  'readers.json.valueOf': 'Der Wert der {where}: {problem}',
  'readers.json.valueIs':
    'Der Wert der {where} ist {found}: JSON-stat-Werte sind Zahlen oder null.',
  'readers.json.statusIs': 'Der Status der {where} ist {found}: Ein Status ist ein Text wie „p“.',
  'readers.json.found.null': 'null',
  'readers.json.found.list': 'eine Liste',
  'readers.json.found.object': 'ein Objekt',
  'readers.json.found.text': 'der Text {text}',
  'readers.eurostat.error': 'Eurostat antwortete mit dem Fehler {id}: {label}.',
  'readers.eurostat.errorMeaning': 'Eurostat antwortete mit dem Fehler {id} ({meaning}): {label}.',
  'readers.eurostat.noDetail': 'ohne nähere Angabe',
  'readers.eurostat.meaning.100':
    'keine Ergebnisse entsprechen der Anfrage: Prüfen Sie den Zeitraum und die Codes',
  'readers.eurostat.meaning.140': 'die Anfrage enthält einen Syntaxfehler',
  'readers.eurostat.meaning.150':
    'die Anfrage nennt eine Dimension oder einen Code, die der Datensatz nicht hat',
  'readers.eurostat.meaning.500':
    'Eurostat hatte einen internen Fehler: Versuchen Sie es später erneut',
  'readers.eurostat.timeout':
    'Eurostat hat nicht innerhalb von {seconds} Sekunden geantwortet: Versuchen Sie es später erneut oder laden Sie stattdessen eine Datei.',
  'readers.eurostat.unreachable':
    'Eurostat ist nicht erreichbar: Prüfen Sie die Internetverbindung oder laden Sie stattdessen eine Datei.',
  'readers.eurostat.tooLarge':
    'Eurostat hat die Anfrage als zu groß abgelehnt (HTTP 413): Fragen Sie einen Zeitraum nach dem anderen an.',
  'readers.eurostat.http': 'Eurostat antwortete mit HTTP {status}: Versuchen Sie es später erneut.',
  'readers.eurostat.giveYear': 'Geben Sie ein Jahr an, etwa 2024.',
  'readers.eurostat.giveMonth': 'Geben Sie einen Monat an, etwa 2025-12.',
  'readers.grid.noCode':
    'Keine Spalte nennt den Staat: Nennen Sie eine „Code“ (Eurostat-Codes wie DE) oder „State“ (gefunden: {found}).',
  'readers.grid.noColumn': 'Keine Spalte „{column}“.',
  'readers.grid.noPeriod':
    'Kein Zeitraum: Fügen Sie eine Spalte „Year“ hinzu oder geben Sie an, für welches Jahr die Werte gelten.',
  'readers.grid.noState':
    'Die Zeile enthält Zahlen, aber keinen Staat: Schreiben Sie den Staatencode (etwa DE) oder leeren Sie die Zeile.',
  'readers.grid.valueFor': 'Der Wert für {geo}: {problem}',
  'readers.grid.logical': 'Der Wahrheitswert {value} ist keine Zahl: Schreiben Sie die Zahl.',
  'readers.grid.notANumber': 'Die Zelle ist keine Zahl: Schreiben Sie die Zahl.',
  'readers.needs.unknownColumn':
    'Unbekannte Spalte „{header}“: Eine Bedarfsdatei hat die Spalten {columns}.',
  'readers.needs.noColumn': 'Keine Spalte „{name}“: Die Kopfzeile lautet {header}.',
  'readers.needs.atColumn': 'Spalte {column}: {problem}',
  'readers.needs.notACode':
    '„{text}“ ist kein Staatencode: Verwenden Sie einen Eurostat-Code wie IT.',
  'readers.needs.notBenefitting':
    '{code} ist kein begünstigter Mitgliedstaat (Artikel 58 Absatz 1, Artikel 59 Absatz 4): Erklären Sie ihn als begünstigt oder entfernen Sie die Zeile.',
  'readers.needs.notAType':
    '„{text}“ ist keine Art nach Artikel 56 Absatz 2: Schreiben Sie relocation, financial oder alternative.',
  'readers.needs.negative': '{value} ist negativ: Ein Bedarf kann das nicht sein.',
  'readers.needs.notWhole': '{value} ist keine ganze Zahl: Umsiedlungen zählen Personen.',
  'readers.needs.second':
    'ein zweiter Bedarf der Art {type} für {code} (der erste steht in Zeile {first}): Behalten Sie einen.',
  'readers.records.unknownColumn':
    'Unbekannte Spalte „{header}“: Eine Durchführungsdatei hat die Spalten {columns}.',
  'readers.records.twoColumns':
    'Die Spalten „{first}“ und „{second}“ geben beide „{key}“ an: Behalten Sie eine.',
  'readers.records.missing': 'Fehlende Spalten {missing}: Die Kopfzeile lautet {header}.',
  'readers.records.missing.one': 'Fehlende Spalte {missing}: Die Kopfzeile lautet {header}.',
  'readers.records.atColumn': 'Spalte {column}: {problem}',
  'readers.records.notADate':
    '„{text}“ ist kein Datum in der Form JJJJ-MM-TT: Schreiben Sie es als 2026-09-14 (nur eine Reihenfolge, damit 03/04 nicht auf zwei Arten gelesen werden kann).',
  'readers.records.notADay': '{text} ist kein Kalendertag: Prüfen Sie das Datum.',
  'readers.records.noContributing': 'kein beitragender Staat: Schreiben Sie seinen Code (etwa DE).',
  'readers.records.notACode':
    '„{text}“ ist kein Staatencode: Verwenden Sie einen Eurostat-Code wie DE oder EL für Griechenland.',
  'readers.records.notABenefittingCode':
    '„{text}“ ist kein Staatencode: Verwenden Sie einen Eurostat-Code wie IT.',
  'readers.records.mayNotImplement':
    '{code} ist weder ein teilnehmender Staat noch ein mit Dublin assoziierter Staat, der ad hoc beiträgt (Artikel 13 Absatz 1): Prüfen Sie den Code.',
  'readers.records.notAType':
    '„{text}“ ist keine Art: Schreiben Sie relocation, offset, financial oder alternative.',
  'readers.records.noBenefitting':
    '{type} wird gegenüber einem begünstigten Mitgliedstaat durchgeführt: Schreiben Sie dessen Code (nur ein finanzieller Beitrag darf keinen nennen, Artikel 64 Absatz 1).',
  'readers.records.towardsItself':
    '{code} ist auch der beitragende Staat: Ein Staat leistet sich selbst gegenüber keine Solidarität.',
  'readers.records.inPersons':
    '{type} wird in Personen gezählt: Verschieben Sie die Zahl nach {own} und leeren Sie {other}.',
  'readers.records.inEuros':
    '{type} wird in Euro gezählt: Verschieben Sie die Zahl nach {own} und leeren Sie {other}.',
  'readers.records.needsPersons': '{type} braucht die Zahl der Personen.',
  'readers.records.needsEuros': '{type} braucht den Betrag in Euro.',
  'readers.records.notAboveZero':
    '{value} ist nicht größer als null: Ein Eintrag gilt etwas Durchgeführtem.',
  'readers.records.notWhole': '{value} ist keine ganze Zahl: Ein Eintrag zählt Personen.',
  'readers.records.type.relocation': 'eine Umsiedlung',
  'readers.records.type.offset': 'ein Verantwortungsausgleich',
  'readers.records.type.financial': 'ein finanzieller Beitrag',
  'readers.records.type.alternative': 'eine alternative Solidaritätsmaßnahme',
  'readers.place.(file)': '(Datei)',
  'readers.place.(document)': '(Dokument)',
  'readers.place.(row)': '(Zeile)',
  'readers.place.(header)': '(Kopfzeile)',
  'readers.place.(table)': '(Tabelle)',
  'readers.place.(first column)': '(erste Spalte)',
  'readers.place.numbered': 'Spalte {n}',
};
