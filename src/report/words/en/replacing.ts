/**
 * What replacing the analyst's entries asks and says (issue 16: nothing replaced without a
 * question, the pool by its name): fetched with the question's dialog, not in the first paint.
 */
export const replacing = {
  'replace.title.preset': 'Switch to “{pool}”?',
  'replace.title.scenario': 'Open the saved scenario?',
  'replace.title.pledging': 'Load this pledging round?',
  'replace.intro': 'This replaces what you entered:',
  'replace.keeping': 'Keeping keeps {kept}; {comes} come from the new choice.',
  'replace.eitherWay': 'Either way, Undo (Ctrl+Z) brings the present state back.',
  'replace.keep': 'Keep what I entered',
  'replace.replace': 'Replace it',
  'replace.cancel': 'Cancel',
  'replace.deductions': 'the deductions you entered ({states})',
  'replace.deductionsRemoved': 'the deductions you removed',
  'replace.findings': 'the Commission findings you changed',
  'replace.totals': 'the pool totals you typed',
  'replace.participants': 'the participating states you chose',
  'replace.series': '{series} loaded from {origin}',
  'replace.pledges': 'the pledges of {states}',
  'replace.gridDeductions': 'the deductions in the grid ({states})',
  'replace.andMore': '{states} and {n} more',
  'replace.done.preset': 'Pool switched',
  'replace.done.scenario': 'Saved scenario opened',
  'replace.done.pledging': 'Pledges loaded',
  'replace.kept': 'Kept: {list}.',
  'replace.replaced': 'Replaced: {list}.',
  'replace.undo': 'Undo (Ctrl+Z) brings the previous state back.',
  /** A list's separator, between the things replaced or kept. */
  'replace.separator': '; ',
} as const;
