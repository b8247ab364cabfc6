import type { checks as en } from '../en/checks';
import type { Localized } from '../translate';

export const checks: Localized<typeof en> = {
  'checks.field.typeANumber': 'Saisissez un nombre.',
  'checks.field.stray':
    '« {stray} » ne fait pas partie d’un nombre : saisissez uniquement des chiffres, par exemple {example}.',
  'checks.field.notAsWritten':
    'Ce n’est pas un nombre tel qu’il est écrit : saisissez-le par exemple {example}.',
  'checks.field.example': '{a} ou {b}',
  'checks.field.above': 'Doit être supérieur à {min}.',
  'checks.field.atLeast': 'Doit être au moins égal à {min}.',
  'checks.field.atMost': 'Doit être au plus égal à {max}.',
  'checks.field.whole': 'Des personnes entières uniquement : saisissez {lower} ou {upper}.',
  'checks.history.undone': 'Annulé',
  'checks.history.undoneBody': 'Rétablir (Ctrl+Y) le refait.',
  'checks.history.redone': 'Rétabli',
  'checks.history.redoneBody': 'Annuler (Ctrl+Z) le défait.',
  'checks.status.dismiss': 'Fermer : {title}',
};
