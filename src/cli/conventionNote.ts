import type { ConventionDecision } from '../data';
import { ENGLISH } from '../report/words';
import { conventionInWords } from '../report/words/fileWords';

/**
 * How a file's numbers were read, said whenever the file is not plainly decimal points (the
 * indicator files and the pledges file alike): the convention, why, and the option that reads it
 * the other way.
 */
export function conventionNote(path: string, numbers: ConventionDecision | undefined): string[] {
  if (!numbers || (numbers.kind === 'read' && numbers.why === 'usual' && numbers.ambiguous === 0)) {
    return [];
  }
  const w = ENGLISH;
  const words = conventionInWords(w, numbers);
  if (numbers.kind === 'mixed' || numbers.why === 'chosen') return [`${path}: ${words}`];
  const other = w.t(
    numbers.decimal === 'comma' ? 'files.decimal.cliComma' : 'files.decimal.cliPoint',
  );
  return [`${path}: ${words} ${other}`];
}
