import type { checks as en } from '../en/checks';
import type { Localized } from '../translate';

export const checks: Localized<typeof en> = {
  'checks.field.typeANumber': 'Saisissez un nombre.',
  'checks.field.stray':
    '« {stray} » ne fait pas partie d’un nombre : saisissez uniquement des chiffres, par exemple {example}.',
  'checks.field.notAsWritten':
    'Ce n’est pas un nombre tel qu’il est écrit : saisissez-le par exemple {example}.',
  'checks.field.example': '{a} ou {b}',
  'checks.field.above': 'Doit être supérieur à {min}.',
  'checks.field.atLeast': 'Doit être au moins égal à {min}.',
  'checks.field.atMost': 'Doit être au plus égal à {max}.',
  'checks.field.whole': 'Des personnes entières uniquement : saisissez {lower} ou {upper}.',
  'checks.history.undone': 'Annulé',
  'checks.history.undoneBody': 'Rétablir (Ctrl+Y) le refait.',
  'checks.history.redone': 'Rétabli',
  'checks.history.redoneBody': 'Annuler (Ctrl+Z) le défait.',
  'checks.status.dismiss': 'Fermer : {title}',
  'checks.category.under-pressure': 'Soumis à une pression migratoire',
  'checks.category.at-risk': 'Exposé à un risque de pression migratoire',
  'checks.category.significant-situation': 'Confronté à une situation migratoire importante',
  'checks.category.short.under-pressure': 'Sous pression',
  'checks.category.short.at-risk': 'À risque',
  'checks.category.short.significant-situation': 'Situation importante',
  'checks.findings.cell.under-pressure': '{state} : soumis à une pression migratoire',
  'checks.findings.cell.at-risk': '{state} : exposé à un risque de pression migratoire',
  'checks.findings.cell.significant-situation':
    '{state} : confronté à une situation migratoire importante',
  'checks.findings.defaults':
    'Valeurs par défaut : {source}. Une constatation modifiée ici est marquée « modifiée ».',
  'checks.findings.table': 'Constatations de la Commission par État',
  'checks.findings.state': 'État',
  'checks.findings.changed': 'modifiée',
  'checks.findings.default': 'par défaut',
  'checks.saved.not.opened': 'Non ouvert',
  'checks.saved.not.compared': 'Non comparé',
  'checks.saved.damaged':
    'Le scénario enregistré « {name} » est endommagé ou provient d’une autre version : enregistrez-le de nouveau depuis l’onglet Scénario.',
};
