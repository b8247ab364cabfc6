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
