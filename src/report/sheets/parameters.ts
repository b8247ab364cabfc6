import type { OffsetRules, PoolTotals } from '../../core';
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
 * The totals as the workbook holds them: a given total is a value; a total that follows from the
 * other through the ratio (Art. 12(3)) is a formula, so that editing one keeps the ratio.
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
        note: [`Financial total ÷ EUR per relocation (the ratio, ${RATIO})`, 'Set explicitly'],
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
          `Relocation total × EUR per relocation (the ratio, ${RATIO})`,
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
        RATIO,
        'The ratio of the Art. 12(2) numbers (EUR 600 million / 30,000), which "shall be maintained" (Art. 12(3)); values people solidarity (Art. 56(2): equal value)',
      ],
      [
        'Offsets may be requested from this share of the relocation number',
        rules.offsetThresholdShare,
        'share',
        'Art. 63(1), (2)(a)',
        '"equal to or above 50 % of the number indicated in the Commission proposal" (Art. 63(1))',
      ],
      [
        'A state may offer offsets having pledged this share of its fair share',
        rules.ownFairShareShare,
        'share',
        'Art. 63(2)(b)',
        '"50 % or more of its mandatory fair share" pledged as relocations',
      ],
      [
        'Mandatory offsets below this share of the reference number',
        rules.mandatoryShare,
        'share',
        'Art. 63(3)(b)',
        '"below 60 % of the reference number used to calculate each Member State’s mandatory fair share"',
      ],
      [
        'Mandatory offsets below this number of relocations',
        rules.mandatoryFloor,
        'relocations',
        'Art. 63(3)(a), 12(2)(a)',
        '"below the number referred to in Article 12(2), point (a)": 30,000; the target is the higher of (a) and (b)',
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
