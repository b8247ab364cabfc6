import { toXlsxBuffer } from '../../../src/xlsx';
import { partsToValidate, readPackage } from './packageParts';
import { checkRules, type RuleId } from './rules';
import { validateParts } from './schemaValidation';
import type { WorkbookKind } from './workbookKinds';

export interface Finding {
  /** `schema` for an ECMA-376 schema error, else the rule broken. */
  readonly rule: RuleId | 'schema';
  readonly workbook: string;
  readonly part: string;
  /**
   * Where: for a rule, line and column in the part as written; for a schema error, the line in the
   * part as validated (one element per line; the message quotes that line).
   */
  readonly where: string;
  readonly message: string;
}

export interface GateResult {
  readonly workbooks: number;
  readonly parts: number;
  /** Documents given to the validator (a VML drawing counts once per shape). */
  readonly documents: number;
  readonly findings: readonly Finding[];
}

export interface WorkbookFile {
  readonly label: string;
  readonly bytes: Uint8Array;
}

/** Writes each kind of workbook with the real writer (`toXlsxBuffer`, used by the CLI and the pane). */
export async function writeAll(kinds: readonly WorkbookKind[]): Promise<WorkbookFile[]> {
  const files: WorkbookFile[] = [];
  for (const kind of kinds) files.push({ label: kind.label, bytes: await toXlsxBuffer(kind.spec) });
  return files;
}

/** Checks every part of every file: the ECMA-376 schemas (one validator run per batch) and the rules. */
export async function runGate(files: readonly WorkbookFile[]): Promise<GateResult> {
  const findings: Finding[] = [];
  const documents = [];
  const labels = new Map<string, string>();
  let parts = 0;
  for (const [i, file] of files.entries()) {
    const pkg = await readPackage(file.label, file.bytes);
    parts += pkg.parts.size;
    const prefix = `wb${i + 1}`;
    labels.set(prefix, file.label);
    documents.push(...partsToValidate(pkg, prefix));
    for (const v of checkRules(pkg))
      findings.push({
        rule: v.rule,
        workbook: file.label,
        part: v.part,
        where: `line ${v.line}, column ${v.column}`,
        message: v.message,
      });
  }
  for (const e of await validateParts(documents)) {
    const [prefix = '', ...rest] = e.fileName.split('/');
    findings.push({
      rule: 'schema',
      workbook: labels.get(prefix) ?? prefix,
      part: rest.join('/'),
      where: `line ${e.line} as validated`,
      message: `${e.message} at ${e.source}`,
    });
  }
  return { workbooks: files.length, parts, documents: documents.length, findings };
}

/** One line per finding, for a failing test's message. */
export function describeFinding(f: Finding): string {
  return `[${f.rule}] ${f.workbook}: ${f.part} ${f.where}: ${f.message}`;
}

/** How many findings of each rule. */
export function countByRule(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}
