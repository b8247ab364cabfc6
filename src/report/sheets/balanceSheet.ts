import { ART_63_WORDS, positionOf, POSITION_WORDS } from '../words/solidarity';
import { stateName, sum, type PledgeRound, type PoolTotals } from '../../core';
import { summaryBlock } from '../blocks';
import { FORMAT } from '../format';
import { byCode, col, here, str } from '../formulas';
import type { Cell, SheetSpec, TableSpec } from '../types';
import { FAIR_SHARE_TABLE, FS } from './fairShareSheet';
import { PARAMETER_NAMES as P } from './parameters';
import { PLEDGE, PLEDGES_TABLE } from './pledgesSheet';
import { POOL, POOL_TABLE } from './poolSheet';

export const BALANCE_TABLE = 'Balance';
export const BAL = {
  code: 'Code',
  state: 'State',
  benefitting: 'Benefitting',
  fairShare: 'Fair share',
  relocations: 'Relocations',
  offsets: 'Responsibility offsets',
  financial: 'Financial (EUR)',
  alternative: 'Alternative measures (EUR)',
  pledged: 'Pledged value (EUR)',
  indicative: 'Indicative contribution (EUR)',
  due: 'Due after deduction (EUR)',
  balance: 'Balance (EUR)',
  position: 'Position',
  mayOffer: 'May offer offsets (Art. 63(2))',
  mandatory: 'Mandatory offsets (Art. 63(3))',
} as const;

const B = BALANCE_TABLE;
const pledged = (column: string) => byCode(B, PLEDGES_TABLE, column);
const relocationPledges = `SUM(${col(B, BAL.relocations)})`;
// Art. 63(3): below the share of the number OR below the floor; the target is the higher of the two.
const mandatoryTriggered = `OR(${relocationPledges}<${P.mandatoryShare}*${P.relocations},${relocationPledges}<${P.mandatoryFloor})`;
const mandatoryTarget = `MAX(${P.mandatoryShare}*${P.relocations},${P.mandatoryFloor})`;
const offsetsAllowed = `${relocationPledges}>=${P.offsetThresholdShare}*${P.relocations}`;

/**
 * Each state's pledged value against its indicative contribution, and the pool against the Art. 63
 * thresholds: native formulas over Pledges and Pool, so that an edited pledge recalculates without
 * the add-in.
 */
export function balanceSheet(round: PledgeRound, totals: PoolTotals): SheetSpec {
  const rows = round.rows.map((r): Cell[] => [
    r.code,
    stateName(r.code),
    { formula: pledged(PLEDGE.benefitting), expected: r.benefitting ? 'Yes' : 'No' },
    { formula: byCode(B, FAIR_SHARE_TABLE, FS.fairShare), expected: r.fairShare },
    { formula: pledged(PLEDGE.relocations), expected: r.pledge.relocations },
    { formula: pledged(PLEDGE.offsets), expected: r.pledge.offsets },
    { formula: pledged(PLEDGE.financial), expected: r.pledge.financialEur },
    { formula: pledged(PLEDGE.alternative), expected: r.pledge.alternativeEur },
    // Art. 56(2): all types of solidarity have equal value; people at EUR per relocation.
    {
      formula: `(${here(B, BAL.relocations)}+${here(B, BAL.offsets)})*${P.eurPerRelocation}+${here(B, BAL.financial)}+${here(B, BAL.alternative)}`,
      expected: r.pledgedValueEur,
    },
    { formula: byCode(B, POOL_TABLE, POOL.financial), expected: r.indicativeValueEur },
    { formula: byCode(B, POOL_TABLE, POOL.effectiveFinancial), expected: r.dueValueEur },
    { formula: `${here(B, BAL.pledged)}-${here(B, BAL.due)}`, expected: r.balanceEur },
    {
      formula:
        `IF(${here(B, BAL.benefitting)}="Yes",${str(POSITION_WORDS.benefitting)},` +
        `IF(ABS(${here(B, BAL.balance)})<0.005,${str(POSITION_WORDS.meets)},` +
        `IF(${here(B, BAL.balance)}<0,${str(POSITION_WORDS.shortfall)},${str(POSITION_WORDS.surplus)})))`,
      expected: positionOf(r),
    },
    // Art. 63(2): the pool threshold is met, or the state pledged half its own fair share.
    {
      formula: `IF(OR(${offsetsAllowed},${here(B, BAL.relocations)}>=${P.ownFairShareShare}*${byCode(B, POOL_TABLE, POOL.relocations)}),"Yes","No")`,
      expected: r.mayOfferOffsets ? 'Yes' : 'No',
    },
    // Art. 63(3): fair share of the target, capped at the fair share of the number, less the deduction
    // and the people already pledged; none for a benefitting state.
    {
      formula:
        `IF(AND(${here(B, BAL.benefitting)}<>"Yes",${mandatoryTriggered}),` +
        `MAX(0,MIN(${here(B, BAL.fairShare)}*${mandatoryTarget},${here(B, BAL.fairShare)}*${P.relocations})` +
        `*(1-${byCode(B, POOL_TABLE, POOL.deduction)})-(${here(B, BAL.relocations)}+${here(B, BAL.offsets)})),0)`,
      expected: r.mandatoryOffsets,
    },
  ]);
  const total = (f: (r: PledgeRound['rows'][number]) => number) => ({
    kind: 'sum' as const,
    expected: sum(round.rows.map(f)),
  });
  const money = { role: 'computed' as const, width: 16, numberFormat: FORMAT.euro };
  const table: TableSpec = {
    name: B,
    totalsRow: true,
    columns: [
      { header: BAL.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      { header: BAL.state, role: 'label', width: 14, totals: { kind: 'none' } },
      { header: BAL.benefitting, role: 'computed', width: 11, totals: { kind: 'none' } },
      {
        header: BAL.fairShare,
        role: 'computed',
        width: 11,
        numberFormat: FORMAT.share,
        totals: total((r) => r.fairShare),
      },
      {
        header: BAL.relocations,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.count,
        totals: total((r) => r.pledge.relocations),
      },
      {
        header: BAL.offsets,
        role: 'computed',
        width: 13,
        numberFormat: FORMAT.count,
        totals: total((r) => r.pledge.offsets),
      },
      { header: BAL.financial, ...money, totals: total((r) => r.pledge.financialEur) },
      { header: BAL.alternative, ...money, totals: total((r) => r.pledge.alternativeEur) },
      {
        header: BAL.pledged,
        ...money,
        totals: total((r) => r.pledgedValueEur),
        description:
          '(Relocations + offsets) × EUR per relocation + financial + alternative measures',
      },
      {
        header: BAL.indicative,
        ...money,
        totals: total((r) => r.indicativeValueEur),
        description: 'Fair share × the financial total (Art. 12(2))',
      },
      {
        header: BAL.due,
        ...money,
        totals: total((r) => r.dueValueEur),
        description: 'The indicative contribution less the deduction (Art. 61, 62)',
      },
      {
        header: BAL.balance,
        ...money,
        totals: total((r) => r.balanceEur),
        description: 'Pledged − due: negative is a shortfall',
      },
      { header: BAL.position, role: 'computed', width: 32, totals: { kind: 'none' } },
      {
        header: BAL.mayOffer,
        role: 'computed',
        width: 12,
        scope: 'pool',
        totals: { kind: 'none' },
      },
      {
        header: BAL.mandatory,
        role: 'computed',
        width: 13,
        numberFormat: FORMAT.count,
        scope: 'pool',
        totals: total((r) => r.mandatoryOffsets),
        description: 'When Art. 63(3) is triggered: offsets this state must take on',
      },
    ],
    rows,
  };

  const p = round.pool;
  const summary = summaryBlock(
    {
      name: 'PledgeSummary',
      columns: [
        { header: 'The pool against Art. 63', role: 'label', width: 44 },
        {
          header: 'Value',
          role: 'computed',
          width: 16,
          scope: 'pool',
          numberFormat: FORMAT.count,
          rowFormats: [
            undefined,
            FORMAT.percent1,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            FORMAT.euro,
            FORMAT.euro,
            FORMAT.euro,
          ],
        },
        { header: 'Consequence', role: 'computed', width: 110, scope: 'pool' },
      ],
      rows: [
        ['Relocation pledges', { formula: relocationPledges, expected: p.relocationPledges }, ''],
        [
          'Share of the pool’s relocation number',
          { formula: `${relocationPledges}/${P.relocations}`, expected: p.relocationPledgeShare },
          '',
        ],
        [
          'Art. 63(1): offsets may be requested from',
          { formula: `${P.offsetThresholdShare}*${P.relocations}`, expected: p.offsetThreshold },
          {
            formula: `IF(${offsetsAllowed},${str(ART_63_WORDS.offsetsMet)},${str(ART_63_WORDS.offsetsNotMet)})`,
            expected: p.offsetThresholdMet ? ART_63_WORDS.offsetsMet : ART_63_WORDS.offsetsNotMet,
          },
        ],
        [
          'Art. 63(3): target of mandatory offsets (higher of share and floor)',
          { formula: mandatoryTarget, expected: p.mandatoryTarget },
          {
            formula: `IF(${mandatoryTriggered},${str(ART_63_WORDS.mandatoryTriggered)},${str(ART_63_WORDS.mandatoryNotTriggered)})`,
            expected: p.mandatoryTriggered
              ? ART_63_WORDS.mandatoryTriggered
              : ART_63_WORDS.mandatoryNotTriggered,
          },
        ],
        [
          'Mandatory offsets in all',
          { formula: `SUM(${col(B, BAL.mandatory)})`, expected: p.mandatoryOffsetsTotal },
          '',
        ],
        [
          'Responsibility offsets pledged',
          { formula: `SUM(${col(B, BAL.offsets)})`, expected: p.offsetPledges },
          '',
        ],
        [
          'Relocations and offsets pledged',
          {
            formula: `SUM(${col(B, BAL.relocations)})+SUM(${col(B, BAL.offsets)})`,
            expected: p.relocationPledges + p.offsetPledges,
          },
          '',
        ],
        [
          'Pledged value (EUR)',
          { formula: `SUM(${col(B, BAL.pledged)})`, expected: p.pledgedValueEur },
          '',
        ],
        [
          'Reference pool (EUR)',
          {
            formula: `SUM(${col(POOL_TABLE, POOL.financial)})`,
            expected: sum(round.rows.map((r) => r.indicativeValueEur)),
          },
          '',
        ],
        [
          'Effective pool after deductions (EUR)',
          {
            formula: `SUM(${col(POOL_TABLE, POOL.effectiveFinancial)})`,
            expected: sum(round.rows.map((r) => r.dueValueEur)),
          },
          '',
        ],
      ],
    },
    { beside: true },
  );
  return {
    name: 'Balance',
    freezeRows: 5,
    blocks: [
      { kind: 'title', text: 'Balance of the pledging round (Art. 56–63)' },
      {
        kind: 'text',
        text:
          `Pledged value = (relocations + responsibility offsets) × EUR ${totals.eurPerRelocation.toLocaleString('en-GB')} ` +
          '+ financial contributions + alternative measures, against each state’s indicative contribution after its ' +
          'deduction. All types of solidarity have equal value (Art. 56(2)).',
      },
      {
        kind: 'text',
        tone: 'note',
        text: 'Benefitting states keep their fair share but are not obliged to deliver their pledges while they benefit.',
      },
      { kind: 'blank' },
      { kind: 'table', table },
      summary,
    ],
  };
}
