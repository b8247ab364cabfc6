import { stateName, sum, type Implementation } from '../../core';
import { FORMAT } from '../format';
import { byCode, col, here, str } from '../formulas';
import type { Cell, ColumnSpec, TableSpec } from '../types';
import { IMPL, IMPL_NAMES, CON, BEN, DIS, REC, yesNo } from './implementationWords';
import { BAL, BALANCE_TABLE } from './columns';
import { pledgedFormulas } from './pledgedColumns';

/** A whole column, by the one structured-reference rule (`col`: `Table[[Column]]` where needed). */
export const whole = col;

/** `column` of `table` on the row whose `key` equals this row's `hereKey`; 0 where there is none. */
export const sumWhere = (
  table: string,
  column: string,
  criteria: readonly (readonly [key: string, criterion: string])[],
): string =>
  `SUMIFS(${whole(table, column)},${criteria.map(([k, c]) => `${whole(table, k)},${c}`).join(',')})`;

const C = IMPL.contributing;
const B = IMPL.benefitting;
const D = IMPL.distribution;
const R = IMPL.records;

const count = { role: 'computed' as const, width: 12, numberFormat: FORMAT.count };
const money = { role: 'computed' as const, width: 15, numberFormat: FORMAT.euro };
const share = { role: 'computed' as const, width: 11, numberFormat: FORMAT.percent1 };
const sumOf = (values: readonly number[]) => ({ kind: 'sum' as const, expected: sum(values) });
const none = { kind: 'none' as const };
const codeColumns: ColumnSpec[] = [
  { header: 'Code', role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
  { header: 'State', role: 'label', width: 14, totals: none },
];

/** Records of this row's state (as `side`) and of `type`, summed in `column`. */
function implemented(
  table: string,
  side: string,
  type: string,
  column: string = type === 'relocation' || type === 'offset' ? REC.persons : REC.eur,
): string {
  return sumWhere(R, column, [
    [side, here(table, 'Code')],
    [REC.type, str(type)],
  ]);
}

/**
 * The pledges, per row, by the formulas of the Balance sheet's pledged columns (alternative
 * measures at their jointly set value, Art. 65(1), or converted where not requested, Art. 57(4)),
 * and those to be implemented: pledged times the Balance sheet's share to implement (none where not
 * obliged, Art. 60(3); net of a deduction on the pledges, Art. 61(1), 62(1)). An ad hoc contributor
 * (Art. 13(1)) has no line in the Balance table: its pledges are to be implemented whole, as the
 * pool to be implemented counts them. One formula per column, whoever the row is.
 */
const PLEDGED_HERE = pledgedFormulas(C);
const inBalance = `COUNTIF(${whole(BALANCE_TABLE, BAL.code)},${here(C, CON.code)})>0`;
const toImplementCell = (pledged: string) =>
  `${here(C, pledged)}*IF(${inBalance},${byCode(C, BALANCE_TABLE, BAL.implementShare)},1)`;
const progressCell = (done: string, due: string) => `IF(${due}>0,MIN(1,${done}/${due}),"")`;

/** Per contributing state: pledged, to implement, implemented, remaining, proportionality, year end. */
export function contributingTable(impl: Implementation): TableSpec {
  const h = (c: string) => here(C, c);
  const peopleDue = `(${h(CON.relocationsTo)}+${h(CON.offsetsTo)})`;
  const peopleDone = `(${h(CON.relocationsDone)}+${h(CON.offsetsDone)})`;
  const requested = new Map(impl.contributions.map((c) => [c.code, c.alternativeRequested]));
  const rows = impl.contributing.map((p): Cell[] => {
    const asked = requested.get(p.code);
    const owed = impl.yearEnd.contributing.find((y) => y.code === p.code)!;
    const progress = (v: number | undefined) => v ?? '';
    return [
      p.code,
      stateName(p.code),
      { formula: PLEDGED_HERE.relocations, expected: p.pledged.relocation },
      { formula: PLEDGED_HERE.offsets, expected: p.pledged.offset },
      { formula: PLEDGED_HERE.financialEur, expected: p.pledged.financial },
      { formula: PLEDGED_HERE.alternativeEur, expected: p.pledged.alternative },
      { formula: toImplementCell(CON.relocationsPledged), expected: p.toImplement.relocation },
      { formula: toImplementCell(CON.offsetsPledged), expected: p.toImplement.offset },
      { formula: toImplementCell(CON.financialPledged), expected: p.toImplement.financial },
      { formula: toImplementCell(CON.alternativePledged), expected: p.toImplement.alternative },
      {
        formula: implemented(C, REC.contributing, 'relocation'),
        expected: p.implemented.relocation,
      },
      { formula: implemented(C, REC.contributing, 'offset'), expected: p.implemented.offset },
      { formula: implemented(C, REC.contributing, 'financial'), expected: p.implemented.financial },
      {
        formula: implemented(C, REC.contributing, 'alternative'),
        expected: p.implemented.alternative,
      },
      // People to implement less people implemented, relocations first (offsets instead, Art. 63(1)).
      {
        formula: `MIN(${h(CON.relocationsTo)},MAX(0,${peopleDue}-${peopleDone}))`,
        expected: p.relocationsRemaining,
      },
      {
        formula: `MAX(0,${peopleDue}-${peopleDone})-${h(CON.relocationsLeft)}`,
        expected: p.offsetsRemaining,
      },
      {
        formula: `MAX(0,${h(CON.financialTo)}-${h(CON.financialDone)})`,
        expected: p.financialRemaining,
      },
      {
        formula: `MAX(0,${h(CON.alternativeTo)}-${h(CON.alternativeDone)})`,
        expected: p.alternativeRemaining,
      },
      { formula: progressCell(peopleDone, peopleDue), expected: progress(p.progress.relocation) },
      {
        formula: progressCell(h(CON.financialDone), h(CON.financialTo)),
        expected: progress(p.progress.financial),
      },
      {
        formula: progressCell(h(CON.alternativeDone), h(CON.alternativeTo)),
        expected: progress(p.progress.alternative),
      },
      {
        formula: `IF(COUNT(${h(CON.peopleProgress)},${h(CON.financialProgress)},${h(CON.alternativeProgress)})=0,0,MAX(${h(CON.peopleProgress)},${h(CON.financialProgress)},${h(CON.alternativeProgress)})-MIN(${h(CON.peopleProgress)},${h(CON.financialProgress)},${h(CON.alternativeProgress)}))`,
        expected: p.progressSpread,
      },
      // Art. 60(3), second subparagraph: "in proportion to their overall pledge".
      {
        formula: `IF(${h(CON.spread)}<=${IMPL_NAMES.tolerance},"Yes","No")`,
        expected: yesNo(p.proportionate),
      },
      // Art. 63(5): up to the relocations pledged and not implemented.
      { formula: h(CON.relocationsLeft), expected: owed.offsetsOwed },
      asked === undefined ? '' : yesNo(asked),
      // Art. 57(4): not requested, converted into financial contributions.
      {
        formula: `IF(${h(CON.requested)}="Yes",0,${h(CON.alternativeLeft)})`,
        expected: owed.convertedToFinancialEur,
      },
    ];
  });
  const total = (f: (p: Implementation['contributing'][number]) => number) =>
    sumOf(impl.contributing.map(f));
  return {
    name: C,
    totalsRow: true,
    columns: [
      ...codeColumns,
      {
        header: CON.relocationsPledged,
        ...count,
        totals: total((p) => p.pledged.relocation),
        description:
          'Relocations pledged (Art. 57(1)), from the Pledges table, as the Balance sheet counts them',
      },
      { header: CON.offsetsPledged, ...count, totals: total((p) => p.pledged.offset) },
      { header: CON.financialPledged, ...money, totals: total((p) => p.pledged.financial) },
      { header: CON.alternativePledged, ...money, totals: total((p) => p.pledged.alternative) },
      {
        header: CON.relocationsTo,
        ...count,
        totals: total((p) => p.toImplement.relocation),
        description:
          'Pledged × the Balance sheet’s share to implement: less a deduction on the pledges (Art. 61(1), 62(1)), none where not obliged (Art. 60(3))',
      },
      { header: CON.offsetsTo, ...count, totals: total((p) => p.toImplement.offset) },
      { header: CON.financialTo, ...money, totals: total((p) => p.toImplement.financial) },
      { header: CON.alternativeTo, ...money, totals: total((p) => p.toImplement.alternative) },
      {
        header: CON.relocationsDone,
        ...count,
        totals: total((p) => p.implemented.relocation),
        description: 'Relocations carried out (Art. 67, 68), from the records',
      },
      {
        header: CON.offsetsDone,
        ...count,
        totals: total((p) => p.implemented.offset),
        description: 'Responsibility offsets applied (Art. 63, 69), from the records',
      },
      {
        header: CON.financialDone,
        ...money,
        totals: total((p) => p.implemented.financial),
        description: 'Transfers to the Union budget (Art. 64(1)), from the records',
      },
      {
        header: CON.alternativeDone,
        ...money,
        totals: total((p) => p.implemented.alternative),
        description: 'Alternative measures delivered at their jointly set value (Art. 65(1))',
      },
      {
        header: CON.relocationsLeft,
        ...count,
        totals: total((p) => p.relocationsRemaining),
        description: 'People to implement less people implemented, relocations first',
      },
      { header: CON.offsetsLeft, ...count, totals: total((p) => p.offsetsRemaining) },
      { header: CON.financialLeft, ...money, totals: total((p) => p.financialRemaining) },
      { header: CON.alternativeLeft, ...money, totals: total((p) => p.alternativeRemaining) },
      { header: CON.peopleProgress, ...share, totals: none },
      { header: CON.financialProgress, ...share, totals: none },
      { header: CON.alternativeProgress, ...share, totals: none },
      { header: CON.spread, ...share, totals: none },
      {
        header: CON.proportionate,
        role: 'computed',
        width: 13,
        totals: none,
        description:
          'Art. 60(3): "in proportion to their overall pledge"; the tool’s reading: every type to the same degree, within the tolerance',
      },
      {
        header: CON.offsetsOwed,
        ...count,
        totals: total((p) => p.relocationsRemaining),
        description:
          'Art. 63(5): at the benefitting state’s request, up to the relocations pledged and not implemented',
      },
      {
        header: CON.requested,
        role: 'input',
        width: 12,
        validation: { kind: 'list', values: ['Yes', 'No'] },
        totals: none,
        description:
          'Did a benefitting state request the alternative measures (Art. 65(1))? Empty: the records say',
      },
      {
        header: CON.converted,
        ...money,
        totals: sumOf(impl.yearEnd.contributing.map((y) => y.convertedToFinancialEur)),
        description:
          'Art. 57(4): alternative measures not requested become financial contributions',
      },
    ],
    rows,
  };
}

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
