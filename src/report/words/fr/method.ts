import type { method as en } from '../en/method';
import type { Localized } from '../translate';

// The methodology's refusals in French; terms of the Regulation: GLOSSARY.md.
export const method: Localized<typeof en> = {
  'method.fieldOf': '{field} de {state}',
  'method.text': 'le texte « {text} »',
  'method.nothing': 'rien',
  'method.notANumber': '{what} doit être un nombre, reçu : {got}.',
  'method.negative': '{what} ne doit pas être négatif, reçu : {got}.',
  'method.notPositive': '{what} doit être supérieur à zéro, reçu : {got}.',
  'method.notAFraction':
    '{what} doit être une fraction entre 0 et 1 (de 0 % à 100 %), reçu : {got}.',
  'method.beyondRange':
    '{what} : le résultat dépasse la plage d’Excel (nombres jusqu’à environ 1,8E308) : vérifiez les chiffres donnés, ou donnez-les dans une unité plus grande (par exemple en millions).',
  'method.noPopulation':
    'Les données n’ont pas de population pour {code} : chargez des données qui couvrent tous les participants, ou retirez {code} des participants.',
  'method.noGdp':
    'Les données n’ont pas de PIB pour {code} : chargez des données qui couvrent tous les participants, ou retirez {code} des participants.',
  'method.deductionNotParticipant':
    '{code} demande une déduction mais n’est pas un État participant.',
  'method.twoDeductions': '{code} a deux demandes de déduction : gardez-en une.',
  'method.deductionArticle':
    'La déduction de {code} doit citer l’art. 61 (pression migratoire) ou l’art. 62 (situation migratoire importante), reçu : {got}.',
  'method.deductionAppliesTo':
    'La déduction de {code} s’applique à la part équitable ou aux engagements, reçu : {got}.',
  'method.benefittingNotParticipant':
    '{code} est déclaré bénéficiaire mais n’est pas un État membre participant (art. 58, par. 1, et art. 59, par. 4).',
  'method.shortcomingsNotBenefitting':
    '{code} n’est pas un État membre bénéficiaire : une constatation de défaillances systémiques n’a d’effet qu’à l’égard d’un État membre bénéficiaire (art. 60, par. 3, quatrième alinéa).',
  'method.twoShortcomings':
    '{code} a deux constatations de défaillances systémiques : gardez-en une.',
  'method.shortcomingsDecision':
    'La constatation pour {code} doit provenir d’une décision au titre de l’art. 11 ou de l’art. 59, par. 4 (art. 60, par. 3).',
  'method.noParticipants': 'Aucun État participant : la part équitable en exige au moins un.',
  'method.twiceInFairShare': '{code} figure deux fois dans les données de la part équitable.',
  'method.pledgeNotParticipant':
    '{code} a un engagement mais n’est ni un État membre participant ni un contributeur ad hoc (art. 13, par. 1).',
  'method.twoPledges': '{code} a deux lignes d’engagement : gardez-en une.',
  'method.sarNotUnderPressure':
    '{code} n’est pas recensé comme soumis à une pression migratoire : le pourcentage de recherche et de sauvetage concerne les États recensés comme soumis à une pression dans la décision au titre de l’art. 11 (art. 12, par. 5).',
};
