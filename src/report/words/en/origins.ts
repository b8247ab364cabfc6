/**
 * Where a series was read from (src/taskpane/origin.ts), said inside the Data tab's sentences:
 * "Check how {origin} was read", "{n} states from {origin}". Names of files and tables as they are.
 */
export const origins = {
  'origin.file': 'file {name}',
  'origin.table': 'table {name}',
  'origin.eurostat': 'Eurostat {dataset}',
  'origin.restored': 'this workbook, loaded earlier',
  'origin.validOnly': '{origin}, valid rows only',
  'review.rowProblems': {
    one: '{n} row has problems in {origin}',
    other: '{n} rows have problems in {origin}',
  },
  'review.header.file': "The file's header has a problem (file {name})",
  'review.header.table': "The table's header has a problem (table {name})",
  'review.header.eurostat': "The answer's header has a problem (Eurostat {dataset})",
  'review.problems': '{origin} has problems',
} as const;
