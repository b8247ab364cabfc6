/**
 * The pools the pane offers and the Scenario tab (issue 16: a first view in the analyst's words).
 * A pool's name and status are keyed by its preset id; the Regulation's terms as in GLOSSARY.md.
 */
export const scenario = {
  'pool.heading': 'Which pool',
  'pool.none': 'No pool chosen yet',
  'pool.2026-council.name': '2026 pool as adopted by the Council',
  'pool.2026-council.status':
    'Adopted on 19 December 2025 (Council Implementing Decision (EU) 2025/2642): 21,000 relocations and EUR 420 million; proposed: 30,000 and EUR 600 million.',
  'pool.2026-proposal.name': '2026 Commission proposal',
  'pool.2026-proposal.status':
    'As proposed (Art. 12(2)), before the Council’s act: 30,000 relocations and EUR 600 million.',
  'pool.2027-proposal.name': '2027 Commission proposal at the minima',
  'pool.2027-proposal.status':
    'Not the Commission’s figures (classified until the Council acts, Art. 12(6)): the Art. 12(2) minima on the newest data.',
  'pool.latest.name': 'Next pool on the latest data',
  'pool.latest.status':
    'The Art. 12(2) minima, 30,000 relocations at EUR 20,000 each, on the latest data.',
  'pool.choose': 'Choose the pool',
  'pool.chooseToWrite': 'Choose the pool first: then the tables can be written.',
  'scenario.pool': 'Pool',
  'scenario.caveats': 'Where this differs from the Commission’s own inputs',
  'scenario.proposal.legend': 'The Commission proposal (Art. 12(2))',
  'scenario.proposal.adopted':
    'The Council has adopted the pool (Art. 57(1)): its reference numbers below',
  'scenario.proposal.none': 'No Council act yet: the numbers below are the proposal’s',
  'scenario.proposal.relocations': 'Relocations in the proposal',
  'scenario.proposal.relocationsHint': 'Art. 63(1) measures relocation pledges against this number',
  'scenario.proposal.financial': 'Financial contributions in the proposal',
  'scenario.totals.council': 'The Council’s reference numbers (Art. 57(1))',
  'scenario.totals.proposal': 'Pool totals of the proposal (Art. 12(2))',
  'scenario.relocations': 'Relocations',
  'scenario.financial': 'Financial contributions',
  'scenario.eurPerRelocation': 'Value of one relocation or offset',
  'scenario.eurPerRelocationHint': 'Recital 15: the ratio of EUR 600 million to 30,000',
  'scenario.keepRatio': 'Keep the ratio: one total follows the other',
  'scenario.bothTotals': 'Both totals set (as the Council may, Art. 57(1))',
  'scenario.participants': 'Participating states ({n})',
  'scenario.boundBy': 'Bound by solidarity',
  'scenario.boundByHint':
    'The EU-27 without Denmark by default; Member States only (Annex I); Norway, Iceland, Switzerland and Liechtenstein pledge ad hoc on the Pledges tab (Art. 13(1)).',
  'scenario.findings': 'Commission findings (Art. 11)',
  'scenario.findingsHint': 'Decisions, not computed: type a state to add it to a finding.',
  'scenario.deductions': 'Deductions (Art. 61, 62)',
  'scenario.deductionsHint':
    'Type a percentage in a state’s cell; an empty cell is no deduction. The deducted part is not redistributed. The basis defaults to Art. 61 for a state under migratory pressure, else Art. 62.',
  'scenario.saved': 'Saved in this workbook',
  'scenario.name': 'Scenario name',
  'scenario.save': 'Save',
  'scenario.savedTitle': 'Scenario saved',
  'scenario.savedBody': '“{name}” is saved in this workbook.',
  'scenario.notSaved': 'Not saved',
  'scenario.open': 'Open a saved scenario',
  'scenario.openPlaceholder': 'Choose',
} as const;
