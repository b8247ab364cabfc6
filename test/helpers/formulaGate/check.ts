import { parse, parseA1Ref, parseStructRef, tokenize } from '@borgar/fx/xlsx';
import { needsOwnBrackets, structuredReferences } from '../conformance/structuredReferences';
import { functionProblem } from './knownFunctions';

/**
 * The formula gate's check of one formula: it parses against the formula grammar (ECMA-376 Part 1
 * §18.17, MS-OE376 §3.2.3.1.1) with @borgar/fx, a maintained tokenizer and parser that knows
 * structured references; then every structured reference resolves, without regard to case, to a
 * table and column that exist; every defined name and sheet exists; every function is one Excel
 * knows, with `_xlfn.` in a file and without it through Office.js; and a column name with a
 * special character stands in its own brackets (support article "Using structured references with
 * Excel tables").
 */
export interface FormulaContext {
  /** Table names (upper case) and their columns (upper case). */
  readonly tables: ReadonlyMap<string, ReadonlySet<string>>;
  /** Defined names, upper case. */
  readonly names: ReadonlySet<string>;
  /** Sheet names, upper case. */
  readonly sheets: ReadonlySet<string>;
  /** The table a formula stands in, for `[@Col]` without a table name. */
  readonly ownTable?: string;
}

interface Node {
  readonly type: string;
  readonly kind?: string;
  readonly value?: string;
  readonly name?: string;
  readonly callee?: Node;
  readonly arguments?: readonly Node[];
  readonly elements?: readonly (readonly Node[])[];
  readonly body?: Node;
  readonly declarations?: readonly { readonly init?: Node }[];
}

function* nodes(node: Node): Generator<Node> {
  yield node;
  if (node.callee) yield* nodes(node.callee);
  for (const a of node.arguments ?? []) yield* nodes(a);
  for (const row of node.elements ?? []) for (const e of row) yield* nodes(e);
  if (node.body) yield* nodes(node.body);
  for (const d of node.declarations ?? []) if (d.init) yield* nodes(d.init);
}

export function formulaProblems(
  formula: string,
  context: FormulaContext,
  form: 'file' | 'office',
): string[] {
  const text = formula.replace(/^=/, '');
  let ast: Node;
  try {
    ast = parse(tokenize(text, {}), {}) as unknown as Node;
  } catch (e) {
    return [`does not parse: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  for (const ref of structuredReferences(text))
    if (ref.singleBracket && ref.columns.some(needsOwnBrackets))
      problems.push(`${ref.text}: a column name with a special character needs its own brackets`);
  for (const node of nodes(ast)) {
    if (node.type === 'CallExpression' && node.callee?.name) {
      const p = functionProblem(node.callee.name, form);
      if (p) problems.push(p);
    }
    if (node.type !== 'ReferenceIdentifier' || !node.value) continue;
    if (node.kind === 'table') {
      const ref = parseStructRef(node.value);
      const table = (ref?.table || context.ownTable || '').toUpperCase();
      const columns = context.tables.get(table);
      if (!ref || !columns) {
        problems.push(`${node.value} names no table that exists`);
        continue;
      }
      for (const c of ref.columns ?? [])
        if (!columns.has(c.toUpperCase())) problems.push(`${node.value} names no column "${c}"`);
    } else if (node.kind === 'name') {
      const name = node.value.toUpperCase();
      if (!context.names.has(name) && !context.tables.has(name))
        problems.push(`${node.value} is no defined name`);
    } else {
      const sheet = parseA1Ref(node.value)?.sheetName;
      if (sheet && !context.sheets.has(sheet.toUpperCase()))
        problems.push(`${node.value} names no sheet "${sheet}"`);
    }
  }
  return problems;
}
