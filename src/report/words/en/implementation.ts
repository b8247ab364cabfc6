/**
 * The Implementation tab (issue 17): records typed or loaded, the distribution, the year end. The
 * findings' words are the Implementation sheet's (FINDING_WORDS), so the pane and the workbook agree.
 */
export const implementation = {
  'implementation.needPledges':
    'Records are checked against the pledges: load a pledging round on the Pledges tab first.',
  'implementation.intro':
    'What was implemented, by whom, towards whom, when: relocations (Art. 67, 68), offsets (Art. 63, 69), financial contributions (Art. 64) and alternative measures at their jointly set value (Art. 65(1)). Type or paste them below, or load them. Writing adds the Implementation sheet, live formulas over the records.',
  'implementation.exampleRecords': 'Load the illustrative 2026 records',
  'implementation.recordsFile': 'Records from a CSV file…',
  'implementation.recordsFileLabel': 'Implementation records file (CSV)',
  'implementation.fromWorkbook': 'Read the records of this workbook',
  'implementation.exampleNeeds': 'Load the illustrative needs',
  'implementation.needsFile': 'Needs from a CSV file…',
  'implementation.needsFileLabel': 'Needs file (CSV)',
  'implementation.nothingLoaded': 'Nothing was loaded from {origin}:',
  'implementation.counted': 'Records counted: {records}. Records from {source}.',
  'implementation.needsFrom': 'Needs from {source}.',
  'implementation.noNeeds': 'No needs declared yet (Art. 58(2)).',
  'implementation.shortcomings':
    'Systemic shortcomings found (Art. 60(3)), nothing required towards them: {states}.',
  'implementation.shortcomingsNone': 'none',
  'implementation.setShortcomings': 'Set them on the Results tab',
  'implementation.grid.table': 'Implementation records',
  'implementation.grid.date': 'Date',
  'implementation.grid.contributing': 'From',
  'implementation.grid.benefitting': 'To',
  'implementation.grid.type': 'Type',
  'implementation.grid.amount': 'Persons or EUR',
  'implementation.grid.label.date': 'Date (yyyy-mm-dd), record {n}',
  'implementation.grid.label.contributing': 'Contributing state (code), record {n}',
  'implementation.grid.label.benefitting':
    'Benefitting state (code; none for a transfer to the Union budget), record {n}',
  'implementation.grid.label.type':
    'Type (relocation, offset, financial or alternative), record {n}',
  'implementation.grid.label.amount':
    'Persons for relocations and offsets, euros for the others, record {n}',
  'implementation.grid.pasted': 'Pasted {rows} rows.',
  'implementation.grid.refused':
    '{cells} cells refused, marked in place; their rows are left out until fixed.',
  'implementation.grid.outside': '{values} values beyond the grid’s columns left out.',
  'implementation.grid.undoPaste': 'Ctrl+Z takes the paste back.',
  'implementation.grid.undone': 'Undone in the records.',
  'implementation.grid.redone': 'Redone in the records.',
  'implementation.grid.nothingToUndo': 'Nothing to undo in the records.',
  'implementation.grid.nothingToRedo': 'Nothing to redo.',
  'implementation.finding.towards-not-benefitting':
    'Towards a state that is not benefitting (Art. 58(1), 59(4))',
  'implementation.finding.towards-systemic-shortcomings':
    'Towards a state with systemic shortcomings: not required, the contributing state’s choice (Art. 60(3))',
  'implementation.finding.no-pledge-of-type': 'No pledge of this type (Art. 57(1))',
  'implementation.finding.beyond-pledge': 'Beyond the pledge to be implemented (Art. 60(3))',
  'implementation.finding.outside-year':
    'Outside the pool’s year: not in its January confirmation (Art. 60(6))',
  'implementation.end.title': 'At the end of {year}',
  'implementation.end.offsets':
    'Art. 63(5): contributing states may be asked for {owed} responsibility offsets (relocations pledged and not implemented); benefitting states may request {requestable}.',
  'implementation.end.state': '{state}: {offsets} offsets',
  'implementation.end.stateConverted':
    '{state}: {offsets} offsets, EUR {eur} of alternative measures converted (Art. 57(4))',
  'implementation.end.converted':
    'Art. 57(4): EUR {eur} of alternative measures not requested become financial contributions.',
  'implementation.end.notAllocated':
    'Art. 64(4): EUR {eur} of the EUR {pool} financial pool not allocated, which may be added to the AMIF thematic facility.',
  'implementation.confirmation.title': 'January confirmation (Art. 60(6)), due in January {year}',
  'implementation.confirmation.share':
    'Share: a copy for one delegation carries its own confirmation and the records it is party to.',
  'implementation.confirmation.none': 'No state has a record dated in {year}.',
  'implementation.confirmation.state':
    '{state}: {relocations} relocations, {offsets} offsets, EUR {financial} financial, EUR {alternative} alternative measures',
  'implementation.dist.table': 'Distribution among benefitting states',
  'implementation.dist.state': 'State',
  'implementation.dist.type': 'Type',
  'implementation.dist.need': 'Need',
  'implementation.dist.proposal': 'Proposal',
  'implementation.dist.distributed': 'Distributed',
  'implementation.dist.basis': 'Basis',
  'implementation.dist.type.relocation': 'People',
  'implementation.dist.type.financial': 'Financial (EUR)',
  'implementation.dist.type.alternative': 'Alternative (EUR)',
  'implementation.dist.basis.computed': 'computed',
  'implementation.dist.basis.typed': 'typed',
  'implementation.dist.shortcomings': '{state} (systemic shortcomings, Art. 60(3))',
  'implementation.dist.label': '{type} distributed to {state}',
  'implementation.dist.over':
    '{type}: the figures typed distribute {distributed}, {over} more than the pool to be implemented holds ({available}). Lower a typed figure, or clear it to go back to the proposal.',
} as const;
