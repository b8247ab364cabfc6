import type { statePicker as en } from '../en/statePicker';
import type { Localized } from '../translate';

export const statePicker: Localized<typeof en> = {
  'picker.chosen': '{label} : États choisis',
  'picker.type': '{label} : saisissez le nom ou le code d’un État',
  'picker.placeholder': 'Saisissez un nom ou un code',
  'picker.remove': 'Retirer {state}',
  'picker.noMatch': 'Aucun État ne correspond à « {query} »',
  'picker.allChosen': 'Tous les États sont choisis',
  'picker.open': 'Ouvrir la liste : {label}',
};
