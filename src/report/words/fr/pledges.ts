import type { pledges as en } from '../en/pledges';
import type { Localized } from '../translate';

// Terms of the Regulation's French version: src/report/words/GLOSSARY.md.
export const pledges: Localized<typeof en> = {
  'pledges.intro':
    'Ce que chaque État s’est engagé à fournir lors du forum de haut niveau de l’UE sur la solidarité (art. 13) : relocalisations, contributions financières, mesures de solidarité alternatives à leur valeur, compensations des responsabilités, et déductions demandées (art. 61, 62).',
  'pledges.example': 'Charger le cycle illustratif 2026',
  'pledges.fromFile': 'Depuis un fichier CSV…',
  'pledges.fileLabel': 'Fichier d’engagements (CSV)',
  'pledges.fromTable': 'Lire le tableau Pledges de ce classeur',
  'pledges.loadingExample': 'Chargement de l’exemple…',
  'pledges.reading': 'Lecture de {file}…',
  'pledges.readingTable': 'Lecture du tableau Pledges…',
  'pledges.noTable':
    'Ce classeur n’a pas encore de tableau Pledges : écrivez d’abord les tableaux avec un cycle d’engagements, ou chargez un CSV.',
  'pledges.loaded': 'Engagements chargés',
  'pledges.loadedBody':
    'Engagements de {pledges} États et {deductions} déductions depuis {source}. Ils figureront dans les feuilles Pledges et Balance.',
  'pledges.notLoaded': 'Aucun engagement n’a été chargé',
  'pledges.nothingFrom': 'Rien n’a été chargé depuis {source}',
  'pledges.fixRows': 'Corrigez ces lignes et chargez-le de nouveau.',
  'pledges.csvColumns': 'Colonnes du CSV',
  'pledges.csvIntro':
    'Une ligne par État, précédée d’une ligne d’en-tête ; une cellule vide compte pour 0. Colonnes dans cet ordre :',
  'pledges.csvAfter':
    'Les engagements modifiés dans le classeur y recalculent la Balance d’eux-mêmes ; relisez-les ici avant d’écrire de nouveau les tableaux.',
  'pledges.column.code': 'l’État : un code Eurostat tel que FR, ou EL pour la Grèce',
  'pledges.column.relocations':
    'relocalisations promises, en personnes (art. 56, par. 2, point a))',
  'pledges.column.financial_eur': 'contribution financière, en euros (art. 56, par. 2, point b))',
  'pledges.column.alternative_eur':
    'mesures de solidarité alternatives à leur valeur, en euros (art. 56, par. 2, point c))',
  'pledges.column.alternative_description': 'en quoi consistent les mesures alternatives',
  'pledges.column.offsets': 'compensations des responsabilités offertes, en personnes (art. 63)',
  'pledges.column.deduction_percent':
    'déduction demandée, en % de la contribution indicative (0–100)',
  'pledges.column.deduction_article':
    'sa base : 61 (pression migratoire) ou 62 (situation migratoire importante)',
  'pledges.column.benefitting': 'yes ou no : l’État est un État membre bénéficiaire de la réserve',
  'pledges.column.source': 'd’où viennent les chiffres, en mots',
  'pledges.round': 'Le cycle',
  'pledges.from': 'Depuis {source}.',
  'pledges.include': 'Écrire les feuilles Pledges et Balance avec les tableaux',
  'pledges.perState': 'Engagements par État',
  'pledges.perStateHint':
    'Saisissez les engagements de chaque État ; le solde (engagé moins sa contribution après déduction, en millions d’euros) suit la saisie. À côté de chaque État : sa part équitable du nombre de référence.',
  'pledges.summary': 'La réserve telle qu’engagée',
  'pledges.pledged': 'Engagé',
  'pledges.toImplement': 'À mettre en œuvre',
  'pledges.relocations': '{n} relocalisations',
  'pledges.eur': '{amount} EUR',
  'pledges.coverage': '{share} de la valeur de la réserve ({value} EUR)',
  'pledges.thresholds': 'Seuils de l’art. 63',
  'pledges.art': 'Art.',
  'pledges.chip.net': '63(4) net ≥ {n}',
  'pledges.chip.requestMeaning':
    'Art. 63, par. 1 : relocalisations promises d’au moins 50 % du nombre de la proposition de la Commission',
  'pledges.chip.floorMeaning':
    'Art. 63, par. 3, point a) : relocalisations promises pas en dessous du nombre de l’art. 12, par. 2, point a)',
  'pledges.chip.shareMeaning':
    'Art. 63, par. 3, point b) : relocalisations promises pas en dessous de 60 % du nombre de référence',
  'pledges.chip.netMeaning':
    'Art. 63, par. 4 : les relocalisations à mettre en œuvre pas en dessous du plus élevé des deux nombres',
  'pledges.met': '{label} : atteint',
  'pledges.notMet': '{label} : non atteint',
  'pledges.conditional':
    'Compensations obligatoires seulement si le seuil n’est toujours pas atteint après un nouveau forum (art. 13, par. 4).',
};
