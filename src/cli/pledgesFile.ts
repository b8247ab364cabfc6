import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readPledgesCsv } from '../data';
import type { PledgingRound } from '../report';
import { reasonOf } from './writeFiles';

/** A pledges file whose rows are wrong: every problem, by line, state and column. */
export class PledgesFileError extends Error {}

const SHOWN = 20;

export function readPledgesFile(path: string, participants: readonly string[]): PledgingRound {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PledgesFileError(
      `cannot read the pledges file ${path}: ${reasonOf(e)}: check the name (relative names start from the folder you run npm in).`,
    );
  }
  const sheet = readPledgesCsv(text, participants);
  const errors = sheet.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.slice(0, SHOWN).map((i) => `  ${path}:${i.line}: ${i.message}`);
    if (errors.length > SHOWN) lines.push(`  and ${errors.length - SHOWN} more.`);
    throw new PledgesFileError(
      `${errors.length} ${errors.length === 1 ? 'row' : 'rows'} of ${path} cannot be used; nothing was written:\n${lines.join('\n')}`,
    );
  }
  return { ...sheet, source: `the file ${basename(path)}` };
}
