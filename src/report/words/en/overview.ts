/** The order of work (the pane's first view) and the footer's line on the workbook. */
export const overview = {
  'overview.heading': 'Order of work',
  'overview.data': 'Data',
  'overview.dataBundled': '{vintage}, as bundled',
  'overview.dataReplaced': {
    one: '{vintage}, {n} series replaced',
    other: '{vintage}, {n} series replaced',
  },
  'overview.scenario': 'Scenario',
  'overview.scenarioNow': '{scenario}: {n} states',
  'overview.scenarioOwn': 'Set in the pane',
  'overview.pledges': 'Pledges',
  'overview.pledgesNone': 'Optional: enter or load the pledging round',
  'overview.pledgesNow': { one: '{n} state pledged', other: '{n} states pledged' },
  'overview.pledgesOut': {
    one: '{n} state pledged (not in the tables)',
    other: '{n} states pledged (not in the tables)',
  },
  'overview.write': 'Write the tables',
  'overview.share': 'Share',
  'overview.shareNow': 'A copy for delegations, readable without the add-in',
  'workbook.notWritten': 'Not written yet: the workbook has none of these tables.',
  'workbook.upToDate': 'Up to date: the tables show what the pane shows (written earlier).',
  'workbook.upToDateAt': 'Up to date: the tables show what the pane shows (written at {time}).',
  'workbook.behind':
    'Not up to date: the workbook does not yet show your latest changes to {parts}.',
  'workbook.behindAt':
    'Not up to date: the workbook does not yet show your latest changes to {parts} (written at {time}).',
  'workbook.part.data': 'the data',
  'workbook.part.scenario': 'the scenario',
  'workbook.part.pledges': 'the pledges',
  'workbook.and': '{first} and {last}',
} as const;
