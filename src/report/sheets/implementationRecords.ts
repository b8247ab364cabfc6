// The records at the bottom of the Implementation sheet: one row per relocation, offset,
// financial contribution or alternative measure implemented (Art. 63 to 69), each with what its
// contributing state pledged and has to implement of that type, what it implemented up to that
// day, and the tool's findings, as native formulas over the contributing states' table.
import { needTypeOf, pledgeCeiling, sum, type Amounts, type Implementation } from '../../core';
import { FORMAT } from '../format';
import { here, str } from '../formulas';
import type { Cell, TableSpec } from '../types';
import { C, R, sumWhere, whole } from './implementationCells';
import {
  CON,
  BEN,
  FINDING_WORDS,
  findingsText,
  IMPL,
  IMPL_NAMES,
  REC,
} from './implementationWords';

const DATE_FORMAT = 'yyyy-mm-dd';

/** An ISO date as Excel's serial number (1900 date system), so that the cell is a date, not text. */
export function excelDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Per record, by its type: people (relocations and offsets), money (with alternative measures), or alternative measures. */
function byGroup(
  h: (c: string) => string,
  people: string,
  financial: string,
  alternative: string,
): string {
  return `IF(OR(${h(REC.type)}="relocation",${h(REC.type)}="offset"),${people},IF(${h(REC.type)}="financial",${financial},${alternative}))`;
}

export function recordsTable(impl: Implementation): TableSpec {
  const h = (c: string) => here(R, c);
  const ofState = (column: string) => sumWhere(C, column, [[CON.code, h(REC.contributing)]]);
  const upTo = (column: string, type: string) =>
    sumWhere(R, column, [
      [REC.contributing, h(REC.contributing)],
      [REC.type, type],
      [REC.date, `"<="&${h(REC.date)}`],
    ]);
  const pledged = byGroup(
    h,
    `${ofState(CON.relocationsPledged)}+${ofState(CON.offsetsPledged)}`,
    `${ofState(CON.financialPledged)}+${ofState(CON.alternativePledged)}`,
    ofState(CON.alternativePledged),
  );
  const toImplement = byGroup(
    h,
    `${ofState(CON.relocationsTo)}+${ofState(CON.offsetsTo)}`,
    `${ofState(CON.financialTo)}+${ofState(CON.alternativeTo)}`,
    ofState(CON.alternativeTo),
  );
  const upToDate = byGroup(
    h,
    `${upTo(REC.persons, '"relocation"')}+${upTo(REC.persons, '"offset"')}`,
    upTo(REC.eur, h(REC.type)),
    upTo(REC.eur, h(REC.type)),
  );
  const flag = (test: string, code: keyof typeof FINDING_WORDS) =>
    `IF(${test},${str(`; ${FINDING_WORDS[code]}`)},"")`;
  const B = IMPL.benefitting;
  const check =
    `IF(${h(REC.contributing)}="","",MID(` +
    flag(
      `AND(${h(REC.benefitting)}<>"",COUNTIF(${whole(B, BEN.code)},${h(REC.benefitting)})=0)`,
      'towards-not-benefitting',
    ) +
    '&' +
    flag(
      `AND(${h(REC.benefitting)}<>"",COUNTIFS(${whole(B, BEN.code)},${h(REC.benefitting)},${whole(B, BEN.systemic)},"Yes")>0)`,
      'towards-systemic-shortcomings',
    ) +
    '&' +
    `IF(${h(REC.pledged)}=0,${str(`; ${FINDING_WORDS['no-pledge-of-type']}`)},${flag(`${h(REC.upToDate)}-${h(REC.toImplement)}>0.005`, 'beyond-pledge')})&` +
    flag(`YEAR(${h(REC.date)})<>${IMPL_NAMES.year}`, 'outside-year') +
    ',3,2000))';
  const ceilings = new Map(impl.contributions.map((c) => [c.code, c]));
  const rows = impl.records.map((r): Cell[] => {
    const c = ceilings.get(r.contributing);
    const people = r.type === 'relocation' || r.type === 'offset';
    const group = people ? ['relocation', 'offset'] : [r.type];
    const ceiling = (a: Amounts | undefined) => (a ? pledgeCeiling(a, needTypeOf(r.type)) : 0);
    const upToDateValue = sum(
      impl.records
        .filter(
          (o) => o.contributing === r.contributing && group.includes(o.type) && o.date <= r.date,
        )
        .map((o) => o.amount),
    );
    return [
      excelDate(r.date),
      r.contributing,
      r.benefitting,
      r.type,
      people ? r.amount : null,
      people ? null : r.amount,
      r.note ?? '',
      { formula: pledged, expected: ceiling(c?.pledged) },
      { formula: toImplement, expected: ceiling(c?.toImplement) },
      { formula: upToDate, expected: upToDateValue },
      { formula: check, expected: findingsText(r.findings) },
    ];
  });
  const empty: Cell[] = [
    null,
    '',
    '',
    '',
    null,
    null,
    '',
    { formula: pledged, expected: 0 },
    { formula: toImplement, expected: 0 },
    { formula: upToDate, expected: 0 },
    { formula: check, expected: '' },
  ];
  const pool = { scope: 'pool' as const };
  return {
    name: R,
    totalsRow: false,
    stateColumns: [REC.contributing, REC.benefitting],
    columns: [
      {
        header: REC.date,
        role: 'input',
        width: 11,
        numberFormat: DATE_FORMAT,
        description: 'The day it was implemented',
      },
      {
        header: REC.contributing,
        role: 'input',
        width: 12,
        description: 'The contributing state’s code',
      },
      {
        header: REC.benefitting,
        role: 'input',
        width: 12,
        description:
          'Towards whom; empty only for a financial contribution to the Union budget (Art. 64(1))',
      },
      {
        header: REC.type,
        role: 'input',
        width: 11,
        validation: { kind: 'list', values: ['relocation', 'offset', 'financial', 'alternative'] },
        description:
          'relocation (Art. 67, 68), offset (Art. 63, 69), financial (Art. 64), alternative (Art. 65(1))',
      },
      {
        header: REC.persons,
        role: 'input',
        width: 9,
        numberFormat: FORMAT.count,
        validation: { kind: 'decimal', min: 0 },
        description: 'Persons, for relocations and offsets',
      },
      {
        header: REC.eur,
        role: 'input',
        width: 14,
        numberFormat: FORMAT.euro,
        validation: { kind: 'decimal', min: 0 },
        description:
          'Euros, for financial contributions and alternative measures at their jointly set value (Art. 65(1))',
      },
      { header: REC.note, role: 'input', width: 40, wrap: true },
      { header: REC.pledged, role: 'computed', width: 14, numberFormat: FORMAT.euro, ...pool },
      {
        header: REC.toImplement,
        role: 'computed',
        width: 14,
        numberFormat: FORMAT.euro,
        ...pool,
        description:
          'People for relocations and offsets (Art. 63(1)); money with the alternative measures it may become (Art. 57(4))',
      },
      {
        header: REC.upToDate,
        role: 'computed',
        width: 14,
        numberFormat: FORMAT.euro,
        ...pool,
        description: 'The contributing state’s records of this type up to and including this date',
      },
      { header: REC.check, role: 'computed', width: 60, wrap: true, ...pool },
    ],
    rows: rows.length > 0 ? rows : [empty],
    emptyRow: empty,
  };
}
