import type { OffsetRules, ScenarioResult } from '../../core';
import { indicatorInfo, type IndicatorSet, type PublishedFigure } from '../../data';
import { FORMAT } from '../format';
import { notesRow, summaryBlock } from '../blocks';
import { totalsNotes } from '../words/solidarity';
import type { Block, DefinedName, SheetSpec, TableSpec } from '../types';
import { parametersTable } from './parameters';
import { publishedBlocks } from './published';
import { readingsBlocks } from './readings';

export interface MethodologyContext {
  readonly scenarioName: string;
  readonly scenarioDescription: string;
  readonly generatedAt: string;
  readonly toolVersion: string;
  readonly categoriesSource: string;
  readonly offsetRules: OffsetRules;
  /** Where the pledges of a pledging round come from. */
  readonly pledgesSource?: string;
  /** What differs from the inputs the Commission itself uses. */
  readonly caveats?: readonly string[];
  /** Figures the institutions published for this pool, set beside the tool's. */
  readonly published?: readonly PublishedFigure[];
}

export const METHOD_LINES: readonly string[] = [
  'Fair share (Art. 66, Annex I): 0.5 × population / Σ population + 0.5 × GDP / Σ GDP, the sums over the participating states only (never Eurostat’s EU aggregate); the shares sum to 100 %.',
  'Participants: the 26 Member States bound by solidarity: the EU-27 without Denmark (Protocol No 22); Ireland takes part. States found under migratory pressure keep their fair share.',
  'Indicative contribution (Art. 12(2)): fair share × the Commission proposal’s numbers. Mandatory fair share (Art. 57(3)): fair share × the Council’s reference numbers (Art. 57(1)); before a Council act, the proposal’s. Each article uses its own number: Art. 63(1) the proposal’s, Art. 63(2)(b), 63(3)(b) and 63(7) the reference number. All types of solidarity have equal value (Art. 56(2)).',
  'Totals: at least 30,000 relocations and EUR 600 million in a Commission proposal (Art. 12(2)); higher numbers keep the ratio between the two, which "shall be maintained" (Art. 12(3)), so one relocation is valued at EUR 20,000 (recital 15). Where the Member States’ information does not indicate a need for solidarity measures in the upcoming year, the proposal "shall take this duly into account" (Art. 12(4)). The Council may adopt other reference numbers (Art. 57(1)).',
  'Deductions (Art. 61, 62): a state under migratory pressure, or facing a significant migratory situation, may have its contribution reduced in part or in full. The deducted part is not redistributed: the effective pool is smaller than the reference pool.',
  'Pressure score: a state’s share of the participants’ total of an indicator ÷ its fair share (1.0 = proportionate). No thresholds are published (Art. 9–11): weights are the analyst’s, and the Commission’s findings are decisions shown as made, never computed.',
  'Balance (Art. 56(2), 63): pledged value = (relocations + responsibility offsets) × EUR per relocation + financial contributions + alternative measures, against the fair share (less a deduction anticipated on it). Benefitting states keep their fair share and are not obliged to implement their pledges (Art. 60(3)). Art. 63(1): offsets may be requested when relocation pledges reach half the number of the Commission proposal; Art. 63(3): following a reconvened High-Level Forum (Art. 13(4)), below the Art. 12(2)(a) number or 60 % of the reference number, contributing states take responsibility for applicants up to the higher of the two, never beyond their fair share (Art. 63(7)).',
  'A table cell showing #N/A means the Indicators sheet has no value, or two values, for that state and indicator.',
];

export function methodologySheet(
  result: ScenarioResult,
  data: IndicatorSet,
  context: MethodologyContext,
): { sheet: SheetSpec; names: DefinedName[] } {
  const { table, names } = parametersTable(result, context.offsetRules);
  const sources: TableSpec = {
    name: 'Sources',
    totalsRow: false,
    columns: [
      { header: 'Indicator', role: 'label', width: 44 },
      { header: 'Period', role: 'label', width: 16, numberFormat: FORMAT.text },
      { header: 'Dataset', role: 'label', width: 14 },
      { header: 'Release', role: 'label', width: 24 },
      { header: 'Where the copy was found', role: 'label', width: 60 },
      { header: 'Note', role: 'label', width: 60 },
    ],
    rows: data.series.map((s) => [
      indicatorInfo(s.indicator).label,
      s.period,
      s.provenance.dataset,
      s.provenance.release,
      s.provenance.source,
      s.provenance.note ?? '',
    ]),
  };
  const blocks: Block[] = [
    { kind: 'title', text: 'Methodology, parameters and sources' },
    {
      kind: 'text',
      text: `Regulation (EU) 2024/1351 on asylum and migration management (AMMR). Scenario: ${context.scenarioName}. ${context.scenarioDescription}`,
    },
    { kind: 'text', text: `Data: ${data.label}. ${data.description}` },
    ...(context.pledgesSource
      ? [{ kind: 'text' as const, text: `Pledges: ${context.pledgesSource}.` }]
      : []),
    ...(context.caveats ?? []).map((text) => ({
      kind: 'text' as const,
      tone: 'warning' as const,
      text: `Differs from the Commission’s inputs: ${text}`,
    })),
    {
      kind: 'text',
      tone: 'note',
      text: `Generated ${context.generatedAt} by Pact Solidarity for Excel ${context.toolVersion}. Every table uses native Excel formulas: the workbook recalculates without the add-in.`,
    },
    { kind: 'blank' },
    { kind: 'heading', text: 'Parameters (edit a value: every table recalculates)' },
    summaryBlock(table),
    notesRow(totalsNotes(result.totals)),
    { kind: 'heading', text: 'How each figure is computed' },
    ...METHOD_LINES.map((text) => ({ kind: 'text' as const, text })),
    { kind: 'blank' },
    ...readingsBlocks(result),
    { kind: 'blank' },
    { kind: 'heading', text: 'Commission findings (Art. 11)' },
    {
      kind: 'text',
      text: `Categories as decided in ${context.categoriesSource}; an input, never computed.`,
    },
    ...publishedBlocks(context.published, result),
    { kind: 'blank' },
    { kind: 'heading', text: 'Sources' },
    { kind: 'table', table: sources },
  ];
  return { sheet: { name: 'Methodology', freezeRows: 1, blocks }, names };
}
