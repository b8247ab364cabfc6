import type { results as en } from '../en/results';
import type { Localized } from '../translate';

/** Les termes du règlement (UE) 2024/1351 en français : voir GLOSSARY.md. */
export const results: Localized<typeof en> = {
  'results.noResults': 'Aucun résultat : le scénario ne peut pas être calculé',
  'results.noResultsIn': 'Aucun résultat : le scénario ne peut pas être calculé ({state})',
  'results.summary': {
    one: '{n} État. Proposition de la Commission (art. 12, par. 2) : {relocations} relocalisations ou {eur} millions d’EUR.',
    other:
      '{n} États. Proposition de la Commission (art. 12, par. 2) : {relocations} relocalisations ou {eur} millions d’EUR.',
  },
  'results.council':
    'Chiffres de référence du Conseil (art. 57, par. 1) : {relocations} relocalisations ou {eur} millions d’EUR.',
  'results.noCouncil':
    'Pas encore d’acte du Conseil : les parts équitables reposent sur la proposition, {relocations} relocalisations ou {eur} millions d’EUR.',
  'results.nothingWritten': 'Rien n’est écrit tant que vous n’écrivez pas les tableaux.',
  'results.shown': 'Résultats affichés',
  'results.layout.shares': 'Parts équitables',
  'results.layout.effective': 'Après déductions',
  'results.layout.balance': 'Déductions et solde',
  'results.layout.compare': 'Comparer',
  'results.table': 'Résultats par État',
  'results.col.state': 'État',
  'results.col.fairShare': 'Part équitable',
  'results.col.relocations': 'Relocalisations',
  'results.col.eur': 'Millions d’EUR',
  'results.col.deducted': 'Déduit',
  'results.col.effective': 'Après déduction (millions d’EUR)',
  'results.col.balance': 'Solde (millions d’EUR)',
  'results.col.mandatory': 'Compensations obligatoires (art. 63, par. 3)',
  'results.col.obliged': 'Doit mettre en œuvre (art. 60, par. 3)',
  'results.none': 'Aucune',
  'results.notObliged': 'Non tenu',
  'results.fullyDeducted': 'Déduction totale',
  'results.obliged': 'Oui',
  'results.reason.benefitting-58-1': 'Non : bénéficiaire (58, par. 1)',
  'results.reason.benefitting-59-4': 'Non : bénéficiaire (59, par. 4)',
  'results.reason.full-deduction-61': 'Non : déduction totale (61)',
  'results.reason.full-deduction-62': 'Non : déduction totale (62)',
  'results.why.benefitting-58-1':
    'Non tenu de mettre en œuvre : État membre bénéficiaire (art. 58, par. 1, et art. 60, par. 3)',
  'results.why.benefitting-59-4':
    'Non tenu de mettre en œuvre : État membre bénéficiaire (art. 59, par. 4, et art. 60, par. 3)',
  'results.why.full-deduction-61':
    'Non tenu de mettre en œuvre : déduction totale (art. 61 et art. 60, par. 3)',
  'results.why.full-deduction-62':
    'Non tenu de mettre en œuvre : déduction totale (art. 62 et art. 60, par. 3)',
  'results.position.meets': 'Atteint sa part équitable : {eur} EUR',
  'results.position.shortfall': 'Déficit : {eur} EUR',
  'results.position.surplus': 'Excédent : {eur} EUR',
  'results.full.eur': '{amount} EUR',
  'results.full.relocations': '{amount} relocalisations (part exacte)',
  'results.full.share': '{share} de la réserve',
  'results.full.offsets': '{amount} compensations des responsabilités',
  'results.pools': 'Les trois réserves',
  'results.pool.measure': 'Mesure',
  'results.pool.reference': 'Référence',
  'results.pool.pledged': 'Engagée',
  'results.pool.toImplement': 'À mettre en œuvre',
  'results.pool.relocations': 'Relocalisations',
  'results.pool.offsets': 'Compensations des responsabilités',
  'results.pool.financial': 'Contributions financières (millions d’EUR)',
  'results.pool.alternative': 'Mesures de solidarité alternatives (millions d’EUR)',
  'results.pool.value': 'Valeur (millions d’EUR)',
  'results.pool.note':
    'La réserve à mettre en œuvre laisse de côté les États non tenus de mettre en œuvre : les États membres bénéficiaires et ceux qui ont obtenu une déduction totale (art. 60, par. 3).',
  'results.benefitting.default':
    'Bénéficiaires par défaut : les États recensés comme soumis à une pression migratoire (art. 11), jusqu’à ce qu’un État déclare qu’il utilisera la réserve (art. 58, par. 1) : indiquez les déclarations dans l’onglet Engagements.',
  'results.benefitting.declared':
    'Bénéficiaires tels que déclarés (art. 58, par. 1, et art. 59, par. 4).',
  'results.art63.heading': 'Les engagements au regard de l’article 63',
  'results.art63.request':
    'Art. 63, par. 1 : {pledges} relocalisations engagées, contre 50 % des {number} de la proposition de la Commission ({threshold}).',
  'results.art63.requestMet':
    'Atteint : un État membre bénéficiaire peut demander à d’autres États membres de prendre la responsabilité de demandeurs au lieu de relocalisations (art. 63, par. 1) ; tout État membre contributeur peut l’offrir (art. 63, par. 2, point a)).',
  'results.art63.requestNotMet':
    'Non atteint : les États membres bénéficiaires ne peuvent pas demander de compensations (art. 63, par. 1) ; un État membre contributeur peut en offrir s’il a engagé en relocalisations 50 % ou plus de sa part équitable obligatoire (art. 63, par. 2, point b)).',
  'results.art63.targetBelow':
    'Art. 63, par. 3 : la cible est de {target}, le plus élevé de {floor} (art. 12, par. 2, point a)) et de 60 % du chiffre de référence ({share}) ; les engagements sont en dessous.',
  'results.art63.targetReached':
    'Art. 63, par. 3 : la cible est de {target}, le plus élevé de {floor} (art. 12, par. 2, point a)) et de 60 % du chiffre de référence ({share}) ; les engagements l’atteignent.',
  'results.art63.netBelow': 'Art. 63, par. 4 : {net} à mettre en œuvre, en dessous.',
  'results.art63.netReached': 'Art. 63, par. 4 : {net} à mettre en œuvre, qui l’atteignent.',
  'results.art63.not-applicable':
    'Les engagements de relocalisation, et ceux à mettre en œuvre, atteignent le plus élevé des deux chiffres : pas de compensations des responsabilités obligatoires (art. 63, par. 3 et 4).',
  'results.art63.conditional':
    'Les engagements sont en dessous de la cible, mais le Forum de haut niveau n’a pas été convoqué de nouveau au titre de l’article 13, paragraphe 4 : des compensations obligatoires s’appliqueraient si les engagements restent en dessous ensuite (art. 63, par. 3). Aucun État ne doit encore de compensations.',
  'results.art63.applies':
    'Après la nouvelle convocation du Forum de haut niveau, les engagements sont en dessous de la cible : les États membres contributeurs prennent la responsabilité de demandeurs jusqu’à celle-ci, chacun sans dépasser sa part équitable (art. 63, par. 3 et 7).',
  'results.forum': 'Le Forum de haut niveau a été convoqué de nouveau (art. 13, par. 4)',
  'results.cap': 'Art. 63, par. 7 : ce que compte le plafond à la part équitable',
  'results.capReading':
    'Art. 63, par. 7 : ce que compte le plafond à la part équitable (lecture de l’outil)',
  'results.cap.everyType': 'Tous les types à valeur égale (art. 56, par. 2)',
  'results.cap.peopleOnly': 'Les personnes seulement (relocalisations et compensations)',
  'results.shortcomings': 'Défaillances systémiques (art. 60, par. 3)',
  'results.shortcomingsNote':
    'Défaillances systémiques constatées par la Commission (art. 60, par. 3) : les engagements et compensations envers cet État ne sont pas requis ; il garde sa part et son statut.',
  'compare.with': 'Comparer ce scénario (A) avec (B)',
  'compare.placeholder': 'Un préréglage ou un scénario enregistré dans ce classeur',
  'compare.measure': 'Mesure',
  'compare.measure.fairShare': 'Part équitable',
  'compare.measure.relocations': 'Relocalisations indicatives',
  'compare.measure.effectiveFinancialEur': 'Contribution après déduction (millions d’EUR)',
  'compare.thisScenario': 'Ce scénario',
  'compare.table': '{measure} : {a} (A), {b} (B) et l’évolution de A à B',
  'compare.state': 'État',
  'compare.side': '{name} ({side})',
  'compare.change': 'Évolution de A à B',
  'compare.changePoints': 'Évolution de A à B, en points de pourcentage',
  'compare.full.points': '{points} points de pourcentage',
  'compare.notInBoth': 'Pas dans les deux scénarios',
  'compare.full.change': 'De {a} à {b} : {change}',
  'compare.writes':
    'Écrire les tableaux ajoute la feuille Compare : A, B et l’évolution de A à B par État, avec un graphique de l’évolution.',
  'compare.stop': 'Ne plus comparer',
  'compare.saved': 'Enregistré dans ce classeur : {name}',
};
