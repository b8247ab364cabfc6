/**
 * The needs benefitting states declared (Art. 58(2): "the type and level of solidarity measures
 * referred to in Article 56(2) needed"), from a CSV with the columns code, type, level (and a note):
 * one line per state and type, persons for relocations, euros for the others. A file with any
 * problem loads nothing.
 */
import { NEED_TYPES, tryNormalizeCode, type DeclaredNeed, type NeedType } from '../core';
import { clipText, parseStrictNumber } from './numbers';
import { parseCsvTable } from './readers/csvTable';
import { issueOf, phrase, type ReaderPhrase } from './reasons';
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
      const values = { header: h, columns: { list: known } };
      issues.push(issueOf(table.headerLine, h, phrase('needs.unknownColumn', values)));
    }
  }
  for (const name of known.slice(0, 3)) {
    if (!header(name)) {
      const values = { name, header: NEEDS_CSV_HEADER };
      issues.push(issueOf(table.headerLine, '(header)', phrase('needs.noColumn', values)));
    }
  }
  if (issues.length > 0) return { needs: [], notes: {}, issues };
  const needs: DeclaredNeed[] = [];
  const notes: Record<string, string> = {};
  const seen = new Map<string, number>();
  for (const { line, cells } of table.records) {
    const cell = (name: string) => (cells[header(name) as string] ?? '').trim();
    const fail = (column: string, problem: ReaderPhrase) =>
      issues.push(issueOf(line, column, phrase('needs.atColumn', { column, problem })));
    const code = tryNormalizeCode(cell('code'));
    const type = cell('type').toLowerCase() as NeedType;
    const level = parseStrictNumber(cell('level'));
    if (!code) fail('code', phrase('needs.notACode', { text: clipText(cell('code')) }));
    else if (!benefitting.includes(code)) {
      fail('code', phrase('needs.notBenefitting', { code }));
    }
    if (!NEED_TYPES.includes(type)) {
      fail('type', phrase('needs.notAType', { text: clipText(cell('type')) }));
    }
    if (!level.ok) fail('level', level.why);
    else if (level.value < 0) fail('level', phrase('needs.negative', { value: level.value }));
    else if (type === 'relocation' && !Number.isInteger(level.value)) {
      fail('level', phrase('needs.notWhole', { value: level.value }));
    }
    const key = `${code}/${type}`;
    if (code && seen.has(key)) {
      fail('type', phrase('needs.second', { type, code, first: seen.get(key) ?? 0 }));
    }
    seen.set(key, line);
    if (!code || !NEED_TYPES.includes(type) || !level.ok) continue;
    needs.push({ code, type, level: level.value });
    if (cell('note')) notes[key] = cell('note');
  }
  const bad = issues.some((i) => i.severity === 'error');
  return { needs: bad ? [] : needs, notes: bad ? {} : notes, issues };
}
