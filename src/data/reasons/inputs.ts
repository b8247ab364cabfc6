/**
 * The English words of the readers of the analyst's inputs through the year: declared needs
 * (needs.ts, Art. 58(2)) and implementation records (implementationRecords.ts).
 */
export const INPUT_REASONS = {
  'needs.unknownColumn': 'Unknown column "{header}": a needs file has the columns {columns}.',
  'needs.noColumn': 'No column "{name}": the header is {header}.',
  'needs.atColumn': 'column {column}: {problem}',
  'needs.notACode': '"{text}" is not a state code: use a Eurostat code such as IT.',
  'needs.notBenefitting':
    '{code} is not a benefitting state (Art. 58(1), 59(4)): declare it benefitting or remove the line.',
  'needs.notAType':
    '"{text}" is not a type of Art. 56(2): write relocation, financial or alternative.',
  'needs.negative': '{value} is negative: a need cannot be.',
  'needs.notWhole': '{value} is not a whole number: relocations count persons.',
  'needs.second': 'a second {type} need of {code} (the first is on line {first}): keep one.',
  'records.unknownColumn':
    'Unknown column "{header}": an implementation file has the columns {columns}.',
  'records.twoColumns': 'The columns "{first}" and "{second}" both give the {key}: keep one.',
  'records.missing': 'Missing columns {missing}: the header is {header}.',
  'records.missing.one': 'Missing column {missing}: the header is {header}.',
  'records.atColumn': 'column {column}: {problem}',
  'records.notADate':
    '"{text}" is not a date written yyyy-mm-dd: write it as 2026-09-14 (one order only, so that 03/04 cannot be read two ways).',
  'records.notADay': '{text} is not a day of the calendar: check the date.',
  'records.noContributing': 'no contributing state: write its code (such as DE).',
  'records.notACode':
    '"{text}" is not a state code: use a Eurostat code such as DE, or EL for Greece.',
  'records.notABenefittingCode': '"{text}" is not a state code: use a Eurostat code such as IT.',
  'records.mayNotImplement':
    '{code} is neither a participating state nor a Dublin-associated state contributing ad hoc (Art. 13(1)): check the code.',
  'records.notAType': '"{text}" is not a type: write relocation, offset, financial or alternative.',
  'records.noBenefitting':
    '{type} is implemented towards a benefitting state: write its code (only a financial contribution may name none, Art. 64(1)).',
  'records.towardsItself':
    '{code} is also the contributing state: a state does not implement solidarity towards itself.',
  'records.inPersons': '{type} is counted in persons: move the figure to {own} and clear {other}.',
  'records.inEuros': '{type} is counted in euros: move the figure to {own} and clear {other}.',
  'records.needsPersons': '{type} needs its number of persons.',
  'records.needsEuros': '{type} needs its amount in euros.',
  'records.notAboveZero': '{value} is not above zero: a record is of something implemented.',
  'records.notWhole': '{value} is not a whole number: a record counts persons.',
  'records.type.relocation': 'a relocation',
  'records.type.offset': 'an offset',
  'records.type.financial': 'a financial contribution',
  'records.type.alternative': 'an alternative measure',
} as const;
