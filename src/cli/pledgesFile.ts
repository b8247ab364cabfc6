import { basename } from 'node:path';
import { readPledgesCsv } from '../data';
import type { PledgingRound } from '../report';
import { listIssues, readInputFile } from './readFiles';

/** A pledges file whose rows are wrong: every problem, by line, state and column. */
export class PledgesFileError extends Error {}

export function readPledgesFile(path: string, participants: readonly string[]): PledgingRound {
  const sheet = readPledgesCsv(readInputFile(path, 'pledges', PledgesFileError), participants);
  const errors = sheet.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new PledgesFileError(
      `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${path}; nothing was written:\n${listIssues(path, errors, false)}`,
    );
  }
  return { ...sheet, source: `the file ${basename(path)}` };
}
