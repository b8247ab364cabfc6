import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PARTICIPANTS } from '../../src/core';
import { readPledgesCsv } from '../../src/data';
import type { PledgingRound } from '../../src/report';

export const EXAMPLE_PLEDGES = join(
  __dirname,
  '../../src/data/examples/pledges-2026-illustrative.csv',
);

/** The illustrative 2026 pledging round shipped with the tool. */
export function examplePledging(participants = DEFAULT_PARTICIPANTS): PledgingRound {
  const sheet = readPledgesCsv(readFileSync(EXAMPLE_PLEDGES, 'utf8'), participants);
  if (sheet.issues.length > 0) throw new Error(sheet.issues.map((i) => i.message).join('; '));
  return {
    ...sheet,
    source: 'the illustrative 2026 round (src/data/examples/pledges-2026-illustrative.csv)',
  };
}

/**
 * The illustrative round with every kind of pledge the workbook shows, for tests only: money with
 * alternative measures not requested (converted, Art. 57(4)), measures requested with a value set
 * jointly (Art. 65(1)), measures not yet requested, an ad hoc contribution by Norway (Art. 13(1)),
 * a partial deduction anticipated on the fair share and one on the pledges (Art. 62).
 */
export function richPledging(): PledgingRound {
  const ex = examplePledging();
  return {
    ...ex,
    source: 'a test round built on the illustrative 2026 round',
    pledges: [
      ...ex.pledges,
      {
        code: 'NL',
        relocations: 0,
        financialEur: 50e6,
        alternativeEur: 10e6,
        offsets: 0,
        alternativeRequested: 'no',
      },
      {
        code: 'BE',
        relocations: 100,
        financialEur: 0,
        alternativeEur: 5e6,
        offsets: 50,
        alternativeRequested: 'yes',
        alternativeSetJointlyEur: 4e6,
      },
      { code: 'SE', relocations: 0, financialEur: 0, alternativeEur: 3e6, offsets: 0 },
      { code: 'SI', relocations: 40, financialEur: 1e6, alternativeEur: 0, offsets: 0 },
      { code: 'NO', relocations: 200, financialEur: 10e6, alternativeEur: 0, offsets: 0 },
    ],
    deductions: [
      ...ex.deductions,
      { code: 'BG', share: 0.5, article: 62, appliesTo: 'fair-share' },
      { code: 'SI', share: 0.25, article: 62 },
    ],
  };
}
