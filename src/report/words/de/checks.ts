import type { checks as en } from '../en/checks';
import type { Localized } from '../translate';

export const checks: Localized<typeof en> = {
  'checks.field.typeANumber': 'Geben Sie eine Zahl ein.',
  'checks.field.stray':
    '„{stray}“ gehört nicht zu einer Zahl: Geben Sie nur Ziffern ein, etwa {example}.',
  'checks.field.notAsWritten':
    'So geschrieben ist es keine Zahl: Geben Sie sie etwa als {example} ein.',
  'checks.field.example': '{a} oder {b}',
  'checks.field.above': 'Muss größer als {min} sein.',
  'checks.field.atLeast': 'Muss mindestens {min} sein.',
  'checks.field.atMost': 'Darf höchstens {max} sein.',
  'checks.field.whole': 'Nur ganze Personen: Geben Sie {lower} oder {upper} ein.',
  'checks.history.undone': 'Rückgängig gemacht',
  'checks.history.undoneBody': 'Wiederholen (Strg+Y) macht es erneut.',
  'checks.history.redone': 'Wiederholt',
  'checks.history.redoneBody': 'Rückgängig (Strg+Z) nimmt es zurück.',
  'checks.status.dismiss': 'Schließen: {title}',
};
