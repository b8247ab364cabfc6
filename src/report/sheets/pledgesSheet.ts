import { isAdHocContributor, stateName, type Pledge } from '../../core';
import { FORMAT } from '../format';
import { byCode as lookupByCode } from '../formulas';
import type { PledgingRound } from '../pledging';
import type { SheetSpec, TableSpec } from '../types';

export const PLEDGES_TABLE = 'Pledges';
export const PLEDGE = {
  code: 'Code',
  state: 'State',
  relocations: 'Relocations',
  financial: 'Financial contribution (EUR)',
  /** The value the pledging state indicates (Art. 57(4)). */
  alternative: 'Alternative measures (EUR)',
  description: 'Alternative measures: description',
  /** Yes, No or Not yet: a benefitting state's specific request (Art. 65(1)). */
  alternativeRequested: 'Alternative measures: requested',
  /** The value set jointly before implementation (Art. 65(1)). */
  alternativeJoint: 'Alternative measures: value set jointly (EUR)',
  offsets: 'Responsibility offsets',
  deduction: 'Deduction requested',
  deductionBasis: 'Deduction basis',
  benefitting: 'Benefitting',
  note: 'Source or note',
} as const;

const blankIfZero = (n: number) => (n === 0 ? null : n);

/** The answers a benefitting state's request takes (Art. 65(1)); blank is "Not yet". */
export const REQUESTED = { yes: 'Yes', no: 'No', 'not-yet': 'Not yet' } as const;

/** This row's state's entry in the Pledges table; `empty` where the cell is blank. */
export function pledgeLookup(table: string, column: string, empty: string): string {
  const value = lookupByCode(table, PLEDGES_TABLE, column);
  return `IF(${value}="",${empty},${value})`;
}

/** What each participating state pledged (Art. 56(2), 63) and asked to be deducted (Art. 61, 62). */
export function pledgesSheet(
  participants: readonly string[],
  round: PledgingRound,
  benefitting: ReadonlySet<string>,
): SheetSpec {
  const byCode = new Map<string, Pledge>(round.pledges.map((p) => [p.code, p]));
  const deductions = new Map(round.deductions.map((d) => [d.code, d]));
  const adHoc = round.pledges.map((p) => p.code).filter(isAdHocContributor);
  const amount = { kind: 'decimal', min: 0 } as const;
  const table: TableSpec = {
    name: PLEDGES_TABLE,
    totalsRow: true,
    columns: [
      { header: PLEDGE.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      { header: PLEDGE.state, role: 'label', width: 14, totals: { kind: 'none' } },
      {
        header: PLEDGE.relocations,
        role: 'input',
        width: 12,
        numberFormat: FORMAT.count,
        validation: amount,
        totals: { kind: 'sum', expected: sumOf(round.pledges, 'relocations') },
        description: 'Relocations pledged (Art. 56(2)(a))',
      },
      {
        header: PLEDGE.financial,
        role: 'input',
        width: 18,
        numberFormat: FORMAT.euro,
        validation: amount,
        totals: { kind: 'sum', expected: sumOf(round.pledges, 'financialEur') },
        description: 'Financial contributions pledged, EUR (Art. 56(2)(b))',
      },
      {
        header: PLEDGE.alternative,
        role: 'input',
        width: 16,
        numberFormat: FORMAT.euro,
        validation: amount,
        totals: { kind: 'sum', expected: sumOf(round.pledges, 'alternativeEur') },
        description:
          'Alternative solidarity measures at the financial value the pledging state indicates, EUR (Art. 56(2)(c), 57(4))',
      },
      { header: PLEDGE.description, role: 'input', width: 28, totals: { kind: 'none' } },
      {
        header: PLEDGE.alternativeRequested,
        role: 'input',
        width: 13,
        validation: { kind: 'list', values: Object.values(REQUESTED) },
        totals: { kind: 'none' },
        description:
          'Requested by a benefitting state (Art. 65(1))? No: counted as a financial contribution (Art. 57(4)). Blank: not yet',
      },
      {
        header: PLEDGE.alternativeJoint,
        role: 'input',
        width: 16,
        numberFormat: FORMAT.euro,
        validation: amount,
        totals: { kind: 'sum', expected: sumJoint(round.pledges) },
        description:
          'The value set jointly by both states before implementation (Art. 65(1)); it replaces the value indicated',
      },
      {
        header: PLEDGE.offsets,
        role: 'input',
        width: 14,
        numberFormat: FORMAT.count,
        validation: amount,
        totals: { kind: 'sum', expected: sumOf(round.pledges, 'offsets') },
        description:
          'Responsibility offsets pledged (Art. 63): people solidarity, one for one with relocations',
      },
      {
        header: PLEDGE.deduction,
        role: 'input',
        width: 12,
        numberFormat: FORMAT.percent,
        validation: { kind: 'decimal', min: 0, max: 1 },
        totals: { kind: 'none' },
        description: 'Deduction requested, 0 % to 100 % (Art. 61, 62)',
      },
      {
        header: PLEDGE.deductionBasis,
        role: 'input',
        width: 14,
        validation: { kind: 'list', values: ['Art. 61', 'Art. 62'] },
        totals: { kind: 'none' },
      },
      {
        header: PLEDGE.benefitting,
        role: 'input',
        width: 11,
        validation: { kind: 'list', values: ['Yes', 'No'] },
        totals: { kind: 'none' },
        description: 'Yes: benefits from the pool, keeps its fair share, not obliged to deliver',
      },
      { header: PLEDGE.note, role: 'input', width: 50, totals: { kind: 'none' } },
    ],
    // The participants, then the ad hoc contributors that pledged (Art. 13(1)), outside the key.
    rows: [...participants, ...adHoc].map((code) => {
      const p = byCode.get(code);
      const d = deductions.get(code);
      return [
        code,
        stateName(code),
        blankIfZero(p?.relocations ?? 0),
        blankIfZero(p?.financialEur ?? 0),
        blankIfZero(p?.alternativeEur ?? 0),
        round.descriptions[code] ?? '',
        p?.alternativeRequested && p.alternativeRequested !== 'not-yet'
          ? REQUESTED[p.alternativeRequested]
          : '',
        p?.alternativeSetJointlyEur ?? null,
        blankIfZero(p?.offsets ?? 0),
        d ? d.share : null,
        d ? `Art. ${d.article}` : '',
        isAdHocContributor(code) ? '' : benefitting.has(code) ? 'Yes' : 'No',
        round.notes[code] ?? '',
      ];
    }),
  };
  return {
    name: 'Pledges',
    freezeRows: 5,
    blocks: [
      { kind: 'title', text: 'Pledges of the High-Level EU Solidarity Forum (Art. 13, 56, 63)' },
      {
        kind: 'text',
        text:
          'Yellow cells are yours to fill: relocations, euros, alternative measures (the value indicated, Art. 57(4); ' +
          'whether requested and the value set jointly, Art. 65(1)), responsibility offsets, any deduction requested, ' +
          'and who benefits (Art. 58(1)). Norway, Iceland, Switzerland and Liechtenstein may pledge ad hoc (Art. 13(1)): ' +
          'their rows count in the pools, never in the key. The Balance sheet recalculates as you type.',
      },
      { kind: 'text', tone: 'note', text: `Loaded from ${round.source}.` },
      { kind: 'blank' },
      { kind: 'table', table },
    ],
  };
}

function sumJoint(pledges: readonly Pledge[]): number {
  return pledges.reduce((a, p) => a + (p.alternativeSetJointlyEur ?? 0), 0);
}

function sumOf(
  pledges: readonly Pledge[],
  key: 'relocations' | 'financialEur' | 'alternativeEur' | 'offsets',
): number {
  return pledges.reduce((a, p) => a + p[key], 0);
}
