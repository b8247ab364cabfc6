import type { Grid, IndicatorSet, ReadResult } from '../data';
import type { CopyOpening, GenerateOutcome, NumberCulture, WorkbookTableInfo } from '../excel';
import type { SheetSpec, WorkbookSpec } from '../report';

/** A file the analyst picked, as the pane reads it: text formats, or a grid from an .xlsx. */
export type PickedFile =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'grid'; readonly grid: Grid };

/**
 * Everything the pane asks of the outside world. Components receive it and never call Office.js,
 * the network or the file system themselves; tests pass a fake.
 */
export interface PaneServices {
  generate(spec: WorkbookSpec, decision?: 'replace' | 'beside'): Promise<GenerateOutcome>;
  /** Returns whether the workbook's data changed (and its formulas were recalculated). */
  publishData(set: IndicatorSet): Promise<boolean>;
  listTables(): Promise<readonly WorkbookTableInfo[]>;
  readTable(name: string): Promise<Grid>;
  /** One request to Eurostat's public API, only when the analyst asks. */
  fetchEurostat(indicator: string, period: string): Promise<{ read: ReadResult; url: string }>;
  readFile(file: File): Promise<PickedFile>;
  /** A table the tool wrote (say "Pledges"), under the names of its latest generation. */
  readToolTable(name: string): Promise<Grid>;
  /** The analyst's own sheets for a copy: EUPACT formulas as values (all formulas when valuesOnly). */
  readOwnSheets(valuesOnly: boolean, names?: readonly string[]): Promise<SheetSpec[]>;
  /** The names of the analyst's own sheets (not the tool's), for the copy's list of contents. */
  listOwnSheets(): Promise<string[]>;
  /** Asks Excel to open a workbook file as a new workbook (never proof that one opened: rule 12). */
  openCopy(bytes: Uint8Array): Promise<CopyOpening>;
  saveScenario(name: string, value: unknown): Promise<void>;
  savedScenarios(): Readonly<Record<string, unknown>>;
  /** What the workbook keeps of the pane's last use: the data in use and the last scenario. */
  restore(): { set?: IndicatorSet; lastScenario?: unknown; tables?: readonly string[] };
  rememberScenario(value: unknown): Promise<void>;
  now(): Date;
  /** Excel's decimal and group separators (ExcelApi 1.11), or the display language's, saying so. */
  numberCulture(): Promise<NumberCulture>;
  readonly toolVersion: string;
}
