import { stateName, type Pledge } from '../../core';
import { FORMAT } from '../format';
import type { PledgingRound } from '../pledging';
import type { SheetSpec, TableSpec } from '../types';

export const PLEDGES_TABLE = 'Pledges';
export const PLEDGE = {
  code: 'Code',
  state: 'State',
  relocations: 'Relocations',
  financial: 'Financial contribution (EUR)',
  alternative: 'Alternative measures (EUR)',
  description: 'Alternative measures: description',
  offsets: 'Responsibility offsets',
  deduction: 'Deduction requested',
  deductionBasis: 'Deduction basis',
  benefitting: 'Benefitting',
  note: 'Source or note',
} as const;

const blankIfZero = (n: number) => (n === 0 ? null : n);

/** What each participating state pledged (Art. 56(2), 63) and asked to be deducted (Art. 61, 62). */
export function pledgesSheet(
  participants: readonly string[],
  round: PledgingRound,
  benefitting: ReadonlySet<string>,
): SheetSpec {
  const byCode = new Map<string, Pledge>(round.pledges.map((p) => [p.code, p]));
  const deductions = new Map(round.deductions.map((d) => [d.code, d]));
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
          'Alternative solidarity measures at their financial value, EUR (Art. 56(2)(c))',
      },
      { header: PLEDGE.description, role: 'input', width: 28, totals: { kind: 'none' } },
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
    rows: participants.map((code) => {
      const p = byCode.get(code);
      const d = deductions.get(code);
      return [
        code,
        stateName(code),
        blankIfZero(p?.relocations ?? 0),
        blankIfZero(p?.financialEur ?? 0),
        blankIfZero(p?.alternativeEur ?? 0),
        round.descriptions[code] ?? '',
        blankIfZero(p?.offsets ?? 0),
        d ? d.share : null,
        d ? `Art. ${d.article}` : '',
        benefitting.has(code) ? 'Yes' : 'No',
        round.notes[code] ?? '',
      ];
    }),
  };
  return {
    name: 'Pledges',
    freezeRows: 5,
    blocks: [
      { kind: 'title', text: 'Pledges of the High-Level Solidarity Forum (Art. 13, 56, 63)' },
      {
        kind: 'text',
        text:
          'Yellow cells are yours to fill: relocations, euros, alternative measures at their value, responsibility ' +
          'offsets, and any deduction requested. The Balance sheet recalculates as you type.',
      },
      { kind: 'text', tone: 'note', text: `Loaded from ${round.source}.` },
      { kind: 'blank' },
      { kind: 'table', table },
    ],
  };
}

function sumOf(
  pledges: readonly Pledge[],
  key: 'relocations' | 'financialEur' | 'alternativeEur' | 'offsets',
): number {
  return pledges.reduce((a, p) => a + p[key], 0);
}
