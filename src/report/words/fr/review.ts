import type { review as en } from '../en/review';
import type { Localized } from '../translate';

export const review: Localized<typeof en> = {
  'review.check': 'Vérifiez comment {origin} a été lu',
  'review.mayLoad': {
    one: 'Rien n’a encore été chargé. Vous pouvez charger la ligne lue.',
    other: 'Rien n’a encore été chargé. Vous pouvez charger les {n} lignes lues.',
  },
  'review.mayLoadValid': {
    one: 'Rien n’a encore été chargé. Vous pouvez charger la ligne valide : les lignes refusées deviennent des lacunes visibles.',
    other:
      'Rien n’a encore été chargé. Vous pouvez charger les {n} lignes valides : les lignes refusées deviennent des lacunes visibles.',
  },
  'review.fixSource':
    'Rien n’a été chargé : corrigez ces lignes dans la source et chargez-la de nouveau.',
  'review.load': { one: 'Charger la ligne', other: 'Charger les {n} lignes' },
  'review.loadValid': { one: 'Charger la ligne valide', other: 'Charger les {n} lignes valides' },
  'review.cancel': 'Annuler',
  'review.close': 'Fermer',
};
