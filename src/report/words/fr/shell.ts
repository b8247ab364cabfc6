import type { shell as en } from '../en/shell';
import type { Localized } from '../translate';

export const shell: Localized<typeof en> = {
  'shell.title': 'Réserve de solidarité',
  'shell.regulation': 'Règlement (UE) 2024/1351',
  'shell.tab.data': 'Données',
  'shell.tab.scenario': 'Scénario',
  'shell.tab.pledges': 'Engagements',
  'shell.tab.implementation': 'Mise en œuvre',
  'shell.tab.results': 'Résultats',
  'shell.tab.share': 'Partage',
  'shell.loading': 'Chargement…',
  'shell.footer': 'Écriture dans le classeur',
  'shell.write': 'Écrire les tableaux dans ce classeur',
  'shell.writing': 'Écriture des tableaux…',
  'shell.besideNote':
    'Désormais, l’écriture met à jour ces nouvelles feuilles ; les feuilles contenant vos modifications restent telles quelles.',
  'shell.nothingWritten': 'Rien n’a été écrit',
  'shell.editsKept': 'Vos modifications sont telles que vous les avez laissées.',
  'shell.undo': 'Annuler (Ctrl+Z)',
  'shell.redo': 'Rétablir (Ctrl+Y)',
  'shell.language': 'Langue',
  'shell.loadFailed.title': 'Cette partie du volet n’a pas pu se charger',
  'shell.loadFailed.body':
    'Fermez le volet et rouvrez-le (Données > Réserve de solidarité) ; les autres onglets et le classeur ne sont pas touchés. ({message})',
  'shell.language.auto': 'Comme Office ({language})',
};
