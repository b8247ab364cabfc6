import {
  stateName,
  sum,
  type Art63CapReading,
  type RoundResult,
  type StateRound,
} from '../../core';
import { FORMAT } from '../format';
import { byCode, here, str } from '../formulas';
import {
  APPLIES_TO_TEXT,
  mayOfferText,
  OBLIGED_TEXT,
  obligationText,
  POSITION_TEXT,
} from '../roundWords';
import type { Block, Cell, ColumnSpec, SheetSpec, TableSpec } from '../types';
import { art63Blocks, ART63_NAMES as A } from './art63Block';
import { BAL, BALANCE_TABLE, POOL, POOL_TABLE } from './columns';
import { FAIR_SHARE_TABLE, FS } from './fairShareSheet';
import { PARAMETER_NAMES as P } from './parameters';
import { pledgedCells, pledgedColumns, adHocBlocks } from './pledgedColumns';
import { poolsBlock } from './poolsBlock';

export { BAL, BALANCE_TABLE } from './columns';

const B = BALANCE_TABLE;
const h = (column: string) => here(B, column);
const fromPool = (column: string) => byCode(B, POOL_TABLE, column);
const obliged = `${h(BAL.obliged)}=${str(OBLIGED_TEXT)}`;
const keep = `(1-${h(BAL.deduction)})`;
/** Relocations and offsets it will implement, and the value of all it will implement. */
const people = `(${h(BAL.relocations)}+${h(BAL.offsets)})*${h(BAL.implementShare)}`;
const implementedValue = `${h(BAL.pledged)}*${h(BAL.implementShare)}`;
/**
 * Art. 63(3) split by fair share (the tool's reading): its fair share of the target after its
 * deduction, less the people it implements; Art. 63(7): never beyond its fair share, counted in
 * people only or in every type at equal value (Art. 56(2)); under half a person is none.
 */
const part = `${h(BAL.fairShare)}*${A.target}*${keep}-${people}`;
const cap =
  `IF(${A.cap}="people only",${h(BAL.shareRelocations)}*${keep}-${people},` +
  `(${h(BAL.shareEur)}*${keep}-${implementedValue})/${P.eurPerRelocation})`;
const owed = `MIN(${part},${cap})`;

function row(s: StateRound, shortcomings: ReadonlySet<string>): Cell[] {
  const isObliged = s.obligation.obliged;
  const implementShare = !isObliged
    ? 0
    : s.deduction.appliesTo === 'pledges'
      ? 1 - s.deduction.share
      : 1;
  return [
    s.code,
    stateName(s.code),
    { formula: fromPool(POOL.benefitting), expected: s.benefitting ? 'Yes' : 'No' },
    { formula: fromPool(POOL.obliged), expected: obligationText(s.obligation.notObligedBecause) },
    s.benefitting ? (shortcomings.has(s.code) ? 'Yes' : 'No') : '',
    { formula: byCode(B, FAIR_SHARE_TABLE, FS.fairShare), expected: s.fairShare },
    { formula: fromPool(POOL.relocations), expected: s.share.relocations },
    { formula: fromPool(POOL.persons), expected: s.share.persons },
    { formula: fromPool(POOL.financial), expected: s.share.financialEur },
    ...pledgedCells(B, s),
    { formula: fromPool(POOL.deduction), expected: s.deduction.share },
    APPLIES_TO_TEXT[s.deduction.appliesTo],
    // Art. 60(3): nothing where not obliged; Art. 61(1), 62(1): a deduction on the pledges.
    {
      formula: `IF(${obliged},IF(${h(BAL.deductionOn)}=${str(APPLIES_TO_TEXT['fair-share'])},1,${keep}),0)`,
      expected: implementShare,
    },
    {
      formula: `IF(${h(BAL.deductionOn)}=${str(APPLIES_TO_TEXT['fair-share'])},${h(BAL.shareEur)}*${keep},${h(BAL.shareEur)})`,
      expected: s.dueValueEur,
    },
    {
      formula: `IF(${obliged},${h(BAL.pledged)}-${h(BAL.due)},"")`,
      expected: s.balanceEur ?? '',
    },
    // Within half a person of the share due meets it (the Council prints whole persons).
    {
      formula:
        `IF(NOT(${obliged}),${str(POSITION_TEXT['not-obliged'])},` +
        `IF(ABS(${h(BAL.balance)})<=${P.eurPerRelocation}/2+0.005,${str(POSITION_TEXT.meets)},` +
        `IF(${h(BAL.balance)}<0,${str(POSITION_TEXT.shortfall)},${str(POSITION_TEXT.surplus)})))`,
      expected: POSITION_TEXT[s.position],
    },
    // Art. 63(2)(a) the Art. 63(1) threshold reached, or (b) 50 % or more of its fair share as relocations.
    {
      formula:
        `IF(NOT(${obliged}),"",IF(${A.requestMet}="Yes","Yes, Art. 63(2)(a)",` +
        `IF(${h(BAL.relocations)}>=${P.ownFairShareShare}*${h(BAL.shareRelocations)},"Yes, Art. 63(2)(b)","No")))`,
      expected: mayOfferText(s.mayOfferOffsets, isObliged),
    },
    {
      formula:
        `IF(AND(${obliged},${A.status}<>"Not applicable",${A.requiredTowards}>0),` +
        `IF(${owed}<0.5,0,${owed}),0)`,
      expected: s.offsetsIfApplied,
    },
    // Art. 63(3): owed only following a reconvened High-Level Forum (Art. 13(4)).
    {
      formula: `IF(${A.status}="Applies",${h(BAL.ifApplied)},0)`,
      expected: s.mandatoryOffsets,
    },
  ];
}

/**
 * Each state's pledges against its fair share, who must implement them (Art. 60(3)), the three
 * pools and Art. 63 in full: native formulas over Pledges and Pool, so that an edited pledge, a
 * reconvened Forum or another Art. 63(7) reading recalculates without the add-in.
 */
export function balanceSheet(round: RoundResult, capReading: Art63CapReading): SheetSpec {
  const shortcomings = new Set(
    round.states.flatMap((s) => (s.systemicShortcoming ? [s.code] : [])),
  );
  const total = (f: (s: StateRound) => number) => ({
    kind: 'sum' as const,
    expected: sum(round.states.map(f)),
  });
  const none = { kind: 'none' } as const;
  const num = (
    header: string,
    format: string,
    width: number,
    description?: string,
  ): ColumnSpec => ({
    header,
    role: 'computed',
    width,
    numberFormat: format,
    ...(description ? { description } : {}),
  });
  const table: TableSpec = {
    name: B,
    totalsRow: true,
    columns: [
      { header: BAL.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      { header: BAL.state, role: 'label', width: 14, totals: none },
      { header: BAL.benefitting, role: 'computed', width: 11, totals: none },
      { header: BAL.obliged, role: 'computed', width: 30, totals: none },
      {
        header: BAL.shortcomings,
        role: 'label',
        width: 13,
        totals: none,
        description:
          'Yes: the Commission identified systemic shortcomings in this benefitting state; pledges and offsets towards it are not required (Art. 60(3))',
      },
      { ...num(BAL.fairShare, FORMAT.share, 11), totals: total((s) => s.fairShare) },
      {
        ...num(BAL.shareRelocations, FORMAT.decimal1, 12),
        totals: total((s) => s.share.relocations),
      },
      { ...num(BAL.persons, FORMAT.count, 11), totals: total((s) => s.share.persons) },
      { ...num(BAL.shareEur, FORMAT.euro, 16), totals: total((s) => s.share.financialEur) },
      ...pledgedColumns((f) => total((s) => f(s.pledged))),
      { ...num(BAL.deduction, FORMAT.percent, 10), totals: none },
      {
        header: BAL.deductionOn,
        role: 'label',
        width: 12,
        totals: none,
        description:
          'Pledges: the deduction reduces the pledge to be implemented (Art. 61(1), 62(1)); Fair share: anticipated on the fair share before pledging',
      },
      {
        ...num(
          BAL.implementShare,
          FORMAT.percent,
          11,
          'What of its pledges it must implement: 0 where not obliged (Art. 60(3))',
        ),
        totals: none,
      },
      {
        ...num(
          BAL.due,
          FORMAT.euro,
          16,
          'Its fair share in euros, less a deduction anticipated on it',
        ),
        totals: total((s) => s.dueValueEur),
      },
      {
        ...num(
          BAL.balance,
          FORMAT.euro,
          16,
          'Pledged − due, where obliged: negative is a shortfall',
        ),
        totals: total((s) => s.balanceEur ?? 0),
      },
      { header: BAL.position, role: 'computed', width: 24, totals: none },
      { header: BAL.mayOffer, role: 'computed', width: 16, scope: 'pool', totals: none },
      {
        ...num(
          BAL.ifApplied,
          FORMAT.decimal1,
          13,
          'What it would owe if Art. 63(3) applied: its fair share of the target less the people it implements, within the Art. 63(7) cap',
        ),
        scope: 'pool',
        totals: total((s) => s.offsetsIfApplied),
      },
      {
        ...num(
          BAL.mandatory,
          FORMAT.decimal1,
          13,
          'Owed only where Art. 63(3) applies, following a reconvened High-Level Forum',
        ),
        scope: 'pool',
        totals: total((s) => s.mandatoryOffsets),
      },
    ],
    rows: round.states.map((s) => row(s, shortcomings)),
  };
  const blocks: Block[] = [
    { kind: 'title', text: 'Balance of the pledging round: who must implement, Art. 63 in full' },
    {
      kind: 'text',
      text:
        'Pledged value = (relocations + responsibility offsets) × EUR per relocation + financial contributions + ' +
        'alternative measures (all of equal value, Art. 56(2)), against each obliged state’s fair share. ' +
        'Benefitting states and states granted a full deduction keep their fair share but are not obliged to ' +
        'implement (Art. 60(3)): no surplus or shortfall is shown for them.',
    },
    {
      kind: 'text',
      tone: 'note',
      text:
        'Set the High-Level Forum cell to Yes once the Council has reconvened it (Art. 13(4)): before that, Art. 63(3) ' +
        'is conditional and no state owes offsets. The Art. 63(7) cell selects the reading of the cap.',
    },
    { kind: 'blank' },
    { kind: 'table', table },
    poolsBlock('BalancePools', round, { beside: true }),
    ...art63Blocks(round, capReading),
    ...adHocBlocks(round),
  ];
  return { name: 'Balance', freezeRows: 5, blocks };
}
