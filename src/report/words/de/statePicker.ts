import type { statePicker as en } from '../en/statePicker';
import type { Localized } from '../translate';

export const statePicker: Localized<typeof en> = {
  'picker.chosen': '{label}: gewählte Staaten',
  'picker.type': '{label}: Namen oder Code eines Staates eingeben',
  'picker.placeholder': 'Namen oder Code eingeben',
  'picker.remove': '{state} entfernen',
  'picker.noMatch': 'Kein Staat entspricht „{query}“',
  'picker.allChosen': 'Alle Staaten sind gewählt',
  'picker.open': 'Liste öffnen: {label}',
};
