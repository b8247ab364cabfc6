import type { share as en } from '../en/share';
import type { Localized } from '../translate';

export const share: Localized<typeof en> = {
  'share.intro':
    'Une copie pour les délégations contient les tableaux de l’outil en formules Excel natives, lisibles sans le complément, avec un marquage sur chaque feuille et chaque page imprimée. Ce classeur n’est pas modifié.',
  'share.for': 'Pour',
  'share.all': 'Toutes les délégations',
  'share.oneState': '{state} : ses lignes et les totaux de la réserve',
  'share.from.heading': 'Établie à partir de',
  'share.from.pane': 'Le volet tel qu’il est : {summary}',
  'share.from.upToDate': 'Le volet, tel que le classeur le contient aussi : {summary}',
  'share.from.paneNotWritten': 'Le volet : {summary} (pas encore écrit dans le classeur)',
  'share.from.workbook': 'Ce que contient le classeur : {summary}',
  'share.from.workbookAt': 'Ce que contient le classeur (écrit à {time}) : {summary}',
  'share.summary': '{scenario}, {figures}',
  'share.figures.pledged': {
    one: '{n} relocalisation promise',
    other: '{n} relocalisations promises',
  },
  'share.figures.pool': {
    one: '{n} relocalisation dans la réserve',
    other: '{n} relocalisations dans la réserve',
  },
  'share.behind.title': 'Le classeur ne contient pas encore vos dernières modifications',
  'share.behind.body':
    '{parts} ont changé depuis l’écriture des tableaux. Pour envoyer ce que montre le volet, écrivez d’abord les tableaux ; ou établissez la copie à partir de ce que contient le classeur.',
  'share.behind.unknown':
    'Le volet ne connaît pas le cycle d’engagements que contient le classeur (écrit lors d’une session précédente) : écrivez d’abord les tableaux, ou établissez la copie à partir du volet tel qu’il est.',
  'share.writeFirst': 'Écrire d’abord les tableaux',
  'share.contents.heading': 'Ce qui est inclus',
  'share.contents.readMe':
    'Lisez-moi : ce qu’est la copie, pour qui, son marquage (toujours inclus)',
  'share.contents.neededBy': 'Nécessaire à {sheets} : leurs formules la lisent.',
  'share.out.comparison-with-proposal':
    'Exclue sauf si vous la cochez : elle compare avec {other}, sans acte d’exécution du Conseil. Une proposition de la Commission n’est pas rendue publique avant que le Conseil adopte son acte d’exécution (article 12, paragraphe 6).',
  'share.out.comparison-not-published':
    'Exclue sauf si vous la cochez : elle compare avec {other}, qui n’est pas publié.',
  'share.out.comparison':
    'Exclue sauf si vous la cochez : une comparaison avec {other} est une vue de travail.',
  'share.out.own-sheet':
    'Votre propre feuille : incluse seulement si vous la cochez (les formules EUPACT deviennent des valeurs).',
  'share.marking': 'Marquage',
  'share.marking.classified':
    'Suit le stade : un scénario de la copie n’a pas d’acte d’exécution du Conseil, elle est donc classifiée (article 12, paragraphe 6). Vous pouvez le modifier.',
  'share.marking.public':
    'Suit le stade : le Conseil a adopté cette réserve (article 57, paragraphe 1), elle est donc publique. Vous pouvez le modifier.',
  'share.marking.typed': 'Votre propre marquage, sur chaque feuille et chaque page imprimée.',
  'share.marking.useStage': 'Reprendre le marquage du stade',
  'share.open': 'Ouvrir une copie pour les délégations',
  'share.preparing': 'Préparation de la copie…',
  'share.privacy':
    'Rien n’est envoyé nulle part : la copie s’ouvre dans Excel (ou s’enregistre comme fichier) pour que vous l’envoyiez.',
  'share.failed': 'Aucune copie n’a été faite',
  'share.noSheet': 'Cochez au moins une feuille : une copie doit contenir quelque chose à envoyer.',
  'share.asked.title': 'Excel a été invité à ouvrir la copie comme nouveau classeur',
  'share.asked.body':
    '{sheets} feuilles, marquées « {marking} ». Ce classeur n’a pas été modifié. Excel sur le web a déjà été vu n’ouvrir rien sans le dire : si aucun nouveau classeur n’est apparu, enregistrez la copie avec le lien ci-dessous.',
  'share.refused.title': 'Excel n’a pas ouvert la copie : enregistrez-la comme fichier',
  'share.refused.body':
    'Excel a répondu : « {message} » Enregistrez {name} avec le lien ci-dessous et ouvrez-le dans Excel. Ce classeur n’a pas été modifié.',
  'share.unsupported.title': 'La copie est prête à être enregistrée',
  'share.unsupported.body':
    'Cette version d’Excel ne peut pas ouvrir un nouveau classeur depuis le complément : enregistrez {name} avec le lien ci-dessous et ouvrez-le dans Excel. Ce classeur n’a pas été modifié.',
  'share.save': 'Enregistrer la copie comme fichier : {name}',
  'share.fileName.all': 'Copie pour les délégations, {date}.xlsx',
  'share.fileName.one': 'Copie pour {state}, {date}.xlsx',
  'share.fileName.confirmation': 'Confirmation de janvier de {state} pour {year}, {date}.xlsx',
  'share.confirmation.heading': 'La confirmation de janvier (article 60, paragraphe 6)',
  'share.confirmation.hint':
    'Une copie contenant seulement la confirmation par {state}, au coordinateur de l’UE pour la solidarité, des niveaux de chaque mesure de solidarité mise en œuvre en {year}, due en janvier {next}, selon les mêmes règles que toute copie.',
  'share.confirmation.none':
    'La confirmation est calculée à partir des enregistrements de l’année : chargez-les d’abord dans l’onglet Mise en œuvre (avec le cycle d’engagements).',
  'share.confirmation.noState':
    'Choisissez une délégation sous « Pour » : une confirmation est celle d’un État.',
  'share.confirmation.open': 'Confirmation de janvier pour {state}',
};
