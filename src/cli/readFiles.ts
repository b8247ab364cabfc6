import { readFileSync } from 'node:fs';
import type { ReadIssue } from '../data';
import { reasonOf } from './writeFiles';

/** The first problems of a refused file are listed; the rest counted. */
const SHOWN = 20;

/** An input file's text, or `fail` with what it is, why it cannot be read and what to check. */
export function readInputFile(
  path: string,
  what: string,
  fail: new (message: string) => Error,
): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new fail(
      `cannot read the ${what} file ${path}: ${reasonOf(e)}: check the name (relative names start from the folder you run npm in).`,
    );
  }
}

/** A file's problems one per indented line, `path:line: [column C: ]message`, the first 20. */
export function listIssues(
  path: string,
  issues: readonly ReadIssue[],
  withColumn: boolean,
): string {
  const lines = issues
    .slice(0, SHOWN)
    .map((i) => `  ${path}:${i.line}: ${withColumn ? `column ${i.column}: ` : ''}${i.message}`);
  if (issues.length > SHOWN) lines.push(`  and ${issues.length - SHOWN} more.`);
  return lines.join('\n');
}
