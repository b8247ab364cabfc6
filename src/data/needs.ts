/**
 * The needs benefitting states declared (Art. 58(2): "the type and level of solidarity measures
 * referred to in Article 56(2) needed"), from a CSV with the columns code, type, level (and a note):
 * one line per state and type, persons for relocations, euros for the others. A file with any
 * problem loads nothing.
 */
import { NEED_TYPES, tryNormalizeCode, type DeclaredNeed, type NeedType } from '../core';
import { clipText, parseStrictNumber } from './numbers';
import { parseCsvTable } from './readers/csvTable';
import type { ReadIssue } from './types';

export const NEEDS_CSV_HEADER = 'code,type,level,note';

export interface NeedsSheet {
  readonly needs: readonly DeclaredNeed[];
  readonly notes: Readonly<Record<string, string>>;
  readonly issues: readonly ReadIssue[];
}

export function readNeedsCsv(text: string, benefitting: readonly string[]): NeedsSheet {
  const table = parseCsvTable(text);
  if (table.unreadable) return { needs: [], notes: {}, issues: table.issues };
  const issues: ReadIssue[] = [...table.issues];
  const known = NEEDS_CSV_HEADER.split(',');
  const header = (name: string) => table.headers.find((h) => h.toLowerCase() === name);
  for (const h of table.headers) {
    if (!known.includes(h.toLowerCase())) {
      issues.push({
        line: table.headerLine,
        column: h,
        message: `Unknown column "${h}": a needs file has the columns ${known.join(', ')}.`,
        severity: 'error',
      });
    }
  }
  for (const name of known.slice(0, 3)) {
    if (!header(name)) {
      issues.push({
        line: table.headerLine,
        column: '(header)',
        message: `No column "${name}": the header is ${NEEDS_CSV_HEADER}.`,
        severity: 'error',
      });
    }
  }
  if (issues.length > 0) return { needs: [], notes: {}, issues };
  const needs: DeclaredNeed[] = [];
  const notes: Record<string, string> = {};
  const seen = new Map<string, number>();
  for (const { line, cells } of table.records) {
    const cell = (name: string) => (cells[header(name) as string] ?? '').trim();
    const fail = (name: string, message: string) =>
      issues.push({ line, column: name, message: `column ${name}: ${message}`, severity: 'error' });
    const code = tryNormalizeCode(cell('code'));
    const type = cell('type').toLowerCase() as NeedType;
    const level = parseStrictNumber(cell('level'));
    if (!code)
      fail(
        'code',
        `"${clipText(cell('code'))}" is not a state code: use a Eurostat code such as IT.`,
      );
    else if (!benefitting.includes(code)) {
      fail(
        'code',
        `${code} is not a benefitting state (Art. 58(1), 59(4)): declare it benefitting or remove the line.`,
      );
    }
    if (!NEED_TYPES.includes(type)) {
      fail(
        'type',
        `"${clipText(cell('type'))}" is not a type of Art. 56(2): write relocation, financial or alternative.`,
      );
    }
    if (!level.ok) fail('level', level.reason);
    else if (level.value < 0) fail('level', `${level.value} is negative: a need cannot be.`);
    else if (type === 'relocation' && !Number.isInteger(level.value)) {
      fail('level', `${level.value} is not a whole number: relocations count persons.`);
    }
    const key = `${code}/${type}`;
    if (code && seen.has(key)) {
      fail(
        'type',
        `a second ${type} need of ${code} (the first is on line ${seen.get(key)}): keep one.`,
      );
    }
    seen.set(key, line);
    if (!code || !NEED_TYPES.includes(type) || !level.ok) continue;
    needs.push({ code, type, level: level.value });
    if (cell('note')) notes[key] = cell('note');
  }
  const bad = issues.some((i) => i.severity === 'error');
  return { needs: bad ? [] : needs, notes: bad ? {} : notes, issues };
}
