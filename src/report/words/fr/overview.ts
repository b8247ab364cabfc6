import type { overview as en } from '../en/overview';
import type { Localized } from '../translate';

export const overview: Localized<typeof en> = {
  'overview.heading': 'Ordre de travail',
  'overview.data': 'Données',
  'overview.dataBundled': '{vintage}, telles qu’intégrées',
  'overview.dataReplaced': {
    one: '{vintage}, {n} série remplacée',
    other: '{vintage}, {n} séries remplacées',
  },
  'overview.scenario': 'Scénario',
  'overview.scenarioNow': '{scenario} : {n} États',
  'overview.scenarioOwn': 'Défini dans le volet',
  'overview.pledges': 'Engagements',
  'overview.pledgesNone': 'Facultatif : saisissez ou chargez le cycle d’engagements',
  'overview.pledgesNow': {
    one: '{n} État a pris des engagements',
    other: '{n} États ont pris des engagements',
  },
  'overview.pledgesOut': {
    one: '{n} État a pris des engagements (pas dans les tableaux)',
    other: '{n} États ont pris des engagements (pas dans les tableaux)',
  },
  'overview.write': 'Écrire les tableaux',
  'overview.share': 'Partage',
  'overview.shareNow': 'Une copie pour les délégations, lisible sans le complément',
  'workbook.notWritten': 'Pas encore écrit : le classeur ne contient aucun de ces tableaux.',
  'workbook.upToDate': 'À jour : les tableaux montrent ce que montre le volet (écrits plus tôt).',
  'workbook.upToDateAt': 'À jour : les tableaux montrent ce que montre le volet (écrits à {time}).',
  'workbook.behind':
    'Pas à jour : le classeur ne montre pas encore vos dernières modifications ({parts}).',
  'workbook.behindAt':
    'Pas à jour : le classeur ne montre pas encore vos dernières modifications ({parts}) ; écrit à {time}.',
  'workbook.part.data': 'les données',
  'workbook.part.scenario': 'le scénario',
  'workbook.part.pledges': 'les engagements',
  'workbook.and': '{first} et {last}',
};
