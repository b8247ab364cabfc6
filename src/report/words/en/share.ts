/** The Share tab: a copy for delegations, what goes in, which state it is built from, its marking. */
export const share = {
  'share.intro':
    'A copy for delegations holds the tool’s tables with native formulas only, so it reads without the add-in, with a marking on every sheet and printed page. This workbook is not changed.',
  'share.for': 'For',
  'share.all': 'All delegations',
  'share.oneState': '{state}: its lines and the pool totals',
  'share.from.heading': 'Built from',
  'share.from.pane': 'The pane as it stands: {summary}',
  'share.from.upToDate': 'The pane, as the workbook holds it too: {summary}',
  'share.from.paneNotWritten': 'The pane: {summary} (not written to the workbook yet)',
  'share.from.workbook': 'What the workbook holds: {summary}',
  'share.from.workbookAt': 'What the workbook holds (written at {time}): {summary}',
  'share.summary': '{scenario}, {figures}',
  'share.figures.pledged': {
    one: '{n} relocation pledged',
    other: '{n} relocations pledged',
  },
  'share.figures.pool': { one: '{n} relocation in the pool', other: '{n} relocations in the pool' },
  'share.behind.title': 'The workbook does not hold your latest changes yet',
  'share.behind.body':
    '{parts} changed since the tables were written. To send what the pane shows, write the tables first; or build the copy from what the workbook holds.',
  'share.behind.unknown':
    'The pane does not know the pledging round the workbook holds (it was written in an earlier session): write the tables first, or build the copy from the pane as it stands.',
  'share.writeFirst': 'Write the tables first',
  'share.contents.heading': 'What goes in',
  'share.contents.readMe': 'Read me: what the copy is, for whom, its marking (always in)',
  'share.contents.neededBy': 'Needed by {sheets}: their formulas read it.',
  'share.out.comparison-with-proposal':
    'Left out unless you tick it: it compares with {other}, which has no Council act. A Commission proposal is not public until the Council adopts its implementing act (Art. 12(6)).',
  'share.out.comparison-not-published':
    'Left out unless you tick it: it compares with {other}, which is not published.',
  'share.out.comparison':
    'Left out unless you tick it: a comparison with {other} is a working view.',
  'share.out.own-sheet': 'Your own sheet: in only if you tick it (EUPACT formulas become values).',
  'share.marking': 'Marking',
  'share.marking.classified':
    'Follows the stage: a scenario in the copy has no Council act, so it is classified (Art. 12(6)). You can change it.',
  'share.marking.public':
    'Follows the stage: the Council adopted this pool (Art. 57(1)), so it is public. You can change it.',
  'share.marking.typed': 'Your own marking, shown on every sheet and printed page.',
  'share.marking.useStage': 'Use the stage’s marking',
  'share.open': 'Open a copy for delegations',
  'share.preparing': 'Preparing the copy…',
  'share.privacy':
    'Nothing is sent anywhere: the copy opens in Excel (or is saved as a file) for you to send.',
  'share.failed': 'No copy was made',
  'share.noSheet': 'Tick at least one sheet: a copy needs something to send.',
  'share.asked.title': 'Excel was asked to open the copy as a new workbook',
  'share.asked.body':
    '{sheets} sheets, marked “{marking}”. This workbook was not changed. Excel on the web has been seen to open nothing without a word: if no new workbook appeared, save the copy with the link below.',
  'share.refused.title': 'Excel did not open the copy: save it as a file',
  'share.refused.body':
    'Excel answered: “{message}” Save {name} with the link below and open it in Excel. This workbook was not changed.',
  'share.unsupported.title': 'The copy is ready to save',
  'share.unsupported.body':
    'This version of Excel cannot open a new workbook from the add-in: save {name} with the link below and open it in Excel. This workbook was not changed.',
  'share.save': 'Save the copy as a file: {name}',
  'share.fileName.all': 'Copy for delegations, {date}.xlsx',
  'share.fileName.one': 'Copy for {state}, {date}.xlsx',
  'share.fileName.confirmation': 'January confirmation of {state} for {year}, {date}.xlsx',
  'share.confirmation.heading': 'The January confirmation (Art. 60(6))',
  'share.confirmation.hint':
    'A copy holding only {state}’s confirmation to the EU Solidarity Coordinator of the levels of each solidarity measure implemented in {year}, due in January {next}, under the same rules as any copy.',
  'share.confirmation.none':
    'The confirmation is computed from the year’s records: load them on the Implementation tab (with the pledging round) first.',
  'share.confirmation.noState': 'Choose one delegation under “For”: a confirmation is one state’s.',
  'share.confirmation.open': 'January confirmation for {state}',
} as const;
