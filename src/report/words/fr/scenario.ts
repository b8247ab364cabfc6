import type { scenario as en } from '../en/scenario';
import type { Localized } from '../translate';

export const scenario: Localized<typeof en> = {
  'pool.heading': 'Quelle réserve',
  'pool.none': 'Aucune réserve choisie',
  'pool.2026-council.name': 'Réserve 2026 adoptée par le Conseil',
  'pool.2026-council.status':
    'Adoptée le 19 décembre 2025 (décision d’exécution (UE) 2025/2642 du Conseil) : 21 000 relocalisations et 420 millions d’euros ; proposition : 30 000 et 600 millions d’euros.',
  'pool.2026-proposal.name': 'Proposition de la Commission pour 2026',
  'pool.2026-proposal.status':
    'Telle que proposée (art. 12, par. 2), avant l’acte du Conseil : 30 000 relocalisations et 600 millions d’euros.',
  'pool.2027-proposal.name': 'Proposition de la Commission pour 2027, aux minimums',
  'pool.2027-proposal.status':
    'Pas les chiffres de la Commission, classifiés jusqu’à l’acte du Conseil (art. 12, par. 6) : les minimums de l’art. 12, par. 2, soit 30 000 relocalisations et 600 millions d’euros, sur les données les plus récentes fournies.',
  'pool.latest.name': 'Prochaine réserve sur les dernières données',
  'pool.latest.status':
    'Les minimums de l’art. 12, par. 2, soit 30 000 relocalisations à 20 000 euros chacune, sur les dernières données fournies.',
  'pool.choose': 'Choisir la réserve',
  'pool.chooseToWrite':
    'Choisissez d’abord la réserve : les tableaux pourront ensuite être écrits.',
  'scenario.pool': 'Réserve',
  'scenario.caveats': 'En quoi ceci diffère des données de la Commission',
  'scenario.proposal.legend': 'La proposition de la Commission (art. 12, par. 2)',
  'scenario.proposal.adopted':
    'Le Conseil a adopté la réserve (art. 57, par. 1) : ses nombres de référence ci-dessous',
  'scenario.proposal.none':
    'Pas encore d’acte du Conseil : les nombres ci-dessous sont ceux de la proposition',
  'scenario.proposal.relocations': 'Relocalisations dans la proposition',
  'scenario.proposal.relocationsHint':
    'L’art. 63, par. 1, mesure les engagements de relocalisation par rapport à ce nombre',
  'scenario.proposal.financial': 'Contributions financières dans la proposition',
  'scenario.totals.council': 'Les nombres de référence du Conseil (art. 57, par. 1)',
  'scenario.totals.proposal': 'Totaux de la réserve selon la proposition (art. 12, par. 2)',
  'scenario.relocations': 'Relocalisations',
  'scenario.financial': 'Contributions financières',
  'scenario.eurPerRelocation': 'Valeur d’une relocalisation ou d’une compensation',
  'scenario.eurPerRelocationHint': 'Considérant 15 : le rapport de 600 millions d’euros à 30 000',
  'scenario.keepRatio': 'Garder le rapport : un total suit l’autre',
  'scenario.bothTotals': 'Les deux totaux fixés (comme le Conseil peut le faire, art. 57, par. 1)',
  'scenario.participants': 'États participants ({n})',
  'scenario.boundBy': 'Tenus à la solidarité',
  'scenario.boundByHint':
    'Par défaut l’UE-27 sans le Danemark ; des États membres seulement (annexe I) ; la Norvège, l’Islande, la Suisse et le Liechtenstein s’engagent ad hoc dans l’onglet Engagements (art. 13, par. 1).',
  'scenario.findings': 'Constatations de la Commission (art. 11)',
  'scenario.findingsHint':
    'Des décisions, non des calculs : tapez un État pour l’ajouter à une constatation.',
  'scenario.deductions': 'Déductions (art. 61 et 62)',
  'scenario.deductionsHint':
    'Tapez un pourcentage dans la cellule d’un État ; une cellule vide signifie aucune déduction. La part déduite n’est pas redistribuée. Par défaut, la base est l’art. 61 pour un État soumis à une pression migratoire, sinon l’art. 62.',
  'scenario.saved': 'Enregistrés dans ce classeur',
  'scenario.name': 'Nom du scénario',
  'scenario.save': 'Enregistrer',
  'scenario.savedTitle': 'Scénario enregistré',
  'scenario.savedBody': '« {name} » est enregistré dans ce classeur.',
  'scenario.notSaved': 'Non enregistré',
  'scenario.open': 'Ouvrir un scénario enregistré',
  'scenario.openPlaceholder': 'Choisir',
};
