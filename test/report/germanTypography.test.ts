import { de } from '../../src/report/words/de';
import { catalogueTexts, functionHelpTexts, helpHeadings } from './languageTexts';

/**
 * German typography (src/report/words/GLOSSARY.md, "German typography"). Each rule is a place
 * where a 350 px pane would otherwise wrap apart what a German reader reads as one: "Art. / 63",
 * "50 / %", "z. / B.".
 */
const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';

const RULES: readonly (readonly [string, RegExp])[] = [
  // A no-break space (U+00A0) between a figure and its sign or unit (DIN 5008), as the pane's
  // formatPercent and Intl's de-DE write "26,4 %".
  [
    'a breakable space before % or a unit',
    /[\d}][ \u202F](?:%|EUR\b|€|Mio\.|Mrd\.|Millionen\b|Milliarden\b)/g,
  ],
  // A no-break space after the abbreviation of a citation, before its number or letter.
  ['a breakable space after Art., Abs., Buchst. or Nr.', /\b(?:Art|Abs|Buchst|Nr)\. (?=[\d{a-z])/g],
  ['a breakable space in Mio. EUR', /\b(?:Mio|Mrd)\. (?=EUR|€)/g],
  [
    'a breakable space between the day and the month',
    new RegExp(`\\d\\. (?=(?:${MONTHS})\\b)`, 'g'),
  ],
  // A narrow no-break space (U+202F) inside an abbreviation of two words (Duden).
  [
    'not a narrow no-break space in z. B., d. h., u. a.',
    /\b(?:z\.[ \u00A0]?B|d\.[ \u00A0]?h|u\.[ \u00A0]?a)\./g,
  ],
  // Thousands grouped with a dot, as Intl's de-DE writes them (20.000); a figure as a file may
  // write it ("9 215 956") keeps a no-break space.
  ['a breakable space between thousands', /\d \d{3}\b/g],
  ['a breakable space before an ellipsis', / …/g],
  // „…“ (U+201E, U+201C): never "…", “…”, «…» or ‹…› around German words.
  ['a quotation mark that is not „ or “', /[”«»‹›]|"/g],
];

/**
 * Straight quotes around what a file or Excel writes as it is: a JSON member ("class": "dataset"),
 * a quoted CSV cell ("83,456,045", ""), a formula's text ("DE", "2026-reference"). No German word
 * (no space, no umlaut) is ever one of them.
 */
const CODE_IN_QUOTES = /"[A-Za-z0-9_.,{}-]*"/g;

/** Quotes „…“ that close what they open, in order: not “…“ nor „… unclosed. */
function unbalancedQuotes(text: string): boolean {
  let open = false;
  for (const c of text) {
    if (c === '\u201E') {
      if (open) return true;
      open = true;
    } else if (c === '\u201C') {
      if (!open) return true;
      open = false;
    }
  }
  return open;
}

/** Each place a text breaks a rule, with a few characters around it to find it. */
function breaks(where: string, text: string): string[] {
  const prose = text.replace(CODE_IN_QUOTES, '');
  const found = RULES.flatMap(([rule, pattern]) =>
    [...prose.matchAll(pattern)].map((m) => {
      const at = m.index ?? 0;
      return `${where}: ${rule}: …${prose.slice(Math.max(0, at - 20), at + 12)}…`;
    }),
  );
  return unbalancedQuotes(prose) ? [...found, `${where}: „ and “ unpaired: ${prose}`] : found;
}

describe('German typography', () => {
  it('keeps the pane’s German together where German typesetting does, with „…“ for quotes', () => {
    const found = catalogueTexts(de).flatMap(([key, t]) => breaks(key, t));
    expect(found).toEqual([]);
  });

  it('does the same in the functions’ German help (their metadata and the help page)', () => {
    const { metadata, page } = functionHelpTexts('de');
    const found = [...metadata.flatMap((t) => breaks('de.json', t)), ...breaks('help-de.md', page)];
    expect(found).toEqual([]);
  });

  it('writes the German of the help page’s headings the same way', () => {
    const headings = helpHeadings('de');
    expect(headings).toContain('EUPACT-Funktionen');
    // The file's own JavaScript quotes are code: only the texts between them are German.
    const texts = [...headings.matchAll(/'([^']*)'/g)].map((m) => m[1]).join('\n');
    expect(breaks('helpPages.cjs', texts)).toEqual([]);
  });
});
