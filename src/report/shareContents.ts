import type { Disclosure } from '../core';
import { COMPARE_TABLE } from './sheets/compareSheet';
import { isFormula, type Block, type SheetSpec, type WorkbookSpec } from './types';

/** Why a sheet is out of a copy unless the analyst puts it in (the pane says it in words). */
export type LeftOutBecause =
  /** The Compare sheet against a scenario with no Council act: Art. 12(6), not public. */
  | 'comparison-with-proposal'
  /** The Compare sheet against a scenario nobody published (saved in this workbook, say). */
  | 'comparison-not-published'
  /** The Compare sheet against a published, adopted pool: a working view, sent only when meant. */
  | 'comparison'
  /** A sheet of the analyst's: never sent unless chosen. */
  | 'own-sheet';

/** One sheet a copy can hold, as the pane lists it before the copy is made. */
export interface CopyItem {
  readonly sheet: string;
  readonly kind: 'tool' | 'comparison' | 'own';
  readonly byDefault: boolean;
  readonly outBecause?: LeftOutBecause;
}

/** Scenario B of the Compare sheet, as far as a copy needs to know it. */
export interface ComparedStage {
  readonly disclosure: Disclosure;
  /** Whether the institutions published it (a preset with published figures). */
  readonly published: boolean;
}

/**
 * What a copy can hold, sheet by sheet, each with whether it goes in by default: the tool's
 * sheets in, the Compare sheet out (with why), the analyst's own sheets out (opt-in).
 */
export function copyContents(
  spec: WorkbookSpec,
  compared: ComparedStage | undefined,
  ownSheets: readonly string[],
): CopyItem[] {
  const tool = spec.sheets.map((s): CopyItem => {
    if (!isComparison(s)) return { sheet: s.name, kind: 'tool', byDefault: true };
    const outBecause: LeftOutBecause = !compared
      ? 'comparison-not-published'
      : compared.disclosure.classified
        ? 'comparison-with-proposal'
        : !compared.published
          ? 'comparison-not-published'
          : 'comparison';
    return { sheet: s.name, kind: 'comparison', byDefault: false, outBecause };
  });
  const own = ownSheets.map((sheet): CopyItem => ({
    sheet,
    kind: 'own',
    byDefault: false,
    outBecause: 'own-sheet',
  }));
  return [...tool, ...own];
}

/** The Compare sheet: the one holding the Compare table, whatever it is called. */
export const isComparison = (sheet: SheetSpec): boolean =>
  sheet.blocks.some((b) => b.kind === 'table' && b.table.name === COMPARE_TABLE);

const formulasOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    const rows = b.kind === 'table' ? b.table.rows : b.kind === 'grid' ? b.rows : [];
    return rows.flatMap((r) => r.flatMap((c) => (isFormula(c) ? [c.formula] : [])));
  });

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sheets each sheet's formulas read: a table on it (`Pool[...]`), a defined name on it, or the
 * sheet by name (`'Fair share'!A1`). Names compare without regard to case, as in Excel
 * (excel-rules.md rule 4).
 */
export function sheetsRead(spec: WorkbookSpec): Map<string, Set<string>> {
  const targets = spec.sheets.flatMap((s) => [
    ...s.blocks.flatMap((b) =>
      b.kind === 'table'
        ? [{ sheet: s.name, pattern: new RegExp(`\\b${escaped(b.table.name)}\\[`, 'i') }]
        : [],
    ),
    {
      sheet: s.name,
      pattern: new RegExp(
        `(^|[^\\w.])('${escaped(s.name.replace(/'/g, "''"))}'|${escaped(s.name)})!`,
        'i',
      ),
    },
  ]);
  for (const n of spec.names)
    targets.push({ sheet: n.sheet, pattern: new RegExp(`\\b${escaped(n.name)}\\b(?!\\[)`, 'i') });
  return new Map(
    spec.sheets.map((s) => {
      const formulas = formulasOf(s.blocks);
      const read = new Set(
        targets
          .filter((t) => t.sheet !== s.name && formulas.some((f) => t.pattern.test(f)))
          .map((t) => t.sheet),
      );
      return [s.name, read];
    }),
  );
}

/** For each sheet, the chosen sheets whose formulas read it: it cannot leave while they stay. */
export function neededBy(spec: WorkbookSpec, chosen: ReadonlySet<string>): Map<string, string[]> {
  const read = sheetsRead(spec);
  const needed = new Map<string, string[]>();
  for (const [sheet, targets] of read) {
    if (!chosen.has(sheet)) continue;
    for (const t of targets) needed.set(t, [...(needed.get(t) ?? []), sheet]);
  }
  return needed;
}

/** A chosen sheet reading a sheet left out: the copy would show #REF!, so it is not made. */
export class CopyContentsError extends Error {
  constructor(
    readonly sheet: string,
    readonly reads: string,
  ) {
    super(
      `${sheet} reads ${reads}, which is left out: put ${reads} in, or leave ${sheet} out too.`,
    );
  }
}

/**
 * The report with only the chosen sheets (and the names on them). Checked first: a chosen sheet
 * whose formulas read a sheet left out stops the copy before anything is built.
 */
export function chosenSheets(spec: WorkbookSpec, chosen: ReadonlySet<string>): WorkbookSpec {
  for (const [sheet, targets] of sheetsRead(spec)) {
    if (!chosen.has(sheet)) continue;
    const missing = [...targets].find((t) => !chosen.has(t));
    if (missing) throw new CopyContentsError(sheet, missing);
  }
  const kept = (s: Pick<SheetSpec, 'name'>) => chosen.has(s.name);
  return {
    ...spec,
    sheets: spec.sheets.filter(kept),
    names: spec.names.filter((n) => chosen.has(n.sheet)),
  };
}
