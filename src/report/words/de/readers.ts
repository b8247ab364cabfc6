import type { readers as en } from '../en/readers';
import type { Localized } from '../translate';

// Terms of the Regulation's German version: src/report/words/GLOSSARY.md.
export const readers: Localized<typeof en> = {
  'readers.where.header': 'Kopfzeile',
  'readers.where.line': 'Zeile {line}',
  'readers.where.column': '{at} · {column}',
  'readers.error': 'Fehler: ',
  'readers.note': 'Hinweis: ',
  'readers.errors': { one: '{n} Fehler: zu beheben', other: '{n} Fehler: zu beheben' },
  'readers.notes': {
    one: '{n} Hinweis: Zeilen übersprungen oder als Lücken gelassen',
    other: '{n} Hinweise: Zeilen übersprungen oder als Lücken gelassen',
  },
  'readers.more': 'und {n} weitere.',
  'readers.pledges.unknownColumn':
    'Unbekannte Spalte „{header}“ (Spalte {index}). Eine Zusagendatei hat die Spalten {columns}.',
  'readers.pledges.unknownColumnNear':
    'Unbekannte Spalte „{header}“ (Spalte {index}): Meinten Sie „{near}“? Eine Zusagendatei hat die Spalten {columns}.',
  'readers.pledges.twoCodeColumns':
    'Die Spalten {both} geben beide den Staatencode an: Behalten Sie eine, sonst wird die andere ignoriert.',
  'readers.pledges.twoColumns':
    'Die Spalten {both} geben beide „{field}“ an: Behalten Sie eine, sonst wird die andere ignoriert.',
  'readers.pledges.twoDeductionColumns':
    '„{fraction}“ (ein Bruchteil, 0 bis 1) und „{percent}“ (0 bis 100) geben beide den Abzug an: Behalten Sie eine.',
  'readers.pledges.noCodeColumn':
    'Keine Spalte nennt den Staat: Fügen Sie „code“ hinzu (gefunden: {found}).',
  'readers.pledges.noPledgeColumn':
    'Die Datei enthält keine Zusage: Fügen Sie mindestens eine der Spalten relocations, financial_eur, alternative_eur, offsets, deduction_percent hinzu.',
  'readers.pledges.rowWithoutCode':
    'Spalte {column}: Die Zeile enthält „{text}“ unter {under}, aber keinen Staatencode: Schreiben Sie den Code (etwa DE) oder löschen Sie die Zeile.',
  'readers.pledges.notACode':
    '„{text}“ ist kein Staatencode: Verwenden Sie einen Eurostat-Code wie DE oder EL für Griechenland.',
  'readers.pledges.notParticipant':
    '{code} gehört nicht zu den teilnehmenden Staaten: Fügen Sie ihn den Teilnehmern hinzu oder entfernen Sie die Zeile.',
  'readers.pledges.secondRow':
    'eine zweite Zeile für {code} (die erste steht in Zeile {first}): Eine Zeile je Staat.',
  'readers.pledges.negative': '{value} ist negativ: Eine Zusage kann das nicht sein.',
  'readers.pledges.notWhole':
    '{value} ist keine ganze Zahl: Umsiedlungen zählen Personen (Artikel 56 Absatz 2 Buchstabe a).',
  'readers.pledges.notRequested':
    '„{text}“ ist weder ja noch nein noch noch nicht (Artikel 65 Absatz 1: ein konkretes Ersuchen des begünstigten Mitgliedstaats).',
  'readers.pledges.jointWithoutRequest':
    'ein gemeinsam festgelegter Wert folgt einem konkreten Ersuchen des begünstigten Mitgliedstaats (Artikel 65 Absatz 1): Schreiben Sie yes unter {column} oder löschen Sie den Wert.',
  'readers.pledges.notABasis':
    '„{text}“ ist keine Grundlage für einen Abzug: Schreiben Sie 61 (Migrationsdruck) oder 62 (erhebliche Migrationslage).',
  'readers.pledges.noBasis':
    'ein Abzug braucht seine Grundlage: 61 (Migrationsdruck) oder 62 (erhebliche Migrationslage).',
  'readers.pledges.basisWithoutDeduction':
    'Artikel {article} ist ohne Abzug angegeben: Schreiben Sie den Abzug ({column}) oder löschen Sie die Grundlage.',
  'readers.pledges.notYesNo': '„{text}“ ist weder ja noch nein (yes, no).',
  'readers.pledges.adHoc':
    '{code} leistet Ad-hoc-Beiträge (Artikel 13 Absatz 1): Ein Abzug (Artikel 61, 62) oder die Begünstigung aus dem Pool (Artikel 58, 59) steht nur Mitgliedstaaten zu; leeren Sie die Zelle.',
  'readers.pledges.fractionIsPercent':
    '{value} ist kein Bruchteil: Die Spalte {column} nimmt 0 bis 1 ({value} % sind {fraction}); schreiben Sie {fraction} oder nennen Sie die Spalte deduction_percent, um 0 bis 100 anzugeben.',
  'readers.pledges.fractionAboveWhole':
    'ein Abzug von {value} ist mehr als der ganze Beitrag: Die Spalte {column} nimmt 0 bis 1 (50 % sind 0,5).',
  'readers.pledges.percentAboveWhole':
    'ein Abzug von {value} % ist mehr als der ganze Beitrag: Geben Sie 0 % bis 100 % an.',
  'readers.pledges.atState': '{state}, Spalte {column}: {problem}',
};
