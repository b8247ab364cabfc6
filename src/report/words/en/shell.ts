/**
 * The pane's frame: title, tabs, footer, language choice. English is the reference: every other
 * language has exactly these keys (Localized) and the same {holes} (test/report/catalogues.test.ts).
 */
export const shell = {
  'shell.title': 'Solidarity pool',
  'shell.regulation': 'Regulation (EU) 2024/1351',
  'shell.tab.data': 'Data',
  'shell.tab.scenario': 'Scenario',
  'shell.tab.pledges': 'Pledges',
  'shell.tab.implementation': 'Implementation',
  'shell.tab.results': 'Results',
  'shell.tab.share': 'Share',
  'shell.loading': 'Loading…',
  'shell.footer': 'Writing to the workbook',
  'shell.write': 'Write the tables to this workbook',
  'shell.writing': 'Writing the tables…',
  'shell.besideNote':
    'From now on, writing updates these new sheets; the sheets with your edits stay as they are.',
  'shell.nothingWritten': 'Nothing was written',
  'shell.editsKept': 'Your edits are as you left them.',
  'shell.undo': 'Undo (Ctrl+Z)',
  'shell.redo': 'Redo (Ctrl+Y)',
  'shell.language': 'Language',
  'shell.language.auto': 'As Office ({language})',
  'shell.loadFailed.title': 'This part of the pane could not load',
  'shell.loadFailed.body':
    'Close the pane and open it again (Data > Solidarity pool); the other tabs and the workbook are not affected. ({message})',
} as const;
