import { stateName, type Disclosure } from '../core';
import { defaultMarking, markingProblem } from './marking';
import { chosenSheets } from './shareContents';
import {
  isFormula,
  type Block,
  type Cell,
  type SheetSpec,
  type TableSpec,
  type WorkbookSpec,
} from './types';

export interface ShareOptions {
  /** The confidentiality marking shown on every sheet and printed page; else the stage's. */
  readonly marking?: string;
  /** The stage of each scenario the copy holds: the default marking follows it (Art. 12(6)). */
  readonly stages?: readonly Disclosure[];
  /** The tool's sheets to keep (by default all); checked so that none reads a sheet left out. */
  readonly sheets?: ReadonlySet<string>;
  /** A delegation's Eurostat code: its lines only, with the pool totals. */
  readonly state?: string;
  /** Sheets of the analyst's to include, their EUPACT formulas already turned into values. */
  readonly extraSheets?: readonly SheetSpec[];
}

/**
 * A copy of the report for delegations: only native Excel formulas (the tool's tables never use the
 * EUPACT functions), so it reads without the add-in; the Methodology sheet with sources and
 * parameters; a marking on every sheet. For one delegation, every table keyed by state keeps that
 * state's lines; a cell that depends on other states' lines (a share of a total, a sum) keeps its
 * value, while a cell that depends on its own line and the parameters stays a live formula.
 */
export function delegationCopy(whole: WorkbookSpec, options: ShareOptions = {}): WorkbookSpec {
  const marking = options.marking?.trim() || defaultMarking(options.stages ?? []);
  const problem = markingProblem(marking);
  if (problem) throw new Error(problem);
  const spec = options.sheets ? chosenSheets(whole, options.sheets) : whole;
  const state = options.state;
  const sheets = spec.sheets.map((sheet): SheetSpec => ({
    ...sheet,
    freezeRows: sheet.freezeRows + 1,
    // One bar per chart is no chart: a delegation's copy has none.
    charts: state ? [] : sheet.charts,
    blocks: [
      { kind: 'text', tone: 'warning', text: marking },
      ...sheet.blocks.map((b): Block => {
        if (b.kind !== 'table' || !state) return b;
        const table = oneState(b.table, state);
        // A table keyed by state with no line of this one (the ad hoc contributors') is left out:
        // an Excel table needs a row; the pools it adds to are in the summaries, as values.
        return table.rows.length === 0 && b.table.rows.length > 0
          ? { kind: 'text', tone: 'note', text: `${b.table.name}: no line of ${stateName(state)}.` }
          : { ...b, table };
      }),
    ],
  }));
  const readMe: SheetSpec = {
    name: 'Read me',
    freezeRows: 0,
    blocks: [
      { kind: 'text', tone: 'warning', text: marking },
      {
        kind: 'title',
        text: state ? `Copy for the delegation of ${stateName(state)}` : 'Copy for delegations',
      },
      {
        kind: 'text',
        text: `${spec.properties.title}, generated ${spec.properties.generatedAt} by Pact Solidarity for Excel ${spec.properties.toolVersion}.`,
      },
      {
        kind: 'text',
        text: 'Every figure is a native Excel formula or a value: the workbook reads and recalculates without the add-in. The Methodology sheet gives the rules, the parameters and the source of every figure.',
      },
      ...(state
        ? [
            {
              kind: 'text' as const,
              text: `Only the lines of ${stateName(state)} are included, with the pool's totals. Cells that depend on other states' figures (shares of a total, sums, the Art. 63 thresholds) hold their values as of generation; cells of ${stateName(state)}'s own line recalculate when its pledges are edited.`,
            },
          ]
        : []),
      ...(options.extraSheets?.length
        ? [
            {
              kind: 'text' as const,
              text: `Also included from the analyst's workbook: ${options.extraSheets.map((s) => s.name).join(', ')} (add-in functions as values).`,
            },
          ]
        : []),
    ],
  };
  return {
    ...spec,
    sheets: [readMe, ...sheets, ...(options.extraSheets ?? [])],
    properties: { ...spec.properties, marking },
  };
}

function oneState(table: TableSpec, state: string): TableSpec {
  const keyed = table.columns[0]?.header === 'Code';
  const pinned = (cell: Cell, column: number): Cell =>
    isFormula(cell) && table.columns[column]?.scope === 'pool' ? cell.expected : cell;
  const stateAt = (table.stateColumns ?? []).map((h) =>
    table.columns.findIndex((c) => c.header === h),
  );
  const mine = (r: readonly Cell[]) =>
    stateAt.length > 0 ? stateAt.some((i) => r[i] === state) : !keyed || r[0] === state;
  const kept = table.rows.flatMap((r, i) => (mine(r) ? [i] : []));
  // An input table others read keeps its empty row (the records of a delegation with none).
  const rows = kept.map((i) => table.rows[i]!);
  return {
    ...table,
    rows: (rows.length === 0 && table.emptyRow ? [table.emptyRow] : rows).map((r) => r.map(pinned)),
    // Formats of single rows follow their rows.
    columns: table.columns.map((c) =>
      c.rowFormats ? { ...c, rowFormats: kept.map((i) => c.rowFormats?.[i]) } : c,
    ),
    // A totals row over one state's line would only repeat it: the pool totals are in the summaries.
    totalsRow: keyed ? false : table.totalsRow,
  };
}
