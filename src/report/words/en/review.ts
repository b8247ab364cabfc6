/** The review of a file, table or Eurostat answer before anything is loaded. */
export const review = {
  'review.check': 'Check how {origin} was read',
  'review.mayLoad': {
    one: 'Nothing was loaded yet. You may load the row read.',
    other: 'Nothing was loaded yet. You may load the {n} rows read.',
  },
  'review.mayLoadValid': {
    one: 'Nothing was loaded yet. You may load the valid row: refused rows become visible gaps.',
    other:
      'Nothing was loaded yet. You may load the {n} valid rows: refused rows become visible gaps.',
  },
  'review.fixSource': 'Nothing was loaded: fix these rows in the source and load it again.',
  'review.load': { one: 'Load the row', other: 'Load the {n} rows' },
  'review.loadValid': { one: 'Load the valid row', other: 'Load the {n} valid rows' },
  'review.cancel': 'Cancel',
  'review.close': 'Close',
} as const;
