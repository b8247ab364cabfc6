/** The implementation sheet's table per contributing state (Art. 57, 60–62, 64). */
import { stateName, type Implementation } from '../../core';
import { byCode, here } from '../formulas';
import type { Cell, TableSpec } from '../types';
import { IMPL_NAMES, CON, REC, yesNo } from './implementationWords';
import { BAL, BALANCE_TABLE } from './columns';
import { pledgedFormulas } from './pledgedColumns';
import {
  C,
  count,
  money,
  share,
  sumOf,
  none,
  codeColumns,
  implemented,
  whole,
} from './implementationCells';

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
