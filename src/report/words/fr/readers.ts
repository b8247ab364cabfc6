import type { readers as en } from '../en/readers';
import type { Localized } from '../translate';

// Terms of the Regulation's French version: src/report/words/GLOSSARY.md.
export const readers: Localized<typeof en> = {
  'readers.where.header': 'En-tête',
  'readers.where.line': 'Ligne {line}',
  'readers.where.column': '{at} · {column}',
  'readers.error': 'Erreur : ',
  'readers.note': 'Remarque : ',
  'readers.errors': {
    one: '{n} erreur : à corriger',
    other: '{n} erreurs : à corriger',
    many: '{n} d’erreurs : à corriger',
  },
  'readers.notes': {
    one: '{n} remarque : lignes ignorées ou laissées vides',
    other: '{n} remarques : lignes ignorées ou laissées vides',
    many: '{n} de remarques : lignes ignorées ou laissées vides',
  },
  'readers.more': 'et {n} de plus.',
  'readers.pledges.unknownColumn':
    'Colonne inconnue « {header} » (colonne {index}). Un fichier d’engagements a les colonnes {columns}.',
  'readers.pledges.unknownColumnNear':
    'Colonne inconnue « {header} » (colonne {index}) : vouliez-vous dire « {near} » ? Un fichier d’engagements a les colonnes {columns}.',
  'readers.pledges.twoCodeColumns':
    'Les colonnes {both} donnent toutes deux le code de l’État : gardez-en une, l’autre serait ignorée.',
  'readers.pledges.twoColumns':
    'Les colonnes {both} donnent toutes deux « {field} » : gardez-en une, l’autre serait ignorée.',
  'readers.pledges.twoDeductionColumns':
    '« {fraction} » (une fraction, de 0 à 1) et « {percent} » (de 0 à 100) donnent toutes deux la déduction : gardez-en une.',
  'readers.pledges.noCodeColumn':
    'Aucune colonne ne désigne l’État : ajoutez « code » (trouvé : {found}).',
  'readers.pledges.noPledgeColumn':
    'Le fichier ne donne aucun engagement : ajoutez au moins une des colonnes relocations, financial_eur, alternative_eur, offsets, deduction_percent.',
  'readers.pledges.rowWithoutCode':
    'colonne {column} : la ligne contient « {text} » sous {under} mais aucun code d’État : écrivez le code (par exemple DE) ou supprimez la ligne.',
  'readers.pledges.notACode':
    '« {text} » n’est pas un code d’État : utilisez un code Eurostat tel que DE, ou EL pour la Grèce.',
  'readers.pledges.notParticipant':
    '{code} ne fait pas partie des États participants : ajoutez-le aux participants ou supprimez la ligne.',
  'readers.pledges.secondRow':
    'une deuxième ligne pour {code} (la première est à la ligne {first}) : gardez une ligne par État.',
  'readers.pledges.negative': '{value} est négatif : un engagement ne peut pas l’être.',
  'readers.pledges.notWhole':
    '{value} n’est pas un nombre entier : les relocalisations comptent des personnes (art. 56, par. 2, point a)).',
  'readers.pledges.notRequested':
    '« {text} » n’est ni oui, ni non, ni pas encore (art. 65, par. 1 : une demande spécifique de l’État membre bénéficiaire).',
  'readers.pledges.jointWithoutRequest':
    'une valeur fixée d’un commun accord suit une demande spécifique de l’État membre bénéficiaire (art. 65, par. 1) : écrivez yes sous {column}, ou effacez la valeur.',
  'readers.pledges.notABasis':
    '« {text} » n’est pas une base de déduction : écrivez 61 (pression migratoire) ou 62 (situation migratoire importante).',
  'readers.pledges.noBasis':
    'une déduction a besoin de sa base : 61 (pression migratoire) ou 62 (situation migratoire importante).',
  'readers.pledges.basisWithoutDeduction':
    'L’art. {article} est indiqué sans déduction : écrivez la déduction ({column}) ou effacez la base.',
  'readers.pledges.notYesNo': '« {text} » n’est ni oui ni non (yes, no).',
  'readers.pledges.adHoc':
    '{code} contribue ad hoc (art. 13, par. 1) : une déduction (art. 61, 62) ou le bénéfice de la réserve (art. 58, 59) sont réservés aux États membres ; effacez la cellule.',
  'readers.pledges.fractionIsPercent':
    '{value} n’est pas une fraction : la colonne {column} prend de 0 à 1 ({value} % font {fraction}) ; écrivez {fraction}, ou nommez la colonne deduction_percent pour donner de 0 à 100.',
  'readers.pledges.fractionAboveWhole':
    'une déduction de {value} dépasse la contribution entière : la colonne {column} prend de 0 à 1 (50 % font 0,5).',
  'readers.pledges.percentAboveWhole':
    'une déduction de {value} % dépasse la contribution entière : donnez de 0 % à 100 %.',
  'readers.pledges.atState': '{state}, colonne {column} : {problem}',
};
