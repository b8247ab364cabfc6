/** The note by the pane's number fields when Excel's own separators could not be read (rule 6). */
export const culture = {
  'culture.fallback':
    'Numbers here use {decimal} for decimals and {group} between thousands, as the pane’s language writes them: {why} If your Excel uses other separators, type numbers this way all the same.',
  'culture.why.no-api': 'this version of Excel does not tell the pane its own separators.',
  'culture.why.no-separators': 'Excel did not give separators the pane can use.',
  'culture.why.read-failed': 'Excel’s settings could not be read.',
  /** A separator, quoted. */
  'culture.mark': '“{mark}”',
  'culture.space': 'a space',
} as const;
