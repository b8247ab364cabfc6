import { isFormula, type Cell, type WorkbookSpec } from './types';

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
  const sheetName = (name: string) => `${name} (${n})`;
  // A table or workbook name as a whole word, not inside a string literal.
  const pattern = new RegExp(
    `(?<![A-Za-z0-9_.])(${[...renamed.keys()].join('|')})(?![A-Za-z0-9_])`,
    'g',
  );
  const rewrite = (formula: string) =>
    formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, (m) => renamed.get(m) ?? m)))
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
