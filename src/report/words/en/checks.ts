/**
 * What the pane says of a value it refuses or a step it takes: a number typed in a field or a grid
 * cell (taskpane/locale.ts, gridPaste.ts: facts, said here), undo and redo (history.ts), the
 * categories of findings (core/categories.ts), a saved scenario that cannot be read.
 */
export const checks = {
  'checks.field.typeANumber': 'Type a number.',
  'checks.field.stray': '"{stray}" is not part of a number: type digits only, like {example}.',
  'checks.field.notAsWritten': 'Not a number as written here: type it like {example}.',
  'checks.field.example': '{a} or {b}',
  'checks.field.above': 'Must be above {min}.',
  'checks.field.atLeast': 'Must be at least {min}.',
  'checks.field.atMost': 'Must be at most {max}.',
  'checks.field.whole': 'Whole persons only: type {lower} or {upper}.',
  'checks.history.undone': 'Undone',
  'checks.history.undoneBody': 'Redo (Ctrl+Y) does it again.',
  'checks.history.redone': 'Done again',
  'checks.history.redoneBody': 'Undo (Ctrl+Z) takes it back.',
  'checks.status.dismiss': 'Dismiss: {title}',
  'checks.category.under-pressure': 'Under migratory pressure',
  'checks.category.at-risk': 'At risk of migratory pressure',
  'checks.category.significant-situation': 'Facing a significant migratory situation',
  'checks.category.short.under-pressure': 'Under pressure',
  'checks.category.short.at-risk': 'At risk',
  'checks.category.short.significant-situation': 'Significant situation',
  'checks.findings.cell.under-pressure': '{state}: under migratory pressure',
  'checks.findings.cell.at-risk': '{state}: at risk of migratory pressure',
  'checks.findings.cell.significant-situation': '{state}: facing a significant migratory situation',
  'checks.findings.defaults': 'Defaults from {source}. A finding changed here is marked “changed”.',
  'checks.findings.table': 'Commission findings per state',
  'checks.findings.state': 'State',
  'checks.findings.changed': 'changed',
  'checks.findings.default': 'default',
  'checks.saved.not.opened': 'Not opened',
  'checks.saved.not.compared': 'Not compared',
  'checks.saved.damaged':
    'The saved scenario “{name}” is damaged or from another version: save it again from the Scenario tab.',
} as const;
