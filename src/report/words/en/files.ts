/** How a file was read: its number convention and its columns (the review, the command line). */
export const files = {
  'files.decimal.semicolon':
    'Semicolon-separated: read with decimal commas (a dot, a space or a no-break space between thousands).',
  'files.decimal.semicolonExample':
    'Semicolon-separated: read with decimal commas (a dot, a space or a no-break space between thousands), as "{figure}" on line {line} shows.',
  'files.decimal.onlyComma':
    'Read with decimal commas: "{figure}" on line {line} can only be read that way.',
  'files.decimal.onlyPoint':
    'Read with decimal points: "{figure}" on line {line} can only be read that way.',
  'files.decimal.chosenComma': 'Read with decimal commas, as you chose.',
  'files.decimal.chosenPoint': 'Read with decimal points, as you chose.',
  'files.decimal.usual': 'Read with decimal points.',
  'files.decimal.ambiguous': {
    one: '{n} figure could mean two numbers this way: it is refused on its line.',
    other: '{n} figures could mean two numbers this way: each is refused on its line.',
  },
  'files.decimal.mixed':
    'The file writes numbers both ways: "{comma}" on line {commaLine} only with a decimal comma, "{point}" on line {pointLine} only with a decimal point. Nothing was read: choose how to read it.',
  'files.decimal.readComma': 'Read with decimal commas',
  'files.decimal.readPoint': 'Read with decimal points',
  'files.decimal.cliComma': 'If the file writes decimal points, run again with --decimal point.',
  'files.decimal.cliPoint': 'If the file writes decimal commas, run again with --decimal comma.',
  'files.columns.near': 'The column "{header}" is one letter from "{name}". Read it as {name}?',
  'files.columns.useNear': 'Read "{header}" as {name}',
  'files.columns.heading': 'Which column holds what?',
  'files.columns.geo': 'State (code or name)',
  'files.columns.period': 'Year or period',
  'files.columns.value': 'Value',
  'files.columns.flag': 'Flags (optional)',
  'files.columns.none': '(none)',
  'files.columns.read': 'Read with these columns',
} as const;
