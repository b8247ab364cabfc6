import { fr } from '../../src/report/words/fr';
import { catalogueTexts, functionHelpTexts, helpHeadings } from './languageTexts';

/**
 * French typography (src/report/words/GLOSSARY.md, "French typography"): a narrow no-break space
 * (U+202F) before ":", ";", "!", "?", "»" and "%", and after "«". A plain space there lets the
 * sign wrap alone onto the next line of a 350 px pane ("… reçu" / ": 1,5"). And a no-break space
 * (U+00A0, a word space) after "art." and "par." before their number: "art. / 63" would read as a
 * sentence ending at the line's end. The same no-break space between a figure (or its placeholder)
 * and its unit, EUR, M, Mio or millions: "20 000 / EUR" at the end of a line leaves a sum without
 * its currency.
 */
const PLAIN_SPACE_BREAKS =
  /(?: [:;!?»])|(?:« )|(?:[\d}] %)|(?:\b(?:[Aa]rt|par)\. (?=[\d{]))|(?:[\d}] (?:EUR|Mio|M|millions)\b)/g;

/** Each place a text breaks the rule, with a few characters around it to find it. */
function breaks(where: string, text: string): string[] {
  return [...text.matchAll(PLAIN_SPACE_BREAKS)].map((m) => {
    const at = m.index ?? 0;
    return `${where}: …${text.slice(Math.max(0, at - 20), at + 10)}…`;
  });
}

describe('French typography', () => {
  it('holds every sign of the pane’s French catalogue to its word (no plain space before : ; ! ? » %, none after « or art., none between a sum and EUR)', () => {
    const found = catalogueTexts(fr).flatMap(([key, t]) => breaks(key, t));
    expect(found).toEqual([]);
  });

  it('does the same in the functions’ French help (their metadata and the help page)', () => {
    const { metadata, page } = functionHelpTexts('fr');
    const found = [...metadata.flatMap((t) => breaks('fr.json', t)), ...breaks('help-fr.md', page)];
    expect(found).toEqual([]);
  });

  it('writes the French of the help page’s headings the same way', () => {
    const headings = helpHeadings('fr');
    expect(headings).toContain('Fonctions EUPACT');
    expect(breaks('helpPages.cjs', headings)).toEqual([]);
  });
});
