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
  'checks.category.under-pressure': 'Unter Migrationsdruck',
  'checks.category.at-risk': 'Von Migrationsdruck bedroht',
  'checks.category.significant-situation': 'Mit einer erheblichen Migrationslage konfrontiert',
  'checks.category.short.under-pressure': 'Unter Druck',
  'checks.category.short.at-risk': 'Bedroht',
  'checks.category.short.significant-situation': 'Erhebliche Lage',
  'checks.findings.cell.under-pressure': '{state}: unter Migrationsdruck',
  'checks.findings.cell.at-risk': '{state}: von Migrationsdruck bedroht',
  'checks.findings.cell.significant-situation':
    '{state}: mit einer erheblichen Migrationslage konfrontiert',
  'checks.findings.defaults':
    'Standardwerte aus: {source}. Eine hier geänderte Feststellung ist als „geändert“ markiert.',
  'checks.findings.table': 'Feststellungen der Kommission je Staat',
  'checks.findings.state': 'Staat',
  'checks.findings.changed': 'geändert',
  'checks.findings.default': 'Standard',
  'checks.saved.not.opened': 'Nicht geöffnet',
  'checks.saved.not.compared': 'Nicht verglichen',
  'checks.saved.damaged':
    'Das gespeicherte Szenario „{name}“ ist beschädigt oder stammt aus einer anderen Version: Speichern Sie es erneut auf der Registerkarte Szenario.',
};
