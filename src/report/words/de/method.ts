import type { method as en } from '../en/method';
import type { Localized } from '../translate';

// The methodology's refusals in German; terms of the Regulation: GLOSSARY.md.
export const method: Localized<typeof en> = {
  'method.fieldOf': '{field} von {state}',
  'method.text': 'der Text „{text}“',
  'method.nothing': 'nichts',
  'method.notANumber': '{what} muss eine Zahl sein, erhalten: {got}.',
  'method.negative': '{what} darf nicht negativ sein, erhalten: {got}.',
  'method.notPositive': '{what} muss größer als null sein, erhalten: {got}.',
  'method.notAFraction':
    '{what} muss ein Bruchteil zwischen 0 und 1 sein (0 % bis 100 %), erhalten: {got}.',
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
};
