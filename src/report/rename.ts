import { isFormula, type Cell, type WorkbookSpec } from './types';

/** A sheet's name in the report written beside with suffix n: "Pool (2)"; n ≤ 1 is the name. */
export function suffixedSheetName(name: string, n: number): string {
  return n <= 1 ? name : `${name} (${n})`;
}

/**
 * The same report under other names: sheets "Pool (2)", tables "Pool_2", workbook names
 * "RelocationsTotal_2", with every formula rewritten to match. Used to write a report beside an
 * analyst's sheets or edits instead of over them.
 */
export function withSuffix(spec: WorkbookSpec, n: number): WorkbookSpec {
  if (n <= 1) return spec;
  const tables = spec.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table.name] : [])),
  );
  const renamed = new Map(
    [...tables, ...spec.names.map((x) => x.name)].map((name) => [name, `${name}_${n}`]),
  );
  const sheetName = (name: string) => suffixedSheetName(name, n);
  // A table or workbook name as a whole word, outside string literals and outside the brackets of a
  // structured reference (a column named "Pool share" is not the table Pool).
  const pattern = new RegExp(
    `(?<![A-Za-z0-9_.])(${[...renamed.keys()].join('|')})(?![A-Za-z0-9_])`,
    'g',
  );
  const rewrite = (formula: string) =>
    namePositions(formula)
      .map(({ text, isName }) =>
        isName ? text.replace(pattern, (m) => renamed.get(m) ?? m) : text,
      )
      .join('');
  const cell = (c: Cell): Cell => (isFormula(c) ? { ...c, formula: rewrite(c.formula) } : c);
  return {
    ...spec,
    sheets: spec.sheets.map((s) => ({
      ...s,
      name: sheetName(s.name),
      charts: s.charts?.map((c) => ({ ...c, table: renamed.get(c.table) ?? c.table })),
      blocks: s.blocks.map((b) =>
        b.kind === 'table'
          ? {
              ...b,
              table: {
                ...b.table,
                name: renamed.get(b.table.name) ?? b.table.name,
                rows: b.table.rows.map((r) => r.map(cell)),
              },
            }
          : b,
      ),
    })),
    names: spec.names.map((x) => ({
      ...x,
      name: renamed.get(x.name) ?? x.name,
      sheet: sheetName(x.sheet),
      table: renamed.get(x.table) ?? x.table,
    })),
  };
}

/**
 * A formula cut into the parts where a name may stand (`isName`) and the parts where none can: string
 * literals ("..." with "" inside) and bracketed structured-reference specifiers, which may nest
 * (`Pool[[#This Row],[Fair share]]`) and escape a bracket with an apostrophe.
 */
function namePositions(formula: string): { text: string; isName: boolean }[] {
  const parts: { text: string; isName: boolean }[] = [];
  let start = 0;
  let i = 0;
  const flush = (end: number, isName: boolean) => {
    if (end > start) parts.push({ text: formula.slice(start, end), isName });
    start = end;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      flush(i, true);
      i += 1;
      while (i < formula.length) {
        if (formula[i] === '"' && formula[i + 1] === '"') i += 2;
        else if (formula[i] === '"') {
          i += 1;
          break;
        } else i += 1;
      }
      flush(i, false);
    } else if (ch === '[') {
      flush(i, true);
      let depth = 0;
      while (i < formula.length) {
        const c = formula[i];
        if (c === "'") i += 2;
        else {
          if (c === '[') depth += 1;
          else if (c === ']') depth -= 1;
          i += 1;
          if (depth === 0) break;
        }
      }
      flush(i, false);
    } else i += 1;
  }
  flush(formula.length, true);
  return parts;
}
