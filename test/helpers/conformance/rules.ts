import { FUTURE_FUNCTIONS } from '../../../src/report/futureFunctions';
import { needsOwnBrackets, structuredReferences } from './structuredReferences';
import type { Part, WorkbookPackage } from './packageParts';
import { attr, descendants, elements, textOf, type XmlElement } from './xmlTree';

/**
 * Rules Excel enforces that no schema states (test/schemas/ooxml/README.md), and faults found in
 * our own files that are schema-valid but wrong (issue 8).
 */
export type RuleId =
  | 'part-root'
  | 'table-header-text'
  | 'unique-names'
  | 'formula-literal-255'
  | 'formula-8192'
  | 'cell-32767'
  | 'header-footer-255'
  | 'sheet-name'
  | 'xlfn-prefix'
  | 'custom-total-formula'
  | 'validation-overlap'
  | 'frozen-pane-split'
  | 'finite-number'
  | 'validation-text'
  | 'number-format-point'
  | 'structured-reference'
  | 'structured-reference-brackets'
  | 'name-syntax'
  | 'table-overlap';

export interface Violation {
  readonly rule: RuleId;
  readonly part: string;
  /** Where the element's start tag ends in the part as written. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The root element each content type must have (ECMA-376 Part 1, §12.3 and §18). */
const ROOT_OF_CONTENT_TYPE: Readonly<Record<string, string>> = {
  'content types': 'Types',
  'application/vnd.openxmlformats-package.relationships+xml': 'Relationships',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'workbook',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml': 'worksheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml': 'styleSheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml': 'sst',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml': 'table',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml': 'comments',
  'application/vnd.openxmlformats-officedocument.theme+xml': 'theme',
  'application/vnd.openxmlformats-officedocument.vmlDrawing': 'xml',
  'application/vnd.openxmlformats-package.core-properties+xml': 'coreProperties',
  'application/vnd.openxmlformats-officedocument.extended-properties+xml': 'Properties',
};

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** Excel's limits (Excel specifications and limits; the schemas README lists them). */
export const LIMITS = {
  formulaLiteral: 255,
  formula: 8192,
  cell: 32_767,
  headerFooter: 255,
  sheetName: 31,
  /** [MS-OI29500] 2.1.613: a data validation's titles, input message and error message. */
  validationTitle: 32,
  validationPrompt: 255,
  validationError: 224,
} as const;

export function checkRules(pkg: WorkbookPackage): Violation[] {
  const found: Violation[] = [];
  const report = (rule: RuleId, part: Part, at: XmlElement, message: string) =>
    found.push({ rule, part: part.name, line: at.line, column: at.column, message });
  const parts = [...pkg.parts.values()];
  const strings = sharedStrings(pkg);
  const tables = tableColumns(pkg);

  for (const part of parts) {
    const expected = part.contentType && ROOT_OF_CONTENT_TYPE[part.contentType];
    if (!expected)
      report('part-root', part, part.xml, `no known content type (${part.contentType ?? 'none'})`);
    else if (part.xml.local !== expected)
      report('part-root', part, part.xml, `root <${part.xml.local}>, expected <${expected}>`);
    for (const [formula, at] of formulasOf(part)) {
      checkFormula(formula, (rule, message) => report(rule, part, at, message));
      // Excel drops a formula whose table or column does not exist ("Removed Records: Formula").
      for (const ref of structuredReferences(formula)) {
        // Excel's syntax rules: a column name with a special character in its own brackets.
        if (ref.singleBracket && ref.columns.some(needsOwnBrackets))
          report(
            'structured-reference-brackets',
            part,
            at,
            `${ref.text}: a column name with a special character is written ${ref.table}[[${ref.columns[0]}]]`,
          );
        const columns = tables.get(ref.table.toUpperCase());
        const missing = columns && ref.columns.filter((c) => !columns.has(c.toUpperCase()));
        if (!columns || missing?.length)
          report(
            'structured-reference',
            part,
            at,
            `${ref.text} names ${columns ? `no column ${missing?.join(', ')} of` : 'no'} table ${ref.table}`,
          );
      }
    }
  }
  for (const part of parts.filter((p) => p.contentType === WORKSHEET_TYPE))
    checkWorksheet(part, strings, report);
  for (const part of parts.filter((p) => p.contentType === TABLE_TYPE))
    for (const column of descendants(part.xml, 'tableColumn'))
      if (
        attr(column, 'totalsRowFunction') === 'custom' &&
        elements(column, 'totalsRowFormula').length === 0
      )
        report(
          'custom-total-formula',
          part,
          column,
          `column "${attr(column, 'name')}" has totalsRowFunction="custom" and no <totalsRowFormula>`,
        );
  for (const part of parts.filter((p) => p.xml.local === 'styleSheet'))
    for (const numFmt of descendants(part.xml, 'numFmt')) {
      const code = attr(numFmt, 'formatCode') ?? '';
      if (showsLonePoint(code))
        report(
          'number-format-point',
          part,
          numFmt,
          `number format "${code}" shows a whole number with a trailing point (e.g. "11,817,096.")`,
        );
    }
  checkTableHeaders(pkg, strings, report);
  checkNames(pkg, report);
  return found;
}

type Report = (rule: RuleId, part: Part, at: XmlElement, message: string) => void;

/** Every formula a part holds, with its element. */
function formulasOf(part: Part): [string, XmlElement][] {
  const names = ['f', 'definedName', 'formula', 'formula1', 'formula2'];
  names.push('calculatedColumnFormula', 'totalsRowFormula');
  return names.flatMap((n) =>
    descendants(part.xml, n).map((e): [string, XmlElement] => [textOf(e), e]),
  );
}

function checkFormula(formula: string, report: (rule: RuleId, message: string) => void): void {
  if (formula.length > LIMITS.formula)
    report(
      'formula-8192',
      `formula of ${formula.length} characters (Excel's limit: ${LIMITS.formula})`,
    );
  for (const literal of formula.match(/"(?:[^"]|"")*"/g) ?? []) {
    const length = literal.slice(1, -1).replace(/""/g, '"').length;
    if (length > LIMITS.formulaLiteral)
      report(
        'formula-literal-255',
        `text literal of ${length} characters in a formula (Excel's limit: ${LIMITS.formulaLiteral})`,
      );
  }
  // Function names outside text literals and quoted sheet names.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z][\w.]*)\s*\(/g))
    if (FUTURE_FUNCTIONS.has(m[1]!.toUpperCase()))
      report('xlfn-prefix', `${m[1]} must be written _xlfn.${m[1]!.toUpperCase()} in a file`);
}

/** Each table's columns (upper case: Excel compares names case-insensitively), by table name. */
function tableColumns(pkg: WorkbookPackage): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  for (const part of [...pkg.parts.values()].filter((p) => p.contentType === TABLE_TYPE))
    tables.set(
      (attr(part.xml, 'displayName') ?? '').toUpperCase(),
      new Set(
        descendants(part.xml, 'tableColumn').map((c) => (attr(c, 'name') ?? '').toUpperCase()),
      ),
    );
  return tables;
}

function sharedStrings(pkg: WorkbookPackage): string[] {
  const sst = [...pkg.parts.values()].find((p) => p.xml.local === 'sst');
  return sst ? elements(sst.xml, 'si').map(textOf) : [];
}

function checkWorksheet(part: Part, strings: readonly string[], report: Report): void {
  for (const c of descendants(part.xml, 'c')) {
    const type = attr(c, 't') ?? 'n';
    const v = elements(c, 'v')[0];
    const text = cellText(c, strings);
    if (text.length > LIMITS.cell)
      report('cell-32767', part, c, `${attr(c, 'r')} holds ${text.length} characters`);
    if (type === 'n' && v) {
      const value = textOf(v).trim();
      if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) || !Number.isFinite(Number(value)))
        report(
          'finite-number',
          part,
          c,
          `${attr(c, 'r')} stores <v>${value}</v>, not a finite number`,
        );
    }
  }
  for (const hf of descendants(part.xml, 'headerFooter'))
    for (const e of elements(hf))
      if (textOf(e).length > LIMITS.headerFooter)
        report(
          'header-footer-255',
          part,
          e,
          `<${e.local}> of ${textOf(e).length} characters (Excel's limit: ${LIMITS.headerFooter})`,
        );
  for (const pane of descendants(part.xml, 'pane')) {
    const frozen = ['frozen', 'frozenSplit'].includes(attr(pane, 'state') ?? '');
    const split = Number(attr(pane, 'xSplit') ?? 0) > 0 || Number(attr(pane, 'ySplit') ?? 0) > 0;
    if (frozen && !split)
      report('frozen-pane-split', part, pane, 'a frozen pane with no xSplit or ySplit');
  }
  for (const dv of descendants(part.xml, 'dataValidation'))
    for (const [name, limit] of [
      ['promptTitle', LIMITS.validationTitle],
      ['errorTitle', LIMITS.validationTitle],
      ['prompt', LIMITS.validationPrompt],
      ['error', LIMITS.validationError],
    ] as const) {
      const text = attr(dv, name) ?? '';
      if (text.length > limit)
        report(
          'validation-text',
          part,
          dv,
          `data validation ${attr(dv, 'sqref')}: ${name} of ${text.length} characters (Excel's limit: ${limit})`,
        );
    }
  const validations = descendants(part.xml, 'dataValidation').map((dv) => ({
    dv,
    rects: (attr(dv, 'sqref') ?? '').split(/\s+/).flatMap((ref) => parseRange(ref) ?? []),
  }));
  validations.forEach((a, i) =>
    validations.slice(i + 1).forEach((b) => {
      const overlap = a.rects.some((r) => b.rects.some((s) => intersects(r, s)));
      if (overlap)
        report(
          'validation-overlap',
          part,
          b.dv,
          `data validations on ${attr(a.dv, 'sqref')} and ${attr(b.dv, 'sqref')} cover the same cells`,
        );
    }),
  );
}

/**
 * Whether a number format can show a lone decimal point: a section whose decimals are all optional
 * (`#,##0.##`, `0.`) shows a whole number as "11,817,096.". Quoted and escaped text is ignored.
 */
export function showsLonePoint(code: string): boolean {
  const plain = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return plain.split(';').some((section) => {
    const m = /\.([0#?]*)/.exec(section);
    return m !== null && /[0#?]/.test(section.slice(0, m.index)) && !m[1]!.includes('0');
  });
}

/** What a cell shows as text: its shared or inline string, or its stored value. */
function cellText(c: XmlElement, strings: readonly string[]): string {
  const v = elements(c, 'v')[0];
  const type = attr(c, 't') ?? 'n';
  if (type === 'inlineStr') return elements(c, 'is').map(textOf).join('');
  if (!v) return '';
  return type === 's' ? (strings[Number(textOf(v))] ?? '') : textOf(v);
}

/** Each table's column names equal its header cells' text (Excel repairs the file otherwise). */
function checkTableHeaders(pkg: WorkbookPackage, strings: readonly string[], report: Report): void {
  for (const sheet of [...pkg.parts.values()].filter((p) => p.contentType === WORKSHEET_TYPE)) {
    const cells = new Map(
      descendants(sheet.xml, 'c').map((c) => [attr(c, 'r') ?? '', cellText(c, strings)]),
    );
    const placed: { name: string; rect: Rect }[] = [];
    for (const table of relatedParts(pkg, sheet, 'table')) {
      const name = attr(table.xml, 'displayName') ?? '';
      const rect = parseRange(attr(table.xml, 'ref') ?? '');
      const other = rect && placed.find((p) => intersects(p.rect, rect));
      if (other)
        report(
          'table-overlap',
          table,
          table.xml,
          `table ${name} overlaps table ${other.name} on ${sheet.name}`,
        );
      if (rect) placed.push({ name, rect });
      if (attr(table.xml, 'headerRowCount') === '0') continue;
      const ref = parseRange(attr(table.xml, 'ref') ?? '');
      if (!ref) continue;
      elements(elements(table.xml, 'tableColumns')[0] ?? table.xml, 'tableColumn').forEach(
        (column, i) => {
          const address = `${letters(ref.left + i)}${ref.top}`;
          const name = attr(column, 'name') ?? '';
          if (cells.get(address) !== name)
            report(
              'table-header-text',
              table,
              column,
              `column "${name}" but header cell ${sheet.name} ${address} holds "${cells.get(address) ?? ''}"`,
            );
        },
      );
    }
  }
}

/**
 * Why Excel refuses a table or defined name, or undefined: it starts with a letter, _ or \, holds
 * letters, digits, _ . \ only, is at most 255 characters, and does not read as a cell reference
 * (A1 or R1C1 style, including the names R and C).
 */
function nameFault(name: string): string | undefined {
  if (name.length === 0 || name.length > 255) return `has ${name.length} characters (1 to 255)`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return 'must start with a letter, _ or \\ and hold only letters, digits, _ . \\';
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    return 'reads as a cell reference';
  return undefined;
}

/** Table names, defined names and sheet names: unique (names case-insensitively) and well-formed. */
function checkNames(pkg: WorkbookPackage, report: Report): void {
  const seen = new Map<string, string>();
  const once = (name: string, what: string, part: Part, at: XmlElement) => {
    const fault = nameFault(name);
    if (fault) report('name-syntax', part, at, `${what} "${name}" ${fault}`);
    const key = name.toUpperCase();
    const before = seen.get(key);
    if (before) report('unique-names', part, at, `${what} "${name}" is also ${before}`);
    else seen.set(key, `${what} "${name}"`);
  };
  for (const table of [...pkg.parts.values()].filter((p) => p.contentType === TABLE_TYPE))
    once(attr(table.xml, 'displayName') ?? '', 'the table', table, table.xml);
  const workbook = [...pkg.parts.values()].find((p) => p.contentType === WORKBOOK_TYPE);
  if (!workbook) return;
  for (const dn of descendants(workbook.xml, 'definedName'))
    if (attr(dn, 'localSheetId') === undefined)
      once(attr(dn, 'name') ?? '', 'the defined name', workbook, dn);
  const sheetNames = new Set<string>();
  for (const sheet of descendants(workbook.xml, 'sheet')) {
    const name = attr(sheet, 'name') ?? '';
    const fault =
      name.length === 0 || name.length > LIMITS.sheetName
        ? `${name.length} characters (1 to ${LIMITS.sheetName})`
        : /[[\]:*?/\\]/.test(name)
          ? 'one of []:*?/\\'
          : /^'|'$/.test(name)
            ? 'an apostrophe at its start or end'
            : sheetNames.has(name.toUpperCase())
              ? 'the name of another sheet'
              : undefined;
    if (fault) report('sheet-name', workbook, sheet, `sheet name "${name}" has ${fault}`);
    sheetNames.add(name.toUpperCase());
  }
}

/** The parts a part's relationships point at, of one type (e.g. `table`). */
function relatedParts(pkg: WorkbookPackage, part: Part, type: string): Part[] {
  const slash = part.name.lastIndexOf('/');
  const folder = part.name.slice(0, slash);
  const rels = pkg.parts.get(`${folder}/_rels/${part.name.slice(slash + 1)}.rels`);
  if (!rels) return [];
  return elements(rels.xml, 'Relationship')
    .filter((r) => attr(r, 'Type')?.endsWith(`/${type}`))
    .flatMap((r) => {
      const target = resolvePath(folder, attr(r, 'Target') ?? '');
      const found = pkg.parts.get(target);
      return found ? [found] : [];
    });
}

function resolvePath(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = folder.split('/').filter(Boolean);
  for (const step of target.split('/')) {
    if (step === '..') out.pop();
    else if (step !== '.') out.push(step);
  }
  return out.join('/');
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An A1 range (`C6:C31`, `K7`), or undefined for anything else (the schema check reports it). */
export function parseRange(ref: string): Rect | undefined {
  const [a, b = a] = ref.replace(/\$/g, '').split(':') as [string, string?];
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) return undefined;
    const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), column };
  };
  const p = cell(a);
  const q = cell(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.column, q.column),
    right: Math.max(p.column, q.column),
  };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function letters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
