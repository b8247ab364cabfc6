import type {
  OffsetRules,
  PoolTotals,
  SarShare,
  ScenarioNumbers,
  ScenarioResult,
} from '../../core';
import { FORMAT } from '../format';
import type { Cell, DefinedName, TableSpec } from '../types';

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
  commissionRelocations: 'CommissionRelocations',
  commissionFinancial: 'CommissionFinancialEur',
  /** The reference numbers the fair share rests on: the Council's (Art. 57(1)), else the proposal's. */
  relocations: 'RelocationsTotal',
  financial: 'FinancialTotalEur',
  eurPerRelocation: 'EurPerRelocation',
  offsetThresholdShare: 'OffsetThresholdShare',
  ownFairShareShare: 'OwnFairShareShare',
  mandatoryShare: 'MandatoryShare',
  mandatoryFloor: 'MandatoryFloor',
} as const;

/** The ratio of the Art. 12(2) numbers, kept for higher numbers: Art. 12(3) "shall be maintained". */
const RATIO = 'Art. 12(3), recital 15';

/**
 * One pair of numbers as the workbook holds them: a given number is a value; a number that follows
 * from the other through the ratio (Art. 12(3)) is a formula, so that editing one keeps the ratio.
 */
function totalsCells(
  totals: PoolTotals,
  names: { readonly relocations: string; readonly financial: string },
): { relocations: Cell; financial: Cell; note: [string, string] } {
  const e = PARAMETER_NAMES.eurPerRelocation;
  switch (totals.derivation) {
    case 'both-given':
      return {
        relocations: totals.relocations,
        financial: totals.financialEur,
        note: ['Set explicitly', 'Set explicitly (both numbers given: the ratio is not imposed)'],
      };
    case 'financial-given':
      return {
        relocations: { formula: `${names.financial}/${e}`, expected: totals.relocations },
        financial: totals.financialEur,
        note: [`Financial number ÷ EUR per relocation (the ratio, ${RATIO})`, 'Set explicitly'],
      };
    default:
      return {
        relocations: totals.relocations,
        financial: { formula: `${names.relocations}*${e}`, expected: totals.financialEur },
        note: [
          totals.derivation === 'art-12-minimum' ? 'Art. 12(2) minimum' : 'Set explicitly',
          `Relocation number × EUR per relocation (the ratio, ${RATIO})`,
        ],
      };
  }
}

/** The reference numbers: the Council's where it adopted them, else the proposal's (formulas). */
function referenceCells(numbers: ScenarioNumbers): ReturnType<typeof totalsCells> {
  const n = PARAMETER_NAMES;
  if (numbers.council) return totalsCells(numbers.council, n);
  const note = 'No Council act yet: the Commission proposal’s number (Art. 12(2))';
  return {
    relocations: { formula: n.commissionRelocations, expected: numbers.commission.relocations },
    financial: { formula: n.commissionFinancial, expected: numbers.commission.financialEur },
    note: [note, note],
  };
}

export function parametersTable(
  result: Pick<ScenarioResult, 'numbers' | 'sar'>,
  rules: OffsetRules,
): { table: TableSpec; names: DefinedName[] } {
  const { numbers, sar } = result;
  const n = PARAMETER_NAMES;
  const commission = totalsCells(numbers.commission, {
    relocations: n.commissionRelocations,
    financial: n.commissionFinancial,
  });
  const reference = referenceCells(numbers);
  const noNeed = numbers.noProjectedNeed
    ? '; the proposal takes into account that no need for solidarity measures was indicated (Art. 12(4))'
    : '';
  const rows: (readonly [string, Cell, string, string, string, string?])[] = [
    [
      'Commission proposal: relocations',
      commission.relocations,
      'relocations',
      'Art. 12(2)(a)',
      `${commission.note[0]}${noNeed}; Art. 63(1) measures the pledges against this number`,
      n.commissionRelocations,
    ],
    [
      'Commission proposal: financial contributions',
      commission.financial,
      'EUR',
      'Art. 12(2)(b)',
      `${commission.note[1]}; the indicative contributions (Art. 12(2))`,
      n.commissionFinancial,
    ],
    [
      'Reference number: relocations',
      reference.relocations,
      'relocations',
      'Art. 57(1), (3)',
      `${reference.note[0]}; the fair shares and Art. 63(2)(b), 63(3)(b) rest on it`,
      n.relocations,
    ],
    [
      'Reference number: financial contributions',
      reference.financial,
      'EUR',
      'Art. 57(1), (3)',
      reference.note[1],
      n.financial,
    ],
    [
      'EUR per relocation',
      numbers.commission.eurPerRelocation,
      'EUR',
      RATIO,
      'The ratio of the Art. 12(2) numbers (EUR 600 million / 30,000), which "shall be maintained" (Art. 12(3)); values people solidarity (Art. 56(2): equal value)',
      n.eurPerRelocation,
    ],
    [
      'Offsets may be requested from this share of the proposal’s number',
      rules.offsetThresholdShare,
      'share',
      'Art. 63(1), (2)(a)',
      '"equal to or above 50 % of the number indicated in the Commission proposal" (Art. 63(1))',
      n.offsetThresholdShare,
    ],
    [
      'A state may offer offsets having pledged this share of its fair share',
      rules.ownFairShareShare,
      'share',
      'Art. 63(2)(b)',
      '"50 % or more of its mandatory fair share" pledged as relocations',
      n.ownFairShareShare,
    ],
    [
      'Mandatory offsets below this share of the reference number',
      rules.mandatoryShare,
      'share',
      'Art. 63(3)(b)',
      '"below 60 % of the reference number used to calculate each Member State’s mandatory fair share"',
      n.mandatoryShare,
    ],
    [
      'Mandatory offsets below this number of relocations',
      rules.mandatoryFloor,
      'relocations',
      'Art. 63(3)(a), 12(2)(a)',
      '"below the number referred to in Article 12(2), point (a)": 30,000; the target is the higher of (a) and (b)',
      n.mandatoryFloor,
    ],
    [
      'Search-and-rescue indicative percentage',
      sar.share,
      'share of the pool',
      'Art. 12(5), 57(2)',
      sarNote(sar),
    ],
  ];
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
        rowFormats: rows.map(([, , unit]) =>
          unit.startsWith('share') ? FORMAT.percent : undefined,
        ),
      },
      { header: PARAM.unit, role: 'label', width: 14 },
      { header: PARAM.basis, role: 'label', width: 24 },
      { header: PARAM.note, role: 'label', width: 60 },
    ],
    rows: rows.map(([label, value, unit, basis, note]) => [label, value, unit, basis, note]),
  };
  const names = rows.flatMap(([, , , , , name], row) =>
    name ? [{ name, sheet: 'Methodology', table: PARAMETERS_TABLE, row, column: PARAM.value }] : [],
  );
  return { table, names };
}

/** The SAR percentage's states and source, or why there is none (never an invented figure). */
export function sarNote(sar: SarShare): string {
  const states = sar.states.length > 0 ? `States concerned: ${sar.states.join(', ')}. ` : '';
  const share =
    sar.share === null
      ? 'No percentage: no source the tool can cite gives one.'
      : 'Indicative: the share of the pool that "may be made available" to those states.';
  return `${states}${share}${sar.source ? ` Source: ${sar.source}.` : ''}`;
}
