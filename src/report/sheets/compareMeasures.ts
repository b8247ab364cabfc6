import type { ComparedFigures, Comparison } from '../compare';
import { FORMAT } from '../format';
import { POOL } from './poolSheet';

export const COMPARE_TABLE = 'Compare';
export const COMPARE_B_TABLE = 'CompareB';

/**
 * The measures of the Compare sheet, each a column of the Pool table (A) and of scenario B's
 * table, with the precision its number format shows: the change from A to B is taken between the
 * figures rounded as shown, so that on the sheet A + change = B in every row (issue 16: "France
 * 4,810 − 3,361 shown as 1,448").
 */
export const MEASURES = [
  {
    key: 'fairShare',
    pool: POOL.fairShare,
    label: 'Fair share',
    format: FORMAT.share,
    // 0.0000 % shows a fraction to six decimals; the change is in percentage points (× 100).
    digits: 6,
    scale: 100,
    changeFormat: FORMAT.signedPoints,
    changeLabel: 'Fair share change (points)',
  },
  {
    key: 'relocations',
    pool: POOL.relocations,
    label: 'Relocations',
    format: FORMAT.count,
    digits: 0,
    scale: 1,
    changeFormat: FORMAT.signedCount,
    changeLabel: 'Relocations change',
  },
  {
    key: 'financialEur',
    pool: POOL.financial,
    label: 'Financial (EUR)',
    format: FORMAT.euro,
    digits: 0,
    scale: 1,
    changeFormat: FORMAT.signedCount,
    changeLabel: 'Financial change (EUR)',
  },
  {
    key: 'effectiveRelocations',
    pool: POOL.effectiveRelocations,
    label: 'Effective relocations',
    format: FORMAT.count,
    digits: 0,
    scale: 1,
    changeFormat: FORMAT.signedCount,
    changeLabel: 'Effective relocations change',
  },
  {
    key: 'effectiveFinancialEur',
    pool: POOL.effectiveFinancial,
    label: 'Effective financial (EUR)',
    format: FORMAT.euro,
    digits: 0,
    scale: 1,
    changeFormat: FORMAT.signedCount,
    changeLabel: 'Effective financial change (EUR)',
  },
] as const satisfies readonly {
  key: keyof ComparedFigures;
  pool: string;
  label: string;
  format: string;
  digits: number;
  scale: number;
  changeFormat: string;
  changeLabel: string;
}[];

export type Measure = (typeof MEASURES)[number];

/** Excel's ROUND: half away from zero, at `digits` decimals. */
export function excelRound(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f * (1 + Number.EPSILON))) / f;
}

/** The change from A to B between the figures as shown, in the change's unit (points for a share). */
export function shownChange(m: Measure, a: number, b: number): number {
  return (excelRound(b, m.digits) - excelRound(a, m.digits)) * m.scale;
}

/** The same as a formula over the cells of A and B. */
export function shownChangeFormula(m: Measure, a: string, b: string): string {
  const diff = `ROUND(${b},${m.digits})-ROUND(${a},${m.digits})`;
  return m.scale === 1 ? diff : `(${diff})*${m.scale}`;
}

/** The longest a scenario's name goes in a column header (Excel allows 255 characters). */
const NAME_IN_HEADER = 40;

function short(name: string): string {
  const n = name.trim();
  return n.length <= NAME_IN_HEADER ? n : `${n.slice(0, NAME_IN_HEADER - 1).trimEnd()}…`;
}

/**
 * The two scenarios as the column headers name them: by their names, told apart by (A) and (B)
 * only where the names alone would not (Excel refuses two columns of one table with one name, in
 * any case).
 */
export function headerNames(comparison: Comparison): { readonly a: string; readonly b: string } {
  const a = short(comparison.a.name);
  const b = short(comparison.b.name);
  return a.toLowerCase() === b.toLowerCase() ? { a: `${a} (A)`, b: `${b} (B)` } : { a, b };
}

/** The Compare table's column headers, named after both scenarios: "Relocations, 2027-proposal". */
export function compareHeaders(comparison: Comparison) {
  const names = headerNames(comparison);
  return {
    code: 'Code',
    state: 'State',
    a: (m: Measure) => `${m.label}, ${names.a}`,
    b: (m: Measure) => `${m.label}, ${names.b}`,
    change: (m: Measure) => m.changeLabel,
  } as const;
}
