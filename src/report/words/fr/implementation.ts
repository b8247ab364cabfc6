import type { implementation as en } from '../en/implementation';
import type { Localized } from '../translate';

// Terms of the Regulation's French version: src/report/words/GLOSSARY.md ("défaillances
// systémiques", Art. 60(3), is to check there).
export const implementation: Localized<typeof en> = {
  'implementation.needPledges':
    'Les enregistrements sont vérifiés au regard des engagements : chargez d’abord un cycle d’engagements dans l’onglet Engagements.',
  'implementation.intro':
    'Ce qui a été mis en œuvre, par qui, envers qui, quand : relocalisations (art. 67, 68), compensations des responsabilités (art. 63, 69), contributions financières (art. 64) et mesures de solidarité alternatives à leur valeur fixée conjointement (art. 65, par. 1). Saisissez-les ou collez-les ci-dessous, ou chargez-les. L’écriture ajoute la feuille Implementation, des formules actives sur les enregistrements.',
  'implementation.exampleRecords': 'Charger les enregistrements illustratifs 2026',
  'implementation.recordsFile': 'Enregistrements depuis un fichier CSV…',
  'implementation.recordsFileLabel': 'Fichier des enregistrements de mise en œuvre (CSV)',
  'implementation.fromWorkbook': 'Lire les enregistrements de ce classeur',
  'implementation.exampleNeeds': 'Charger les besoins illustratifs',
  'implementation.needsFile': 'Besoins depuis un fichier CSV…',
  'implementation.needsFileLabel': 'Fichier des besoins (CSV)',
  'implementation.nothingLoaded': 'Rien n’a été chargé depuis {origin} :',
  'implementation.counted': 'Enregistrements comptés : {records}. Enregistrements : {source}.',
  'implementation.needsFrom': 'Besoins : {source}.',
  'implementation.noNeeds': 'Aucun besoin déclaré pour l’instant (art. 58, par. 2).',
  'implementation.shortcomings':
    'Défaillances systémiques constatées (art. 60, par. 3), rien n’est requis envers ces États : {states}.',
  'implementation.shortcomingsNone': 'aucun',
  'implementation.setShortcomings': 'Les indiquer dans l’onglet Résultats',
  'implementation.grid.table': 'Enregistrements de mise en œuvre',
  'implementation.grid.date': 'Date',
  'implementation.grid.contributing': 'De',
  'implementation.grid.benefitting': 'Vers',
  'implementation.grid.type': 'Type',
  'implementation.grid.amount': 'Personnes ou EUR',
  'implementation.grid.label.date': 'Date (aaaa-mm-jj), enregistrement {n}',
  'implementation.grid.label.contributing': 'État membre contributeur (code), enregistrement {n}',
  'implementation.grid.label.benefitting':
    'État membre bénéficiaire (code ; aucun pour un versement au budget de l’Union), enregistrement {n}',
  'implementation.grid.label.type':
    'Type (relocation, offset, financial ou alternative), enregistrement {n}',
  'implementation.grid.label.amount':
    'Personnes pour les relocalisations et les compensations, euros pour les autres, enregistrement {n}',
  'implementation.grid.pasted': '{rows} lignes collées.',
  'implementation.grid.refused':
    '{cells} cellules refusées, marquées sur place ; leurs lignes sont écartées jusqu’à correction.',
  'implementation.grid.outside': '{values} valeurs au-delà des colonnes de la grille écartées.',
  'implementation.grid.undoPaste': 'Ctrl+Z annule le collage.',
  'implementation.grid.undone': 'Annulé dans les enregistrements.',
  'implementation.grid.redone': 'Rétabli dans les enregistrements.',
  'implementation.grid.nothingToUndo': 'Rien à annuler dans les enregistrements.',
  'implementation.grid.nothingToRedo': 'Rien à rétablir.',
  'implementation.finding.towards-not-benefitting':
    'Envers un État qui n’est pas un État membre bénéficiaire (art. 58, par. 1, art. 59, par. 4)',
  'implementation.finding.towards-systemic-shortcomings':
    'Envers un État présentant des défaillances systémiques : non requis, au choix de l’État membre contributeur (art. 60, par. 3)',
  'implementation.finding.no-pledge-of-type': 'Aucun engagement de ce type (art. 57, par. 1)',
  'implementation.finding.beyond-pledge':
    'Au-delà de l’engagement à mettre en œuvre (art. 60, par. 3)',
  'implementation.finding.outside-year':
    'Hors de l’année de la réserve : absent de sa confirmation de janvier (art. 60, par. 6)',
  'implementation.end.title': 'À la fin de {year}',
  'implementation.end.offsets':
    'Art. 63, par. 5 : {owed} compensations des responsabilités peuvent être demandées aux États membres contributeurs (relocalisations promises et non mises en œuvre) ; les États membres bénéficiaires peuvent en demander {requestable}.',
  'implementation.end.state': '{state} : {offsets} compensations',
  'implementation.end.stateConverted':
    '{state} : {offsets} compensations, {eur} EUR de mesures de solidarité alternatives converties (art. 57, par. 4)',
  'implementation.end.converted':
    'Art. 57, par. 4 : {eur} EUR de mesures de solidarité alternatives non demandées sont converties en contributions financières.',
  'implementation.end.notAllocated':
    'Art. 64, par. 4 : {eur} EUR des {pool} EUR de contributions financières ne sont pas alloués et peuvent être ajoutés au mécanisme thématique du FAMI.',
  'implementation.confirmation.title':
    'Confirmation de janvier (art. 60, par. 6), due en janvier {year}',
  'implementation.confirmation.share':
    'Partage : une copie pour une délégation contient sa propre confirmation et les enregistrements auxquels elle est partie.',
  'implementation.confirmation.none': 'Aucun État n’a d’enregistrement daté de {year}.',
  'implementation.confirmation.state':
    '{state} : {relocations} relocalisations, {offsets} compensations, {financial} EUR de contributions financières, {alternative} EUR de mesures alternatives',
  'implementation.dist.table': 'Répartition entre les États membres bénéficiaires',
  'implementation.dist.state': 'État',
  'implementation.dist.type': 'Type',
  'implementation.dist.need': 'Besoin',
  'implementation.dist.proposal': 'Proposition',
  'implementation.dist.distributed': 'Réparti',
  'implementation.dist.basis': 'Origine',
  'implementation.dist.type.relocation': 'Personnes',
  'implementation.dist.type.financial': 'Financier (EUR)',
  'implementation.dist.type.alternative': 'Alternatif (EUR)',
  'implementation.dist.basis.computed': 'calculé',
  'implementation.dist.basis.typed': 'saisi',
  'implementation.dist.shortcomings': '{state} (défaillances systémiques, art. 60, par. 3)',
  'implementation.dist.label': '{type} réparti vers {state}',
  'implementation.dist.over':
    '{type} : les chiffres saisis répartissent {distributed}, soit {over} de plus que ce que contient la réserve à mettre en œuvre ({available}). Réduisez un chiffre saisi, ou effacez-le pour revenir à la proposition.',
};
