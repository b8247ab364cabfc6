import {
  DECISION_2025_2323,
  type OffsetRules,
  type PoolTotals,
  type ScenarioResult,
} from '../../core';
import { indicatorInfo, type IndicatorSet, type PublishedFigure } from '../../data';
import { FORMAT } from '../format';
import { byCode, here } from '../formulas';
import { notesRow, summaryBlock } from '../blocks';
import { FAIR_SHARE_TABLE, FS } from './fairShareSheet';
import type { Block, Cell, DefinedName, SheetSpec, TableSpec } from '../types';

export const PARAMETERS_TABLE = 'Parameters';
export const PARAM = {
  name: 'Parameter',
  value: 'Value',
  unit: 'Unit',
  basis: 'Basis',
  note: 'Note',
} as const;

/** Workbook names of the parameter cells the formulas use. */
export const PARAMETER_NAMES = {
  relocations: 'RelocationsTotal',
  financial: 'FinancialTotalEur',
  eurPerRelocation: 'EurPerRelocation',
  offsetThresholdShare: 'OffsetThresholdShare',
  ownFairShareShare: 'OwnFairShareShare',
  mandatoryShare: 'MandatoryShare',
  mandatoryFloor: 'MandatoryFloor',
} as const;

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

/**
 * The totals as the workbook holds them: a given total is a value; a total that follows from the
 * other through the ratio (recital 15) is a formula, so that editing one keeps the ratio.
 */
function totalsCells(totals: PoolTotals): {
  relocations: Cell;
  financial: Cell;
  note: [string, string];
} {
  const n = PARAMETER_NAMES;
  switch (totals.derivation) {
    case 'both-given':
      return {
        relocations: totals.relocations,
        financial: totals.financialEur,
        note: ['Set explicitly', 'Set explicitly (both totals given: the ratio is not imposed)'],
      };
    case 'financial-given':
      return {
        relocations: {
          formula: `${n.financial}/${n.eurPerRelocation}`,
          expected: totals.relocations,
        },
        financial: totals.financialEur,
        note: ['Financial total ÷ EUR per relocation (recital 15 ratio)', 'Set explicitly'],
      };
    default:
      return {
        relocations: totals.relocations,
        financial: {
          formula: `${n.relocations}*${n.eurPerRelocation}`,
          expected: totals.financialEur,
        },
        note: [
          totals.derivation === 'art-12-minimum' ? 'Art. 12(2) minimum' : 'Set explicitly',
          'Relocation total × EUR per relocation (recital 15 ratio)',
        ],
      };
  }
}

export function parametersTable(
  totals: PoolTotals,
  rules: OffsetRules,
): { table: TableSpec; names: DefinedName[] } {
  const cells = totalsCells(totals);
  const table: TableSpec = {
    name: PARAMETERS_TABLE,
    totalsRow: false,
    columns: [
      { header: PARAM.name, role: 'label', width: 44 },
      {
        header: PARAM.value,
        role: 'input',
        width: 16,
        numberFormat: FORMAT.count,
        rowFormats: [
          undefined,
          undefined,
          undefined,
          FORMAT.percent,
          FORMAT.percent,
          FORMAT.percent,
        ],
      },
      { header: PARAM.unit, role: 'label', width: 14 },
      { header: PARAM.basis, role: 'label', width: 24 },
      { header: PARAM.note, role: 'label', width: 60 },
    ],
    rows: [
      ['Relocation total', cells.relocations, 'relocations', 'Art. 12(2), 57(1)', cells.note[0]],
      ['Financial contribution total', cells.financial, 'EUR', 'Art. 12(2), 57(1)', cells.note[1]],
      [
        'EUR per relocation',
        totals.eurPerRelocation,
        'EUR',
        'Recital 15',
        'The ratio of the Art. 12(2) minima (EUR 600 million / 30,000); values people solidarity',
      ],
      [
        'Offsets may be requested from this share of the relocation number',
        rules.offsetThresholdShare,
        'share',
        'Art. 63(1), (2)',
        'Relocation pledges at least this share of the pool’s relocation number',
      ],
      [
        'A state may offer offsets having pledged this share of its fair share',
        rules.ownFairShareShare,
        'share',
        'Art. 63(2)',
        'Of its own indicative relocations',
      ],
      [
        'Mandatory offsets below this share of the relocation number',
        rules.mandatoryShare,
        'share',
        'Art. 63(3) (unverified)',
        'Paragraphs 63(3)–(9) could not be read: a parameter with this default',
      ],
      [
        'Mandatory offsets below this number of relocations',
        rules.mandatoryFloor,
        'relocations',
        'Art. 63(3) (unverified)',
        'The target is the higher of the two; no state goes above its fair share',
      ],
    ],
  };
  const names = [
    PARAMETER_NAMES.relocations,
    PARAMETER_NAMES.financial,
    PARAMETER_NAMES.eurPerRelocation,
    PARAMETER_NAMES.offsetThresholdShare,
    PARAMETER_NAMES.ownFairShareShare,
    PARAMETER_NAMES.mandatoryShare,
    PARAMETER_NAMES.mandatoryFloor,
  ].map((name, row) => ({
    name,
    sheet: 'Methodology',
    table: PARAMETERS_TABLE,
    row,
    column: PARAM.value,
  }));
  return { table, names };
}

export const METHOD_LINES: readonly string[] = [
  'Fair share (Art. 66, Annex I): 0.5 × population / Σ population + 0.5 × GDP / Σ GDP, the sums over the participating states only (never Eurostat’s EU aggregate); the shares sum to 100 %.',
  'Participants: the 26 Member States bound by solidarity: the EU-27 without Denmark (Protocol No 22); Ireland takes part. States found under migratory pressure keep their fair share.',
  'Indicative contribution (Art. 12(2)): fair share × the relocation total, and fair share × the financial total. All types of solidarity have equal value (Art. 56(2)).',
  'Totals: at least 30,000 relocations and EUR 600 million in a Commission proposal (Art. 12(2)); the Council may adopt other totals (Art. 57(1)). One relocation is valued at the ratio of the two, EUR 20,000 (recital 15).',
  'Deductions (Art. 61, 62): a state under migratory pressure, or facing a significant migratory situation, may have its contribution reduced in part or in full. The deducted part is not redistributed: the effective pool is smaller than the reference pool.',
  'Pressure score: a state’s share of the participants’ total of an indicator ÷ its fair share (1.0 = proportionate). No thresholds are published (Art. 9–11): weights are the analyst’s, and the Commission’s findings are decisions shown as made, never computed.',
  'Balance (Art. 56(2), 63): pledged value = (relocations + responsibility offsets) × EUR per relocation + financial contributions + alternative measures, against the indicative contribution after deduction. Benefitting states keep their fair share and are not obliged to deliver. Art. 63(1): offsets may be requested when relocation pledges reach half the pool’s number; Art. 63(3): below 60 % of it or 30,000, contributing states must take responsibility for applicants up to the higher of the two, each by its fair share and never above it.',
  'A table cell showing #N/A means the Indicators sheet has no value, or two values, for that state and indicator.',
];

export const UNVERIFIED_LINES: readonly string[] = [
  'EUR 20,000 per relocation is the ratio of the Art. 12(2) minima (recital 15), not a figure of the text: a parameter.',
  'Alternative solidarity measures count at their financial value; where the valuation rule sits in the Regulation is unverified.',
  'Art. 63(3)–(9) could not be read: the 60 % share, the 30,000 floor and the cap at the fair share for mandatory responsibility offsets are parameters with these defaults.',
];

export const PUBLISHED_TABLE = 'PublishedFigures';
export const PUB = {
  code: 'Code',
  publishedShare: 'Published fair share',
  share: 'Fair share here',
  shareDifference: 'Difference (points)',
  total: 'Relocation total',
  publishedRelocations: 'Published relocations',
  relocations: 'Relocations here',
  relocationsDifference: 'Difference (relocations)',
  source: 'Published in',
} as const;

/**
 * The published figures beside the tool's, with the difference: never used to adjust a figure.
 * Relocations are taken of the total the published figure is a share of, whatever this scenario's.
 */
function publishedTable(
  published: readonly PublishedFigure[],
  result: ScenarioResult,
): TableSpec | undefined {
  const t = PUBLISHED_TABLE;
  const shares = new Map(result.fairShares.map((f) => [f.code, f.fairShare]));
  const rows = published.flatMap((p) => {
    const share = shares.get(p.code);
    if (share === undefined) return [];
    return [
      [
        p.code,
        p.fairShare,
        { formula: byCode(t, FAIR_SHARE_TABLE, FS.fairShare), expected: share },
        {
          formula: `(${here(t, PUB.share)}-${here(t, PUB.publishedShare)})*100`,
          expected: (share - p.fairShare) * 100,
        },
        p.relocationsTotal,
        p.relocations,
        {
          formula: `${here(t, PUB.share)}*${here(t, PUB.total)}`,
          expected: share * p.relocationsTotal,
        },
        {
          formula: `${here(t, PUB.relocations)}-${here(t, PUB.publishedRelocations)}`,
          expected: share * p.relocationsTotal - p.relocations,
        },
        `${p.fairShareSource} (fair share); ${p.relocationsSource} (relocations)`,
      ],
    ];
  });
  if (rows.length === 0) return undefined;
  return {
    name: t,
    totalsRow: false,
    columns: [
      { header: PUB.code, role: 'label', width: 7 },
      { header: PUB.publishedShare, role: 'data', width: 12, numberFormat: FORMAT.share },
      { header: PUB.share, role: 'computed', width: 12, numberFormat: FORMAT.share },
      {
        header: PUB.shareDifference,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.signedPoints,
        description: 'Here − published, in percentage points',
      },
      { header: PUB.total, role: 'data', width: 11, numberFormat: FORMAT.count },
      { header: PUB.publishedRelocations, role: 'data', width: 12, numberFormat: FORMAT.count },
      {
        header: PUB.relocations,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.decimal1,
        description: 'Fair share here × the relocation total the published figure is of',
      },
      {
        header: PUB.relocationsDifference,
        role: 'computed',
        width: 13,
        numberFormat: FORMAT.signedDecimal1,
      },
      { header: PUB.source, role: 'label', width: 60, wrap: true },
    ],
    rows,
  };
}

export function methodologySheet(
  result: ScenarioResult,
  data: IndicatorSet,
  context: MethodologyContext,
): { sheet: SheetSpec; names: DefinedName[] } {
  const { table, names } = parametersTable(result.totals, context.offsetRules);
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
    notesRow(result.totals.notes),
    { kind: 'heading', text: 'How each figure is computed' },
    ...METHOD_LINES.map((text) => ({ kind: 'text' as const, text })),
    { kind: 'blank' },
    { kind: 'heading', text: 'Assumptions not verified against the Official Journal' },
    ...UNVERIFIED_LINES.map((text) => ({ kind: 'text' as const, tone: 'warning' as const, text })),
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

function publishedBlocks(
  published: readonly PublishedFigure[] | undefined,
  result: ScenarioResult,
): Block[] {
  const table = published && publishedTable(published, result);
  if (!table) return [];
  return [
    { kind: 'blank' },
    { kind: 'heading', text: 'Published figures beside this workbook’s' },
    {
      kind: 'text',
      text:
        'For the states with a published figure: the published value, the value computed here and ' +
        'the difference. The figures here are never adjusted to match.',
    },
    { kind: 'table', table },
  ];
}

export const DEFAULT_CATEGORIES_SOURCE = DECISION_2025_2323.reference;
