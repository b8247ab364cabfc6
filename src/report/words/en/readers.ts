/**
 * What the readers found wrong in a file, from their reason codes (src/data: `ReadIssue.reason`),
 * and how the pane's list of problems says where and what. The pledges reader's sentences are the
 * ones its `message` keeps for the command line (test/report/readerWords.test.ts).
 */
export const readers = {
  'readers.where.header': 'Header',
  'readers.where.line': 'Line {line}',
  'readers.where.column': '{at} · {column}',
  'readers.error': 'Error: ',
  'readers.note': 'Note: ',
  'readers.errors': { one: '{n} error: must be fixed', other: '{n} errors: must be fixed' },
  'readers.notes': {
    one: '{n} note: rows skipped or left as gaps',
    other: '{n} notes: rows skipped or left as gaps',
  },
  'readers.more': 'and {n} more.',
  'readers.pledges.unknownColumn':
    'Unknown column "{header}" (column {index}). A pledges file has the columns {columns}.',
  'readers.pledges.unknownColumnNear':
    'Unknown column "{header}" (column {index}): did you mean "{near}"? A pledges file has the columns {columns}.',
  'readers.pledges.twoCodeColumns':
    'The columns {both} both give the state code: keep one, or the other would be ignored.',
  'readers.pledges.twoColumns':
    'The columns {both} both give the {field}: keep one, or the other would be ignored.',
  'readers.pledges.twoDeductionColumns':
    'Both "{fraction}" (a fraction, 0 to 1) and "{percent}" (0 to 100) give the deduction: keep one.',
  'readers.pledges.noCodeColumn': 'No column names the state: add "code" (found: {found}).',
  'readers.pledges.noPledgeColumn':
    'The file gives no pledge: add at least one of the columns relocations, financial_eur, alternative_eur, offsets, deduction_percent.',
  'readers.pledges.rowWithoutCode':
    'column {column}: the row has "{text}" under {under} but no state code: write the code (such as DE) or delete the row.',
  'readers.pledges.notACode':
    '"{text}" is not a state code: use a Eurostat code such as DE, or EL for Greece.',
  'readers.pledges.notParticipant':
    '{code} is not among the participating states: add it to the participants or remove the row.',
  'readers.pledges.secondRow':
    'a second row for {code} (the first is on line {first}): keep one row per state.',
  'readers.pledges.negative': '{value} is negative: a pledge cannot be.',
  'readers.pledges.notWhole':
    '{value} is not a whole number: relocations count people (Art. 56(2)(a)).',
  'readers.pledges.notRequested':
    '"{text}" is not yes, no or not yet (Art. 65(1): a specific request of the benefitting state).',
  'readers.pledges.jointWithoutRequest':
    'a value set jointly follows a specific request of the benefitting state (Art. 65(1)): write yes under {column}, or clear the value.',
  'readers.pledges.notABasis':
    '"{text}" is not a basis for a deduction: write 61 (migratory pressure) or 62 (significant migratory situation).',
  'readers.pledges.noBasis':
    'a deduction needs its basis: 61 (migratory pressure) or 62 (significant migratory situation).',
  'readers.pledges.basisWithoutDeduction':
    'Art. {article} is given without a deduction: write the deduction ({column}) or clear the basis.',
  'readers.pledges.notYesNo': '"{text}" is not yes or no.',
  'readers.pledges.adHoc':
    '{code} contributes ad hoc (Art. 13(1)): a deduction (Art. 61, 62) or benefitting from the pool (Art. 58, 59) is for Member States only; clear the cell.',
  'readers.pledges.fractionIsPercent':
    '{value} is not a fraction: the column {column} takes 0 to 1 ({value} % is {fraction}); write {fraction}, or name the column deduction_percent to give 0 to 100.',
  'readers.pledges.fractionAboveWhole':
    'a deduction of {value} is more than the whole contribution: the column {column} takes 0 to 1 (50 % is 0.5).',
  'readers.pledges.percentAboveWhole':
    'a deduction of {value} % is more than the whole contribution: give 0 % to 100 %.',
  'readers.pledges.atState': '{state}, column {column}: {problem}',
} as const;
