/** The implementation sheet's tables per benefitting state and of the distribution (Art. 60, 63, 64). */
import { stateName, type Implementation } from '../../core';
import { FORMAT } from '../format';
import { here, str } from '../formulas';
import type { Cell, TableSpec } from '../types';
import { IMPL_NAMES, CON, BEN, DIS, REC, yesNo } from './implementationWords';
import {
  C,
  B,
  D,
  R,
  count,
  money,
  sumOf,
  none,
  codeColumns,
  sumWhere,
  whole,
} from './implementationCells';

/** Per benefitting state: its findings, and what was distributed to it and received, by type. */
export function benefittingTable(impl: Implementation): TableSpec {
  const states = new Map(impl.benefittingStates.map((b) => [b.code, b]));
  const byType = (code: string, type: string, column: string) =>
    sumWhere(D, column, [
      [DIS.code, here(B, BEN.code)],
      [DIS.type, str(type)],
    ]);
  const rows = impl.benefitting.map((b): Cell[] => {
    const end = impl.yearEnd.benefitting.find((y) => y.code === b.code)!;
    return [
      b.code,
      stateName(b.code),
      yesNo(states.get(b.code)?.systemicShortcomings ?? false),
      yesNo(states.get(b.code)?.searchAndRescue ?? false),
      {
        formula: byType(b.code, 'relocation', DIS.distributed),
        expected: b.distributed.relocation,
      },
      {
        formula: byType(b.code, 'relocation', DIS.received),
        expected: b.received.relocation + b.received.offset,
      },
      { formula: byType(b.code, 'financial', DIS.distributed), expected: b.distributed.financial },
      { formula: byType(b.code, 'financial', DIS.received), expected: b.received.financial },
      {
        formula: byType(b.code, 'alternative', DIS.distributed),
        expected: b.distributed.alternative,
      },
      { formula: byType(b.code, 'alternative', DIS.received), expected: b.received.alternative },
      // Art. 63(5); none towards a state with systemic shortcomings (Art. 60(3), fourth subparagraph).
      {
        formula: `IF(${here(B, BEN.systemic)}="Yes",0,${byType(b.code, 'relocation', DIS.remaining)})`,
        expected: end.offsetsItMayRequest,
      },
    ];
  });
  const total = (f: (b: Implementation['benefitting'][number]) => number) =>
    sumOf(impl.benefitting.map(f));
  const yesNoInput = {
    role: 'input' as const,
    width: 12,
    validation: { kind: 'list' as const, values: ['Yes', 'No'] },
    totals: none,
  };
  return {
    name: B,
    totalsRow: true,
    columns: [
      ...codeColumns,
      {
        header: BEN.systemic,
        ...yesNoInput,
        description:
          'Systemic shortcomings identified by the Commission (Art. 11 or 59(4) decision): pledges and offsets towards it are not required (Art. 60(3))',
      },
      {
        header: BEN.sar,
        ...yesNoInput,
        description:
          'Under pressure from arrivals after search and rescue: the SAR indicative percentage concerns it (Art. 12(5), 57(2))',
      },
      { header: BEN.peopleDistributed, ...count, totals: total((b) => b.distributed.relocation) },
      {
        header: BEN.peopleReceived,
        ...count,
        totals: total((b) => b.received.relocation + b.received.offset),
        description: 'Relocations and offsets implemented towards it',
      },
      { header: BEN.financialDistributed, ...money, totals: total((b) => b.distributed.financial) },
      {
        header: BEN.financialReceived,
        ...money,
        totals: total((b) => b.received.financial),
        description: 'Financial contributions recorded for its actions (Art. 64(2))',
      },
      {
        header: BEN.alternativeDistributed,
        ...money,
        totals: total((b) => b.distributed.alternative),
      },
      { header: BEN.alternativeReceived, ...money, totals: total((b) => b.received.alternative) },
      {
        header: BEN.mayRequest,
        ...count,
        totals: sumOf(impl.yearEnd.benefitting.map((b) => b.offsetsItMayRequest)),
        description:
          'Art. 63(5): the people distributed to it and not received; none where systemic shortcomings were found (Art. 60(3))',
      },
    ],
    rows,
  };
}

const TYPE_WORD = {
  relocation: 'relocation',
  financial: 'financial',
  alternative: 'alternative',
} as const;

/** One row per benefitting state and type: the proposal (Art. 60(2), 12(5)), the typed figure, receipts. */
export function distributionTable(impl: Implementation): TableSpec {
  const h = (c: string) => here(D, c);
  const ofType = (column: string, ...more: (readonly [string, string])[]) =>
    sumWhere(D, column, [[DIS.type, h(DIS.type)], ...more]);
  const ofBenefitting = (column: string) =>
    `INDEX(${whole(B, column)},MATCH(${h(DIS.code)},${whole(B, BEN.code)},0))`;
  const available =
    `IF(${h(DIS.type)}="relocation",SUM(${whole(C, CON.relocationsTo)})+SUM(${whole(C, CON.offsetsTo)}),` +
    `IF(${h(DIS.type)}="financial",SUM(${whole(C, CON.financialTo)}),SUM(${whole(C, CON.alternativeTo)})))`;
  const sarNeeds = ofType(DIS.need, [DIS.eligible, '"Yes"'], [DIS.sar, '"Yes"']);
  const restNeeds = ofType(DIS.needAfterSar);
  const received =
    `IF(${h(DIS.type)}="relocation",${sumWhere(R, REC.persons, [
      [REC.benefitting, h(DIS.code)],
      [REC.type, '"relocation"'],
    ])}+` +
    `${sumWhere(R, REC.persons, [
      [REC.benefitting, h(DIS.code)],
      [REC.type, '"offset"'],
    ])},` +
    `${sumWhere(R, REC.eur, [
      [REC.benefitting, h(DIS.code)],
      [REC.type, h(DIS.type)],
    ])})`;
  const got = new Map(impl.benefitting.map((b) => [b.code, b]));
  const rows = impl.distribution.cells.map((c): Cell[] => {
    const b = got.get(c.code)!;
    const rec =
      c.type === 'relocation' ? b.received.relocation + b.received.offset : b.received[c.type];
    return [
      c.code,
      stateName(c.code),
      TYPE_WORD[c.type],
      c.need,
      {
        formula: `IF(${ofBenefitting(BEN.systemic)}="Yes","No","Yes")`,
        expected: yesNo(c.eligible),
      },
      {
        formula: `IF(${ofBenefitting(BEN.sar)}="Yes","Yes","No")`,
        expected: yesNo(c.searchAndRescue),
      },
      { formula: available, expected: impl.distribution.byType[c.type].available },
      // Art. 12(5), 57(2): the SAR states' part, in proportion to their needs, at most the need.
      {
        formula: `IF(AND(${h(DIS.eligible)}="Yes",${h(DIS.sar)}="Yes"),${h(DIS.need)}*IF(${sarNeeds}>0,MIN(1,${IMPL_NAMES.sarShare}*${h(DIS.available)}/${sarNeeds}),0),0)`,
        expected: c.sarPart,
      },
      {
        formula: `IF(${h(DIS.eligible)}="Yes",${h(DIS.need)}-${h(DIS.sarPart)},0)`,
        expected: c.needAfterSar,
      },
      // Art. 60(2): the rest "balanced", in proportion to the needs left.
      {
        formula: `IF(${h(DIS.needAfterSar)}>0,${h(DIS.needAfterSar)}*IF(${restNeeds}>0,MIN(1,(${h(DIS.available)}-${ofType(DIS.sarPart)})/${restNeeds}),0),0)`,
        expected: c.restPart,
      },
      { formula: `${h(DIS.sarPart)}+${h(DIS.restPart)}`, expected: c.proposal },
      c.typed ?? null,
      {
        formula: `IF(ISNUMBER(${h(DIS.typed)}),${h(DIS.typed)},${h(DIS.proposal)})`,
        expected: c.distributed,
      },
      { formula: `IF(ISNUMBER(${h(DIS.typed)}),"typed","computed")`, expected: c.basis },
      { formula: received, expected: rec },
      {
        formula: `MAX(0,${h(DIS.distributed)}-${h(DIS.received)})`,
        expected: Math.max(0, c.distributed - rec),
      },
    ];
  });
  const pool = { scope: 'pool' as const };
  const amount = { role: 'computed' as const, width: 14, numberFormat: FORMAT.decimal1 };
  return {
    name: D,
    totalsRow: false,
    columns: [
      { header: DIS.code, role: 'label', width: 7 },
      { header: DIS.state, role: 'label', width: 14 },
      {
        header: DIS.type,
        role: 'label',
        width: 11,
        description:
          'relocation (persons: relocations, or offsets instead, Art. 63(1)), financial or alternative (EUR)',
      },
      {
        header: DIS.need,
        role: 'input',
        width: 14,
        numberFormat: FORMAT.decimal1,
        validation: { kind: 'decimal', min: 0 },
        description: 'The level the state declared it needs (Art. 58(2))',
      },
      {
        header: DIS.eligible,
        role: 'computed',
        width: 9,
        description: 'No where systemic shortcomings were found (Art. 60(3)): nothing proposed',
      },
      { header: DIS.sar, role: 'computed', width: 9 },
      {
        header: DIS.available,
        ...amount,
        ...pool,
        description: 'The pool to be implemented of this type',
      },
      {
        header: DIS.sarPart,
        ...amount,
        ...pool,
        description:
          'SAR indicative share × available, to the SAR states in proportion to their needs (Art. 12(5), 57(2))',
      },
      { header: DIS.needAfterSar, ...amount, ...pool },
      {
        header: DIS.restPart,
        ...amount,
        ...pool,
        description:
          'The rest, in proportion to the needs left, at most the need (Art. 60(2), the tool’s reading)',
      },
      { header: DIS.proposal, ...amount, ...pool },
      {
        header: DIS.typed,
        role: 'input',
        width: 12,
        numberFormat: FORMAT.decimal1,
        validation: { kind: 'decimal', min: 0 },
        description: 'Type a figure to replace the proposal of this cell',
      },
      { header: DIS.distributed, ...amount },
      {
        header: DIS.basis,
        role: 'computed',
        width: 10,
        description: 'computed (the proposal) or typed',
      },
      { header: DIS.received, ...amount, description: 'Implemented towards it, from the records' },
      { header: DIS.remaining, ...amount },
    ],
    rows,
  };
}
