import { decideConvention, type ConventionDecision, type FigureAt } from '../numberConvention';
import type { DecimalMark } from '../numbers';
import { FIGURE_KEYS, type Key } from './columns';

/** A row of a pledges source: its line and its cells by header. */
export interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, unknown>>;
  /** Quoted cells of a comma-separated file, where "83,456,045" is unambiguous. */
  readonly quoted?: Readonly<Record<string, boolean>>;
}

/**
 * How a pledges file's figures are read, decided once for the whole file as for the indicator
 * files (numberConvention.ts): the analyst's choice, else figures that can only be read one way
 * ("1.234,5", "250000,5" only with decimal commas), else the separator (a semicolon-separated file
 * is what Excel saves where the decimal mark is a comma). Every figure column counts: relocations,
 * the amounts in EUR, offsets, the deduction.
 */
export function pledgeConvention(
  rows: readonly Row[],
  columns: Partial<Record<Key, string>>,
  delimiter: string,
  chosen?: DecimalMark,
): ConventionDecision {
  const figures: (FigureAt & { thousands?: boolean })[] = [];
  for (const { line, cells, quoted } of rows) {
    for (const key of FIGURE_KEYS) {
      const column = columns[key];
      const v = column ? cells[column] : undefined;
      if (typeof v !== 'string' || v.trim() === '') continue;
      figures.push({
        line,
        text: v.trim(),
        ...(quoted?.[column as string] ? { thousands: true } : {}),
      });
    }
  }
  return decideConvention(figures, delimiter, chosen);
}
