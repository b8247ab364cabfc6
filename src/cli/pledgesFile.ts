import { basename } from 'node:path';
import { readPledgesCsv, type DecimalMark } from '../data';
import type { PledgingRound } from '../report';
import { conventionNote } from './conventionNote';
import { listIssues, readInputFile } from './readFiles';

/** A pledges file whose rows are wrong: every problem, by line, state and column. */
export class PledgesFileError extends Error {}

/**
 * The pledges file read as the pane reads it, under the file's number convention (`--decimal`
 * overrides it, as for the indicator files); refused whole if any row is wrong, with how its
 * numbers were read; the note says it when the file is not plainly decimal points.
 */
export function readPledgesFile(
  path: string,
  participants: readonly string[],
  decimal?: DecimalMark,
): { round: PledgingRound; notes: string[] } {
  const text = readInputFile(path, 'pledges', PledgesFileError);
  const sheet = readPledgesCsv(text, participants, decimal ? { decimal } : {});
  const notes = conventionNote(path, sheet.numbers);
  const errors = sheet.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new PledgesFileError(
      `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${path}; nothing was written:\n${listIssues(path, errors, false)}` +
        notes.map((n) => `\n${n}`).join(''),
    );
  }
  return { round: { ...sheet, source: `the file ${basename(path)}` }, notes };
}
