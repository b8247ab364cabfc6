import type { Art63CapReading, RoundResult } from '../../core';
import { summaryBlock } from '../blocks';
import { FORMAT } from '../format';
import { col, str } from '../formulas';
import { ART63_CONSEQUENCE, ART63_REQUEST, CAP_TEXT, MANDATORY_STATUS_TEXT } from '../roundWords';
import type { Block, Cell, DefinedName } from '../types';
import { AD_HOC_TABLE, BAL, BALANCE_TABLE } from './columns';
import { PARAMETER_NAMES as P } from './parameters';

export const ART63_FACTS_TABLE = 'Art63Facts';
export const ART63_TABLE = 'Art63';

/** Workbook names of the Art. 63 cells the Balance table's formulas use. */
export const ART63_NAMES = {
  forum: 'ForumReconvened',
  cap: 'Art63CapReading',
  requestMet: 'Art63RequestMet',
  target: 'Art63Target',
  requiredTowards: 'Art63RequiredTowards',
  status: 'Art63Status',
} as const;

const A = ART63_NAMES;
const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
const below = (b: boolean) => (b ? 'Below' : 'Reached');

/** The relocation pledges (Art. 63(1), (3)) and those to be implemented (Art. 63(4)), as sums. */
function relocationSums(adHoc: boolean): { pledged: string; toImplement: string } {
  const extra = adHoc ? `+SUM(${col(AD_HOC_TABLE, BAL.relocations)})` : '';
  return {
    pledged: `SUM(${col(BALANCE_TABLE, BAL.relocations)})${extra}`,
    toImplement: `SUMPRODUCT(${col(BALANCE_TABLE, BAL.relocations)},${col(BALANCE_TABLE, BAL.implementShare)})${extra}`,
  };
}

/**
 * The scenario facts the analyst sets on the Balance sheet, then Art. 63 in full, each paragraph on
 * its own number: (1) on the Commission proposal's, (3)(b) on the reference number, (3) only
 * following a reconvened Forum, (4) the same test on the pledges to be implemented.
 */
export function art63Blocks(round: RoundResult, capReading: Art63CapReading): Block[] {
  const a = round.art63;
  const m = a.mandatory;
  const sums = relocationSums(round.adHoc.length > 0);
  const pledges = `(${sums.pledged})`;
  const threshold = `${P.offsetThresholdShare}*${P.commissionRelocations}`;
  const shareThreshold = `${P.mandatoryShare}*${P.relocations}`;
  const anyBelow = `OR(${pledges}<${A.target},(${sums.toImplement})<${A.target})`;
  const status =
    `IF(${anyBelow},IF(${A.forum}="Yes",${str(MANDATORY_STATUS_TEXT.applies)},` +
    `${str(MANDATORY_STATUS_TEXT.conditional)}),${str(MANDATORY_STATUS_TEXT['not-applicable'])})`;
  const consequence = (s: keyof typeof ART63_CONSEQUENCE) => str(ART63_CONSEQUENCE[s]);
  const f = (formula: string, expected: number | string): Cell => ({ formula, expected });
  const findings = round.states.filter((s) => s.systemicShortcoming);
  const rows: Cell[][] = [
    ['Art. 63(1): relocation pledges', f(sums.pledged, a.request.pledges), '', ''],
    [
      'Art. 63(1): 50 % of the Commission proposal’s number',
      f(threshold, a.request.threshold),
      f(`IF(${pledges}>=${threshold},"Yes","No")`, yesNo(a.request.met)),
      f(
        `IF(${pledges}>=${threshold},${str(ART63_REQUEST.met)},${str(ART63_REQUEST.notMet)})`,
        a.request.met ? ART63_REQUEST.met : ART63_REQUEST.notMet,
      ),
    ],
    [
      'Art. 63(3)(a): the number of Art. 12(2)(a)',
      f(P.mandatoryFloor, m.floor),
      f(`IF(${pledges}<${P.mandatoryFloor},"Below","Reached")`, below(m.gross.belowFloor)),
      '',
    ],
    [
      'Art. 63(3)(b): 60 % of the reference number',
      f(shareThreshold, m.shareThreshold),
      f(`IF(${pledges}<${shareThreshold},"Below","Reached")`, below(m.gross.belowShare)),
      '',
    ],
    [
      'Art. 63(3): the target, the higher of (a) and (b)',
      f(`MAX(${P.mandatoryFloor},${shareThreshold})`, m.target),
      f(`IF(${pledges}<${A.target},"Below","Reached")`, below(m.gross.below)),
      'The relocation pledges set out in the Council implementing act against the target',
    ],
    [
      'Art. 63(4): relocation pledges to be implemented',
      f(sums.toImplement, m.net.pledges),
      f(`IF((${sums.toImplement})<${A.target},"Below","Reached")`, below(m.net.below)),
      'After deductions (Art. 61, 62), without the pledges of states not obliged (Art. 60(3))',
    ],
    [
      'Benefitting states towards which pledges are required',
      f(
        `COUNTIFS(${col(BALANCE_TABLE, BAL.benefitting)},"Yes",${col(BALANCE_TABLE, BAL.shortcomings)},"No")`,
        round.requiredTowards.length,
      ),
      '',
      findings.length > 0
        ? `Not required towards ${findings.map((s) => `${s.code} (${s.systemicShortcoming?.decision.reference ?? `Art. ${s.systemicShortcoming?.decision.article} decision`})`).join(', ')}: systemic shortcomings (Art. 60(3), fourth subparagraph)`
        : 'No finding of systemic shortcomings (Art. 60(3), fourth subparagraph)',
    ],
    [
      'Art. 63(3), (4): mandatory responsibility offsets',
      f(`SUM(${col(BALANCE_TABLE, BAL.mandatory)})`, round.mandatoryOffsetsTotal),
      f(status, MANDATORY_STATUS_TEXT[m.status]),
      f(
        `IF(${A.status}=${str(MANDATORY_STATUS_TEXT.applies)},${consequence('applies')},` +
          `IF(${A.status}=${str(MANDATORY_STATUS_TEXT.conditional)},${consequence('conditional')},${consequence('not-applicable')}))`,
        ART63_CONSEQUENCE[m.status],
      ),
    ],
    [
      'Offsets if Art. 63(3) applied, in all',
      f(
        `SUM(${col(BALANCE_TABLE, BAL.ifApplied)})`,
        round.states.reduce((x, s) => x + s.offsetsIfApplied, 0),
      ),
      '',
      'Split by fair share (the tool’s reading), each within the Art. 63(7) cap',
    ],
  ];
  const facts = summaryBlock(
    {
      name: ART63_FACTS_TABLE,
      columns: [
        { header: 'Scenario fact', role: 'label', width: 44 },
        {
          header: 'Value',
          role: 'input',
          width: 15,
          validation: {
            kind: 'list',
            values: ['Yes', 'No', CAP_TEXT['every-type'], CAP_TEXT['people-only']],
          },
        },
        { header: 'What it selects', role: 'label', width: 60 },
      ],
      rows: [
        [
          'High-Level Forum reconvened (Art. 13(4))',
          yesNo(m.reconvenedForum),
          'Yes or No. Art. 63(3) applies only "following the meeting of the High-Level Forum convened in accordance with Article 13(4)"',
        ],
        [
          'Art. 63(7): the cap at the fair share counts',
          CAP_TEXT[capReading],
          'every type (default): money and alternative measures count at equal value (Art. 56(2)); people only: relocations and offsets',
        ],
      ],
    },
    { below: true },
  );
  const table = summaryBlock(
    {
      name: ART63_TABLE,
      columns: [
        { header: 'The pool against Art. 63', role: 'label', width: 44 },
        {
          header: 'Value',
          role: 'computed',
          width: 15,
          numberFormat: FORMAT.decimal1,
          scope: 'pool',
        },
        { header: 'Result', role: 'computed', width: 15, scope: 'pool' },
        { header: 'Consequence', role: 'computed', width: 60, scope: 'pool' },
      ],
      rows,
    },
    { below: true },
  );
  return [facts, table];
}

/** The names the Balance table's formulas use, on the cells of the two blocks. */
export function art63Names(): DefinedName[] {
  const at = (name: string, table: string, row: number, column: string): DefinedName => ({
    name,
    sheet: 'Balance',
    table,
    row,
    column,
  });
  return [
    at(A.forum, ART63_FACTS_TABLE, 0, 'Value'),
    at(A.cap, ART63_FACTS_TABLE, 1, 'Value'),
    at(A.requestMet, ART63_TABLE, 1, 'Result'),
    at(A.target, ART63_TABLE, 4, 'Value'),
    at(A.requiredTowards, ART63_TABLE, 6, 'Value'),
    at(A.status, ART63_TABLE, 7, 'Result'),
  ];
}
