import type { method as en } from '../en/method';
import type { Localized } from '../translate';
import { fields } from './fields';

// The methodology's refusals in German; terms of the Regulation: GLOSSARY.md.
export const method: Localized<typeof en> = {
  ...fields,
  'method.fieldOf': '{field} von {state}',
  'method.text': 'der Text „{text}“',
  'method.nothing': 'nichts',
  'method.notANumber': '{what}: Der Wert muss eine Zahl sein, erhalten: {got}.',
  'method.negative': '{what}: Der Wert darf nicht negativ sein, erhalten: {got}.',
  'method.notPositive': '{what}: Der Wert muss größer als null sein, erhalten: {got}.',
  'method.notAFraction':
    '{what}: Der Wert muss ein Bruchteil zwischen 0 und 1 sein (0 % bis 100 %), erhalten: {got}.',
  'method.beyondRange':
    '{what}: Das Ergebnis liegt außerhalb des Bereichs von Excel (Zahlen bis etwa 1,8E308): Prüfen Sie die angegebenen Zahlen oder geben Sie sie in größeren Einheiten an (etwa in Millionen).',
  'method.noPopulation':
    'Die Daten enthalten keine Bevölkerung für {code}: Laden Sie Daten, die alle Teilnehmer abdecken, oder entfernen Sie {code} aus den Teilnehmern.',
  'method.noGdp':
    'Die Daten enthalten kein BIP für {code}: Laden Sie Daten, die alle Teilnehmer abdecken, oder entfernen Sie {code} aus den Teilnehmern.',
  'method.deductionNotParticipant':
    '{code} beantragt einen Abzug, ist aber kein teilnehmender Staat.',
  'method.twoDeductions': '{code} hat zwei Anträge auf Abzug: Behalten Sie einen.',
  'method.deductionArticle':
    'Der Abzug von {code} muss Artikel 61 (Migrationsdruck) oder Artikel 62 (erhebliche Migrationslage) anführen, erhalten: {got}.',
  'method.deductionAppliesTo':
    'Der Abzug von {code} gilt für den gerechten Anteil oder für die Zusagen, erhalten: {got}.',
  'method.benefittingNotParticipant':
    '{code} ist als begünstigt erklärt, ist aber kein teilnehmender Mitgliedstaat (Artikel 58 Absatz 1, Artikel 59 Absatz 4).',
  'method.shortcomingsNotBenefitting':
    '{code} ist kein begünstigter Mitgliedstaat: Eine Feststellung systemischer Mängel wirkt nur gegenüber einem begünstigten Mitgliedstaat (Artikel 60 Absatz 3 Unterabsatz 4).',
  'method.twoShortcomings':
    '{code} hat zwei Feststellungen systemischer Mängel: Behalten Sie eine.',
  'method.shortcomingsDecision':
    'Die Feststellung für {code} muss aus einem Beschluss nach Artikel 11 oder Artikel 59 Absatz 4 stammen (Artikel 60 Absatz 3).',
  'method.noParticipants':
    'Keine teilnehmenden Staaten: Der gerechte Anteil braucht mindestens einen.',
  'method.twiceInFairShare': '{code} erscheint zweimal in den Angaben zum gerechten Anteil.',
  'method.pledgeNotParticipant':
    '{code} hat eine Zusage, ist aber weder ein teilnehmender Mitgliedstaat noch ein Ad-hoc-Beitragender (Artikel 13 Absatz 1).',
  'method.twoPledges': '{code} hat zwei Zusagezeilen: Behalten Sie eine.',
  'method.sarNotUnderPressure':
    '{code} ist nicht als unter Migrationsdruck stehend ermittelt: Der Prozentsatz für Such- und Rettungseinsätze betrifft die im Beschluss nach Artikel 11 als unter Druck stehend ermittelten Staaten (Artikel 12 Absatz 5).',
  'method.codeEmpty': 'Der {field} ist leer: Verwenden Sie einen Eurostat-Code wie „DE“ oder „EL“.',
  'method.codeUnknown':
    'Unbekannter {field} „{given}“: Verwenden Sie den Eurostat-Code eines EU-Staats oder eines mit Dublin assoziierten Staats (zum Beispiel „DE“, „EL“ oder „GR“ für Griechenland).',
  'method.codeOfCountry': 'Staatencode',
  'method.codeOfParticipant': 'Teilnehmercode',
  'method.codeOfPledge': 'Staatencode einer Zusage',
  'method.codeOfDeduction': 'Staatencode eines Abzugs',
  'method.codeOfNeed': 'Staatencode eines Bedarfs',
  'method.codeOfDistribution': 'Staatencode einer Verteilung',
  'method.codeOfCategory': 'Staatencode der Kategorien',
  'method.codeOfBenefitting': 'Code des begünstigten Mitgliedstaats',
  'method.codeOfContributing': 'Code des beitragenden Mitgliedstaats',
  'method.codeOfShortcomings': 'Code des Staats mit systemischen Mängeln',
  'method.codeOfSar': 'Staatencode für Such- und Rettungseinsätze',
  'method.participantsEmpty':
    'Es sind keine Teilnehmer angegeben: Nennen Sie mindestens einen Staat.',
  'method.notAMemberState':
    '{code} ist kein Mitgliedstaat: Der Referenzschlüssel erstreckt sich nur auf Mitgliedstaaten (Anhang I, n ist die Gesamtzahl der Mitgliedstaaten). Ein mit Dublin assoziierter Staat leistet Ad-hoc-Beiträge (Artikel 13 Absatz 1): Geben Sie seine Zusage als Zusagezeile außerhalb des Schlüssels ein und entfernen Sie ihn aus den Teilnehmern.',
  'method.participantTwice': '{code} steht zweimal unter den Teilnehmern.',
  'method.belowOneRelocation':
    'Die Summen ergeben {relocations} Umsiedlungen zu je {eurPerRelocation} EUR, weniger als eine: Geben Sie eine größere finanzielle Summe an oder die Summe der Umsiedlungen.',
  'method.fairShareOutOfRange':
    'Der gerechte Anteil von {code} muss zwischen 0 und 1 liegen, erhalten: {got}.',
  'method.valueAboveTotal': 'Der Wert {value} übersteigt die Summe {total} des Indikators.',
  'method.indicatorTwice': 'Der Indikator „{id}“ ist zweimal angegeben.',
  'method.weightsAllZero':
    'Alle Gewichte der Indikatoren sind null: Geben Sie mindestens einem ein positives Gewicht.',
  'method.indicatorTotalZero':
    'Die Summe der Teilnehmer für „{indicator}“ ist null: Es gibt keine Anteile.',
  'method.categoryUnknown':
    'Unbekannte Kategorie „{given}“ für {state}: Verwenden Sie under-pressure, at-risk oder significant-situation.',
  'method.art63ReadingUnknown':
    'Unbekannte Lesart „{given}“ von Artikel 63 Absatz 7: Verwenden Sie every-type oder people-only.',
  'method.pledgeNotParticipating': '{code} hat eine Zusage, ist aber kein teilnehmender Staat.',
  'method.art61WhileBenefitting':
    '{code} ist aus dem Jährlichen Solidaritätspool begünstigt und kann daher keinen Abzug nach Artikel 61 haben: Artikel 61 Absatz 1 gewährt ihn nur einem Staat, der den Jährlichen Solidaritätspool nicht in Anspruch genommen hat. Entfernen Sie den Abzug oder erklären Sie {code} als nicht begünstigt.',
  'method.jointValueWithoutRequest':
    '{code} hat einen gemeinsam festgelegten Wert für seine alternativen Solidaritätsmaßnahmen, der einem konkreten Ersuchen des begünstigten Mitgliedstaats folgt (Artikel 65 Absatz 1): Setzen Sie „requested“ auf yes oder entfernen Sie den Wert.',
  'method.needNotBenefitting':
    '{code} gibt einen Bedarf an, ist aber kein begünstigter Mitgliedstaat.',
  'method.needWithoutType': 'Ein Bedarf von {code} hat keine Art nach Artikel 56 Absatz 2.',
  'method.twoNeedLevels': '{code} gibt den Bedarf an {type} zweimal an: Behalten Sie eine Angabe.',
  'method.typeRelocation': 'Umsiedlungen',
  'method.typeFinancial': 'finanziellen Beiträgen',
  'method.typeAlternative': 'alternativen Solidaritätsmaßnahmen',
  'method.distributionNotBenefitting':
    'Für {code} ist eine Verteilung angegeben, doch {code} ist kein begünstigter Mitgliedstaat.',
  'method.recordNoDate': 'Eintrag {n} hat kein ISO-Datum (jjjj-mm-tt).',
  'method.recordNoType': 'Eintrag {n} hat keine Art.',
  'method.recordNoBenefitting': 'Eintrag {n} nennt keinen begünstigten Mitgliedstaat.',
};
