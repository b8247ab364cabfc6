import type { files as en } from '../en/files';
import type { Localized } from '../translate';

export const files: Localized<typeof en> = {
  'files.decimal.semicolon':
    'Séparé par des points-virgules : lu avec la virgule décimale (un point, une espace ou une espace insécable entre les milliers).',
  'files.decimal.semicolonExample':
    'Séparé par des points-virgules : lu avec la virgule décimale (un point, une espace ou une espace insécable entre les milliers), comme le montre « {figure} » à la ligne {line}.',
  'files.decimal.onlyComma':
    'Lu avec la virgule décimale : « {figure} » à la ligne {line} ne peut se lire qu’ainsi.',
  'files.decimal.onlyPoint':
    'Lu avec le point décimal : « {figure} » à la ligne {line} ne peut se lire qu’ainsi.',
  'files.decimal.chosenComma': 'Lu avec la virgule décimale, comme vous l’avez choisi.',
  'files.decimal.chosenPoint': 'Lu avec le point décimal, comme vous l’avez choisi.',
  'files.decimal.usual': 'Lu avec le point décimal.',
  'files.decimal.ambiguous': {
    one: '{n} nombre pourrait, lu ainsi, signifier deux valeurs : il est refusé sur sa ligne.',
    other:
      '{n} nombres pourraient, lus ainsi, signifier deux valeurs : chacun est refusé sur sa ligne.',
  },
  'files.decimal.mixed':
    'Le fichier écrit les nombres des deux façons : « {comma} » à la ligne {commaLine} seulement avec une virgule décimale, « {point} » à la ligne {pointLine} seulement avec un point décimal. Rien n’a été lu : choisissez comment le lire.',
  'files.decimal.readComma': 'Lire avec la virgule décimale',
  'files.decimal.readPoint': 'Lire avec le point décimal',
  'files.decimal.cliComma':
    'Si le fichier écrit les décimales avec un point, relancez avec --decimal point.',
  'files.decimal.cliPoint':
    'Si le fichier écrit les décimales avec une virgule, relancez avec --decimal comma.',
  'files.columns.near':
    'La colonne « {header} » est à une lettre de « {name} ». La lire comme {name} ?',
  'files.columns.useNear': 'Lire « {header} » comme {name}',
  'files.columns.heading': 'Quelle colonne contient quoi ?',
  'files.columns.geo': 'État (code ou nom)',
  'files.columns.period': 'Année ou période',
  'files.columns.value': 'Valeur',
  'files.columns.flag': 'Indicateurs Eurostat (facultatif)',
  'files.columns.none': '(aucune)',
  'files.columns.read': 'Lire avec ces colonnes',
};
