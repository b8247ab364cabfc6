/** The Pledges tab: loading a round, the round's Art. 63 position, the pool as pledged. */
export const pledges = {
  'pledges.intro':
    'What each state pledged at the High-Level EU Solidarity Forum (Art. 13): relocations, financial contributions, alternative measures at their value, responsibility offsets, and deductions requested (Art. 61, 62).',
  'pledges.example': 'Load the illustrative 2026 round',
  'pledges.fromFile': 'From a CSV file…',
  'pledges.fileLabel': 'Pledges file (CSV)',
  'pledges.fromTable': 'Read the Pledges table of this workbook',
  'pledges.loadingExample': 'Loading the worked example…',
  'pledges.reading': 'Reading {file}…',
  'pledges.readingTable': 'Reading the Pledges table…',
  'pledges.noTable':
    'This workbook has no Pledges table yet: write the tables with a pledging round first, or load a CSV.',
  'pledges.loaded': 'Pledges loaded',
  'pledges.loadedBody':
    '{pledges} states’ pledges and {deductions} deductions from {source}. They go into the Pledges and Balance sheets.',
  'pledges.notLoaded': 'No pledges were loaded',
  'pledges.nothingFrom': 'Nothing was loaded from {source}',
  'pledges.fixRows': 'Fix these rows and load it again.',
  'pledges.csvColumns': 'CSV columns',
  'pledges.csvIntro':
    'One row per state, a header row first; empty cells count as 0. Columns in this order:',
  'pledges.csvAfter':
    'Pledges edited in the workbook recalculate its Balance by themselves; read them back here before writing the tables again.',
  'pledges.column.code': 'the state: a Eurostat code such as FR, or EL for Greece',
  'pledges.column.relocations': 'relocations pledged, in persons (Art. 56(2)(a))',
  'pledges.column.financial_eur': 'financial contribution, in EUR (Art. 56(2)(b))',
  'pledges.column.alternative_eur': 'alternative measures at their value, in EUR (Art. 56(2)(c))',
  'pledges.column.alternative_description': 'what the alternative measures are, in words',
  'pledges.column.offsets': 'responsibility offsets offered, in persons (Art. 63)',
  'pledges.column.deduction_percent':
    'deduction requested, % of the indicative contribution (0–100)',
  'pledges.column.deduction_article':
    'its basis: 61 (migratory pressure) or 62 (significant situation)',
  'pledges.column.benefitting': 'yes or no: the state benefits from the pool',
  'pledges.column.source': 'where the figures come from, in words',
  'pledges.round': 'The round',
  'pledges.from': 'From {source}.',
  'pledges.include': 'Write the Pledges and Balance sheets with the tables',
  'pledges.perState': 'Pledges per state',
  'pledges.perStateHint':
    'Type each state’s pledges; the balance (pledged minus its contribution after deduction, in EUR million) follows as you type. Beside each state: its fair share of the reference number.',
  'pledges.summary': 'The pool as pledged',
  'pledges.pledged': 'Pledged',
  'pledges.toImplement': 'To be implemented',
  'pledges.relocations': '{n} relocations',
  'pledges.eur': 'EUR {amount}',
  'pledges.coverage': '{share} of the pool’s value (EUR {value})',
  'pledges.thresholds': 'Art. 63 thresholds',
  'pledges.art': 'Art.',
  'pledges.chip.net': '63(4) net ≥ {n}',
  'pledges.chip.requestMeaning':
    'Art. 63(1): relocation pledges at least 50 % of the number in the Commission proposal',
  'pledges.chip.floorMeaning':
    'Art. 63(3)(a): relocation pledges not below the number of Art. 12(2)(a)',
  'pledges.chip.shareMeaning':
    'Art. 63(3)(b): relocation pledges not below 60 % of the reference number',
  'pledges.chip.netMeaning':
    'Art. 63(4): the relocation pledges to be implemented not below the higher of the two numbers',
  'pledges.met': '{label}: met',
  'pledges.notMet': '{label}: not met',
  'pledges.conditional':
    'Offsets mandatory only if still below after a reconvened Forum (Art. 13(4)).',
} as const;
