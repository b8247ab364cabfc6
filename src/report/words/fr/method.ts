import type { method as en } from '../en/method';
import type { Localized } from '../translate';
import { fields } from './fields';

// The methodology's refusals in French; terms of the Regulation: GLOSSARY.md.
export const method: Localized<typeof en> = {
  ...fields,
  'method.fieldOf': '{field} de {state}',
  'method.text': 'le texte « {text} »',
  'method.nothing': 'rien',
  'method.notANumber': '{what} : un nombre est attendu, reçu : {got}.',
  'method.negative': '{what} : la valeur ne doit pas être négative, reçu : {got}.',
  'method.notPositive': '{what} : la valeur doit être supérieure à zéro, reçu : {got}.',
  'method.notAFraction':
    '{what} : la valeur doit être une fraction entre 0 et 1 (de 0 % à 100 %), reçu : {got}.',
  'method.beyondRange':
    '{what} : le résultat dépasse la plage d’Excel (nombres jusqu’à environ 1,8E308) : vérifiez les chiffres donnés, ou donnez-les dans une unité plus grande (par exemple en millions).',
  'method.noPopulation':
    'Les données n’ont pas de population pour {code} : chargez des données qui couvrent tous les participants, ou retirez {code} des participants.',
  'method.noGdp':
    'Les données n’ont pas de PIB pour {code} : chargez des données qui couvrent tous les participants, ou retirez {code} des participants.',
  'method.deductionNotParticipant':
    '{code} demande une déduction mais n’est pas un État participant.',
  'method.twoDeductions': '{code} a deux demandes de déduction : gardez-en une.',
  'method.deductionArticle':
    'La déduction de {code} doit citer l’art. 61 (pression migratoire) ou l’art. 62 (situation migratoire importante), reçu : {got}.',
  'method.deductionAppliesTo':
    'La déduction de {code} s’applique à la part équitable ou aux engagements, reçu : {got}.',
  'method.benefittingNotParticipant':
    '{code} est déclaré bénéficiaire mais n’est pas un État membre participant (art. 58, par. 1, et art. 59, par. 4).',
  'method.shortcomingsNotBenefitting':
    '{code} n’est pas un État membre bénéficiaire : une constatation de défaillances systémiques n’a d’effet qu’à l’égard d’un État membre bénéficiaire (art. 60, par. 3, quatrième alinéa).',
  'method.twoShortcomings':
    '{code} a deux constatations de défaillances systémiques : gardez-en une.',
  'method.shortcomingsDecision':
    'La constatation pour {code} doit provenir d’une décision au titre de l’art. 11 ou de l’art. 59, par. 4 (art. 60, par. 3).',
  'method.noParticipants': 'Aucun État participant : la part équitable en exige au moins un.',
  'method.twiceInFairShare': '{code} figure deux fois dans les données de la part équitable.',
  'method.pledgeNotParticipant':
    '{code} a un engagement mais n’est ni un État membre participant ni un contributeur ad hoc (art. 13, par. 1).',
  'method.twoPledges': '{code} a deux lignes d’engagement : gardez-en une.',
  'method.sarNotUnderPressure':
    '{code} n’est pas recensé comme soumis à une pression migratoire : le pourcentage de recherche et de sauvetage concerne les États recensés comme soumis à une pression dans la décision au titre de l’art. 11 (art. 12, par. 5).',
  'method.codeEmpty': 'Le {field} est vide : utilisez un code Eurostat tel que « DE » ou « EL ».',
  'method.codeUnknown':
    'Le {field} « {given} » est inconnu : utilisez le code Eurostat d’un État de l’UE ou associé à Dublin (par exemple « DE », « EL » ou « GR » pour la Grèce).',
  'method.codeOfCountry': 'code d’État',
  'method.codeOfParticipant': 'code de participant',
  'method.codeOfPledge': 'code d’État d’un engagement',
  'method.codeOfDeduction': 'code d’État d’une déduction',
  'method.codeOfNeed': 'code d’État d’un besoin',
  'method.codeOfDistribution': 'code d’État d’une répartition',
  'method.codeOfCategory': 'code d’État des catégories',
  'method.codeOfBenefitting': 'code de l’État membre bénéficiaire',
  'method.codeOfContributing': 'code de l’État membre contributeur',
  'method.codeOfShortcomings': 'code de l’État présentant des défaillances systémiques',
  'method.codeOfSar': 'code d’État de recherche et de sauvetage',
  'method.participantsEmpty': 'L’ensemble des participants est vide : nommez au moins un État.',
  'method.notAMemberState':
    '{code} n’est pas un État membre : la clé de référence ne porte que sur les États membres (annexe I, où n est le nombre total d’États membres). Un État associé à Dublin contribue ad hoc (art. 13, par. 1) : saisissez son engagement comme ligne d’engagement, hors de la clé, et retirez-le des participants.',
  'method.participantTwice': '{code} figure deux fois parmi les participants.',
  'method.belowOneRelocation':
    'Les totaux donnent {relocations} relocalisation à {eurPerRelocation} EUR chacune, moins d’une : donnez un total financier plus élevé, ou le total des relocalisations.',
  'method.fairShareOutOfRange':
    'La part équitable de {code} doit être comprise entre 0 et 1, reçu : {got}.',
  'method.valueAboveTotal': 'La valeur {value} dépasse le total {total} de l’indicateur.',
  'method.indicatorTwice': 'L’indicateur « {id} » est donné deux fois.',
  'method.weightsAllZero':
    'Toutes les pondérations des indicateurs sont nulles : donnez une pondération positive à au moins un indicateur.',
  'method.indicatorTotalZero':
    'Le total des participants pour « {indicator} » est nul : aucune part n’existe.',
  'method.categoryUnknown':
    'Catégorie « {given} » inconnue pour {state} : utilisez under-pressure, at-risk ou significant-situation.',
  'method.art63ReadingUnknown':
    'Lecture « {given} » de l’art. 63, par. 7, inconnue : utilisez every-type ou people-only.',
  'method.pledgeNotParticipating': '{code} a un engagement mais n’est pas un État participant.',
  'method.art61WhileBenefitting':
    '{code} bénéficie de la réserve annuelle de solidarité et ne peut donc pas avoir de déduction au titre de l’art. 61 : l’art. 61, par. 1, ne l’ouvre qu’à un État qui n’a pas eu recours à la réserve annuelle de solidarité. Retirez la déduction, ou déclarez {code} non bénéficiaire.',
  'method.jointValueWithoutRequest':
    '{code} a une valeur fixée d’un commun accord pour ses mesures de solidarité alternatives, qui suit une demande spécifique de l’État membre bénéficiaire (art. 65, par. 1) : mettez « requested » à yes, ou retirez la valeur.',
  'method.needNotBenefitting':
    '{code} déclare un besoin mais n’est pas un État membre bénéficiaire.',
  'method.needWithoutType': 'Un besoin de {code} n’a aucun type de l’art. 56, par. 2.',
  'method.twoNeedLevels': '{code} déclare deux niveaux de besoin en {type} : gardez-en un.',
  'method.typeRelocation': 'relocalisation',
  'method.typeFinancial': 'contributions financières',
  'method.typeAlternative': 'mesures de solidarité alternatives',
  'method.distributionNotBenefitting':
    '{code} reçoit une répartition mais n’est pas un État membre bénéficiaire.',
  'method.recordNoDate': 'L’enregistrement {n} n’a pas de date ISO (aaaa-mm-jj).',
  'method.recordNoType': 'L’enregistrement {n} n’a pas de type.',
  'method.recordNoBenefitting': 'L’enregistrement {n} ne nomme aucun État membre bénéficiaire.',
};
