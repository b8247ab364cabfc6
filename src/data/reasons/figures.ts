/**
 * The English words of the number readers' reasons (numbers.ts, commaNumbers.ts), of the number
 * convention (numberConvention.ts) and of a series' checks (validate.ts). A figure as the file
 * writes it is quoted by {quoted}: "text", or "text" for MT inside a row's problem.
 */
export const FIGURE_REASONS = {
  'number.quoted': '"{text}"',
  'number.quotedFor': '"{text}" for {code}',
  'number.empty': 'the cell is empty: write a number.',
  'number.twoMeanings':
    '{quoted} could be {grouped} (a dot between thousands) or {decimal}: write {grouped} or {plain} without ambiguity (or, if the file writes decimal commas, read it with decimal commas).',
  'number.nan': 'the value is not a number (NaN): check the figure.',
  'number.tooLarge':
    '{quoted} is beyond the largest number a spreadsheet holds (about 1E+308): check the figure.',
  'number.underflow':
    '{quoted} is too small to be held (below 1E-308) and would become 0: check the figure.',
  'number.tooSmall':
    '{quoted} is too small to be held in a spreadsheet (below about 2.2E-308): check the figure.',
  'number.hexadecimal': '{quoted} is written in hexadecimal: write the number in decimal digits.',
  'number.binary': '{quoted} is written in binary: write the number in decimal digits.',
  'number.octal': '{quoted} is written in octal: write the number in decimal digits.',
  'number.infinite': '{quoted} is not a figure: write a finite number.',
  'number.percent': '{quoted} has a percent sign: write the number alone.',
  'number.space':
    '{quoted} has a space inside: write the digits without spaces (no thousands separator).',
  'number.commaNotGroups':
    '{quoted} has a comma that is neither a decimal point nor a separator of groups of three digits: write digits only, with a dot for decimals.',
  'number.comma':
    '{quoted} has a comma: write digits only, with a dot for decimals and no thousands separator (or quote the cell, "83,456,045", in a comma-separated file).',
  'number.dots':
    '{quoted} has more than one dot: write digits only, with one dot for decimals and no thousands separator.',
  'number.notANumber': '{quoted} is not a number: write digits only, with a dot for decimals.',
  'comma.twoMeanings':
    '{quoted} could be {grouped} (a comma between thousands) or {decimal} (decimals): write {grouped} or {decimals} without ambiguity (or, if the file writes decimal points, read it with decimal points).',
  'comma.decimalPoint':
    '{quoted} has a decimal point, but the file is read with decimal commas: write {asComma}, or read the file with decimal points.',
  'comma.commas':
    '{quoted} has more than one comma: with decimal commas, write one comma before the decimals (494087,6).',
  'comma.groups':
    '{quoted} is not grouped in threes: with decimal commas, a dot or a space may only separate groups of three digits (9.215.956 or 9 215 956), the same one throughout.',
  'comma.notANumber':
    '{quoted} is not a number: write digits, with a comma for decimals (494087,6).',
  'convention.mixed':
    'The file writes numbers both ways: "{comma}" (line {commaLine}) only with a decimal comma, "{point}" (line {pointLine}) only with a decimal point, so which one a figure means cannot be told and nothing was read. Choose how to read it: with decimal commas or with decimal points (in the pane: in this review; on the command line: --decimal comma or --decimal point); figures written the other way are then refused on their lines.',
  'series.noObservations': 'The file has no observations.',
  'series.periods': 'The file holds {n} periods ({periods}): choose one.',
  'series.missingPeriod': 'No observations for {period}: the data has {periods}.',
  'series.noPeriods': 'No observations for {period}.',
  'series.notAState':
    '{geo} is not a state (an aggregate, region or route): skipped; the tool computes totals itself.',
  'series.unknownCode':
    'Unknown state code "{geo}": use a Eurostat code such as DE, or EL (or GR) for Greece.',
  'series.valueFor': 'The value for {code}: {problem}',
  'series.gap': 'No value for {code}: left as a gap (never counted as zero).',
  'series.negative': 'The value {value} for {code} is negative: a count or an amount cannot be.',
  'series.again': '{code} {period} appears again (first on line {first}): keep one row per state.',
} as const;
