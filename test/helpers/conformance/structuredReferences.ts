/** One structured reference in a formula: `Pool[[#This Row],[Relocations]]` → Pool, [Relocations]. */
export interface StructuredReference {
  readonly text: string;
  readonly table: string;
  /** Column names, unescaped (`'#` → `#`); specials such as `#This Row` left out. */
  readonly columns: readonly string[];
  /** Written with one pair of brackets (`Pool[Relocations]`), not `Pool[[Relocations]]`. */
  readonly singleBracket: boolean;
}

/**
 * The characters that oblige a column name in its own brackets (support article "Using structured
 * references with Excel tables", syntax rules): tab, line feed, carriage return, comma, colon,
 * period, brackets, pound sign, quotation marks, braces, dollar, caret, ampersand, asterisk, plus,
 * equal, minus, greater than, less than, division sign. Kept apart from the writer's own list, so
 * that the gate does not check the writer against itself.
 */
const NEEDS_OWN_BRACKETS = new Set([...'\t\n\r,:.[]#\'"{}$^&*+=-></']);

/** Whether a column name needs its own brackets in a structured reference. */
export function needsOwnBrackets(column: string): boolean {
  return [...column].some((c) => NEEDS_OWN_BRACKETS.has(c));
}

/** The formula with its text literals and quoted sheet names blanked, brackets kept. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "''!");
}

/** The bracketed text from `open` (a `[`) to its matching `]`, honouring `'` escapes. */
function bracket(text: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") i += 1;
    else if (ch === '[') depth += 1;
    else if (ch === ']' && --depth === 0) return text.slice(open, i + 1);
  }
  return undefined;
}

/** Items of a specifier: `[Col]`, `[[#This Row],[Col]]`, `[[A]:[B]]`, `[#Totals]`, `[]`. */
function items(spec: string): string[] {
  const inner = spec.slice(1, -1);
  if (!inner.startsWith('[')) return inner === '' ? [] : [inner];
  const found: string[] = [];
  for (let i = 0; i < inner.length; i += 1) {
    if (inner[i] !== '[') continue;
    const item = bracket(inner, i);
    if (!item) break;
    found.push(item.slice(1, -1));
    i += item.length - 1;
  }
  return found;
}

export function structuredReferences(formula: string): StructuredReference[] {
  const text = code(formula);
  const found: StructuredReference[] = [];
  for (const m of text.matchAll(/(?<![\w.!\]'])([A-Za-z_\\][\w.\\]*)\[/g)) {
    const spec = bracket(text, m.index + m[1]!.length);
    if (!spec) continue;
    const columns = items(spec)
      .map((s) => s.trim())
      .filter((s) => !s.startsWith('#'))
      .map((s) => s.replace(/'(.)/g, '$1'));
    const singleBracket = !spec.startsWith('[[') && spec !== '[]';
    found.push({ text: `${m[1]}${spec}`, table: m[1]!, columns, singleBracket });
  }
  return found;
}
