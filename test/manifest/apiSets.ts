// Which Office requirement sets the add-in's code needs, read from the types it compiles against:
// every member of Excel.*, Office.*, CustomFunctions.* and OfficeRuntime.* that the code touches
// is resolved by the TypeScript compiler and its JSDoc in @types/office-js (or
// custom-functions-runtime, office-runtime) names its set: `[Api set: ExcelApi 1.8]`, or
// `**Requirement set**: {@link … | SharedRuntime 1.1}`. A use inside an
// `isSetSupported(name, version)` branch is guarded, and needs no manifest declaration.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(__dirname, '../..');

/** A requirement set and its version, as the manifest's <Set Name MinVersion> names them. */
export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

/** One use of an Office API member that belongs to a versioned requirement set. */
export interface ApiUse {
  /** Where, as `src/excel/openCopy.ts:15:9` (1-based line and column). */
  readonly at: string;
  /** The member, as `Excel.createWorkbook` or `Excel.Range.format`. */
  readonly member: string;
  readonly set: RequirementSet;
  /** The isSetSupported checks around the use (the branch it is in, or an early return before it). */
  readonly guards: readonly RequirementSet[];
}

/** The type packages whose members belong to requirement sets. */
const OFFICE_TYPES = /node_modules\/@types\/(office-js|custom-functions-runtime|office-runtime)\//;
const API_SET_TAG = /\[Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)\s*\]/g;
const REQUIREMENT_SET_LINK = /\{@link [^|}]*\|\s*([A-Za-z]+)\s+(\d+\.\d+)\s*\}/g;

/** -1, 0 or 1 as version a ("1.10") is below, equal to or above b ("1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Covers: a declaration or guard of the same set at the same or a higher version. */
export function covers(have: RequirementSet, need: RequirementSet): boolean {
  return have.name === need.name && compareVersions(have.version, need.version) >= 0;
}

/** The project's compiler options (tsconfig.json), so that types resolve as in `npm test`. */
function projectOptions(): ts.CompilerOptions {
  const configPath = resolve(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath)).options;
}

/** The versioned sets a declaration's JSDoc names (every one listed is needed). */
function setsOfDeclaration(declaration: ts.Declaration): RequirementSet[] {
  const file = declaration.getSourceFile();
  if (!OFFICE_TYPES.test(file.fileName.replace(/\\/g, '/'))) return [];
  const docs = ts
    .getJSDocCommentsAndTags(declaration)
    .filter(ts.isJSDoc)
    .map((d) => d.getText(file))
    .join('\n');
  const found: RequirementSet[] = [];
  for (const re of [API_SET_TAG, REQUIREMENT_SET_LINK]) {
    for (const m of docs.matchAll(re)) found.push({ name: m[1]!, version: m[2]! });
  }
  return found;
}

/** `Excel.Range.format`: the declaration's name with its enclosing interfaces and namespaces. */
function qualifiedName(declaration: ts.Declaration): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = declaration; n && !ts.isSourceFile(n); n = n.parent) {
    const name = (n as ts.NamedDeclaration).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
  }
  return parts.join('.');
}

/** `isSetSupported('ExcelApi', '1.8')` (any receiver): the set it checks. */
function checkedSet(e: ts.Expression): RequirementSet | undefined {
  if (!ts.isCallExpression(e)) return undefined;
  const callee = e.expression;
  const name = ts.isPropertyAccessExpression(callee)
    ? callee.name.text
    : ts.isIdentifier(callee)
      ? callee.text
      : '';
  const [setName, version] = e.arguments;
  if (name !== 'isSetSupported' || !setName || !version) return undefined;
  if (!ts.isStringLiteralLike(setName) || !ts.isStringLiteralLike(version)) return undefined;
  return { name: setName.text, version: version.text };
}

function unwrap(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e;
}

/** The sets known supported where `e` is true. */
function whenTrue(e: ts.Expression): RequirementSet[] {
  const x = unwrap(e);
  const set = checkedSet(x);
  if (set) return [set];
  if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...whenTrue(x.left), ...whenTrue(x.right)];
  }
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.ExclamationToken) {
    return whenFalse(x.operand);
  }
  return [];
}

/** The sets known supported where `e` is false. */
function whenFalse(e: ts.Expression): RequirementSet[] {
  const x = unwrap(e);
  if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    return [...whenFalse(x.left), ...whenFalse(x.right)];
  }
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.ExclamationToken) {
    return whenTrue(x.operand);
  }
  return [];
}

/** A statement after which control never continues: return or throw (alone or ending a block). */
function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  if (ts.isBlock(s)) {
    const last = s.statements[s.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

/**
 * The isSetSupported checks that hold at `node`: inside `if (check)`, the `else` of `if (!check)`,
 * `check && …`, `check ? … : …`, or after `if (!check) return …;` earlier in an enclosing block.
 * Stops at the enclosing function: a guard around a function's definition is not around its calls.
 */
function guardsAt(node: ts.Node): RequirementSet[] {
  const found: RequirementSet[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) found.push(...whenTrue(parent.expression));
      if (child === parent.elseStatement) found.push(...whenFalse(parent.expression));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) found.push(...whenTrue(parent.condition));
      if (child === parent.whenFalse) found.push(...whenFalse(parent.condition));
    } else if (
      ts.isBinaryExpression(parent) &&
      child === parent.right &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      found.push(...whenTrue(parent.left));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const s of parent.statements) {
        if (s === child) break;
        if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) {
          found.push(...whenFalse(s.expression));
        }
      }
    }
    if (ts.isFunctionLike(parent)) break;
  }
  return found;
}

/** The office declarations a node refers to: the resolved overload of a call, else the symbol's. */
function declarationsAt(checker: ts.TypeChecker, name: ts.Node): ts.Declaration[] {
  const access = name.parent;
  const call = access?.parent;
  if (access && call && (ts.isCallExpression(call) || ts.isNewExpression(call))) {
    if (call.expression === access || call.expression === name) {
      const declaration = checker.getResolvedSignature(call)?.declaration;
      if (declaration && !ts.isJSDocSignature(declaration)) return [declaration];
    }
  }
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations ?? [];
}

/** Enum members of office types named by a string literal: `'Stop'` for DataValidationAlertStyle.stop. */
function enumMembersOfLiteral(
  checker: ts.TypeChecker,
  literal: ts.StringLiteral,
): ts.Declaration[] {
  const candidates: ts.Type[] = [];
  const contextual = checker.getContextualType(literal);
  if (contextual) candidates.push(contextual);
  // A call whose string overload was chosen: the same parameter of its enum-typed overloads.
  const call = literal.parent;
  if (call && ts.isCallExpression(call)) {
    const index = call.arguments.indexOf(literal);
    const callee = ts.isPropertyAccessExpression(call.expression)
      ? call.expression.name
      : call.expression;
    for (const d of checker.getSymbolAtLocation(callee)?.declarations ?? []) {
      if (!ts.isFunctionLike(d)) continue;
      const parameter = d.parameters[index];
      if (parameter?.type) candidates.push(checker.getTypeFromTypeNode(parameter.type));
    }
  }
  const members: ts.Declaration[] = [];
  for (const type of candidates) {
    for (const t of type.isUnion() ? type.types : [type]) {
      if (!(t.flags & ts.TypeFlags.EnumLiteral) || !t.isStringLiteral()) continue;
      if (t.value !== literal.text) continue;
      members.push(...(t.symbol?.declarations ?? []));
    }
  }
  return members;
}

/** The office declarations an object literal's property stands for (`{ showAlert: true }`). */
function declarationsOfProperty(
  checker: ts.TypeChecker,
  property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
): ts.Declaration[] {
  const type = checker.getContextualType(property.parent);
  if (!type || !ts.isIdentifier(property.name)) return [];
  const types = type.isUnion() ? type.types : [type];
  return types.flatMap(
    (t) => checker.getPropertyOfType(t, property.name.getText())?.declarations ?? [],
  );
}

/**
 * The properties an Office.js `load('values, items/name')` call names in strings: each path is
 * walked from the receiver's type, through collections' `items`. Others (ExcelJS's load) are none.
 */
function declarationsOfLoad(checker: ts.TypeChecker, call: ts.CallExpression): ts.Declaration[] {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'load') return [];
  const declaration = checker.getResolvedSignature(call)?.declaration;
  if (!declaration || !OFFICE_TYPES.test(declaration.getSourceFile().fileName)) return [];
  const strings = call.arguments.flatMap((a) =>
    ts.isStringLiteralLike(a)
      ? [a.text]
      : ts.isArrayLiteralExpression(a)
        ? a.elements.filter(ts.isStringLiteralLike).map((e) => e.text)
        : [],
  );
  const found: ts.Declaration[] = [];
  for (const path of strings.flatMap((s) => s.split(','))) {
    let type: ts.Type | undefined = checker.getTypeAtLocation(callee.expression);
    for (const name of path.trim().split('/')) {
      const property: ts.Symbol | undefined = type && checker.getPropertyOfType(type, name);
      if (!property) break;
      found.push(...(property.declarations ?? []));
      type = checker.getTypeOfSymbolAtLocation(property, call);
      if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0];
    }
  }
  return found;
}

/** Every use of a member of a versioned requirement set in the given source files. */
export function apiSetUses(
  files: readonly string[],
  host?: (options: ts.CompilerOptions) => ts.CompilerHost,
): ApiUse[] {
  const options = projectOptions();
  const program = ts.createProgram({
    rootNames: [...files],
    options,
    ...(host ? { host: host(options) } : {}),
  });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program`);
    const record = (node: ts.Node, declarations: readonly ts.Declaration[]) => {
      const seen = new Set<string>();
      for (const declaration of declarations) {
        for (const set of setsOfDeclaration(declaration)) {
          const key = `${set.name} ${set.version}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
          uses.push({
            at: `${relative(ROOT, file).replace(/\\/g, '/')}:${line + 1}:${character + 1}`,
            member: qualifiedName(declaration),
            set,
            guards: guardsAt(node),
          });
        }
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        record(node.name, declarationsAt(checker, node.name));
      } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        if (ts.isObjectLiteralExpression(node.parent)) {
          record(node.name, declarationsOfProperty(checker, node));
        }
      } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
        record(node.arguments[0]!, declarationsOfLoad(checker, node));
      }
      if (ts.isStringLiteral(node)) {
        record(node, enumMembersOfLiteral(checker, node));
      } else if (ts.isIdentifier(node) && ts.isCallExpression(node.parent)) {
        // A bare call of an imported office function (rare: the globals are namespaced).
        if (node.parent.expression === node) record(node, declarationsAt(checker, node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** A compiler host that also serves in-memory files (for tests of the analysis itself). */
export function hostWith(
  virtual: Readonly<Record<string, string>>,
): (options: ts.CompilerOptions) => ts.CompilerHost {
  return (options) => {
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    return {
      ...host,
      fileExists: (f) => f in virtual || host.fileExists(f),
      readFile: (f) => virtual[f] ?? host.readFile(f),
      getSourceFile: (f, language, onError, create) =>
        f in virtual
          ? ts.createSourceFile(f, virtual[f]!, language)
          : getSourceFile(f, language, onError, create),
    };
  };
}

/** The highest version of each set that unguarded uses need. */
export function neededSets(uses: readonly ApiUse[]): Map<string, string> {
  const needed = new Map<string, string>();
  for (const { set, guards } of uses) {
    if (guards.some((g) => covers(g, set))) continue;
    const known = needed.get(set.name);
    if (!known || compareVersions(set.version, known) > 0) needed.set(set.name, set.version);
  }
  return needed;
}

/** The manifest's <Requirements><Sets>: name and MinVersion (DefaultMinVersion where omitted). */
export function declaredSets(manifestXml: string): RequirementSet[] {
  const withoutComments = manifestXml.replace(/<!--[\s\S]*?-->/g, '');
  const sets = /<Requirements>\s*<Sets([^>]*)>([\s\S]*?)<\/Sets>/.exec(withoutComments);
  if (!sets) return [];
  const defaultVersion = /DefaultMinVersion="([^"]+)"/.exec(sets[1]!)?.[1] ?? '1.1';
  return [...sets[2]!.matchAll(/<Set\s+([^>]*?)\/?>/g)].map((m) => ({
    name: /Name="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
    version: /MinVersion="([^"]+)"/.exec(m[1]!)?.[1] ?? defaultVersion,
  }));
}

/** Every .ts/.tsx file under the given folders of src/. */
export function sourceFiles(...folders: string[]): string[] {
  const out: string[] = [];
  for (const folder of folders) {
    for (const entry of ts.sys.readDirectory(resolve(ROOT, folder), ['.ts', '.tsx'])) {
      out.push(resolve(entry));
    }
  }
  return out.sort();
}

export const readText = (path: string) => readFileSync(path, 'utf8');
