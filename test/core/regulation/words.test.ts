import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CAP_READING_WORDS,
  NO_PROJECTED_NEED_WORDS,
  RATIO_WORDS,
  readingsInForce,
} from '../../../src/report/words/solidarity';

const SRC = resolve(__dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// Issue 14, point 11: Art. 63(3) and the valuation of alternatives (Art. 57(4), 65(1)) are read, so
// nothing may call them "unverified"; the ratio is the law's: Art. 12(3) "shall be maintained".
describe('words: the articles as read', () => {
  it('says "unverified" nowhere in src (the article, or "the tool\'s reading", instead)', () => {
    // The glossary of translations is the exception: it says which French and German terms could
    // not yet be checked against the Official Journal, a fact about words, not about the law's reading.
    const hits = files(SRC)
      .filter((f) => !f.endsWith(join('words', 'GLOSSARY.md')))
      .filter((f) => /unverified/i.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('cites Art. 12(3) for the ratio ("shall be maintained") and Art. 12(4) for a year without projected need', () => {
    expect(RATIO_WORDS).toMatch(/shall be maintained" \(Art\. 12\(3\)/);
    expect(NO_PROJECTED_NEED_WORDS).toMatch(/^Art\. 12\(4\)/);
  });
});

describe('the readings in force (for the Methodology sheet)', () => {
  it('lists each reading with the parameter that selects it, the Art. 63(7) one as set', () => {
    const lines = readingsInForce({
      readings: { art63Cap: 'people-only', art63Split: 'fair-share' },
      benefittingStates: { isDefault: true },
    });
    expect(lines.find((l) => l.article === 'Art. 63(7)')).toMatchObject({
      value: 'people-only',
      reading: CAP_READING_WORDS['people-only'],
    });
    expect(lines.every((l) => l.parameter !== '' && l.reading !== '')).toBe(true);
  });
});
