import {
  needTypeOf,
  pledgeCeiling,
  stateName,
  sum,
  type Amounts,
  type Implementation,
} from '../../core';
import { FORMAT } from '../format';
import { here, str } from '../formulas';
import type { Cell, DefinedName, SheetSpec, TableSpec } from '../types';
import {
  benefittingTable,
  contributingTable,
  distributionTable,
  sumWhere,
  whole,
} from './implementationTables';
import {
  CON,
  BEN,
  CONF,
  DIS,
  END,
  FINDING_WORDS,
  findingsText,
  IMPL,
  IMPL_NAMES,
  REC,
} from './implementationWords';

const R = IMPL.records;
const C = IMPL.contributing;
const DATE_FORMAT = 'yyyy-mm-dd';

/** An ISO date as Excel's serial number (1900 date system), so that the cell is a date, not text. */
export function excelDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function parametersTable(impl: Implementation): TableSpec {
  return {
    name: IMPL.parameters,
    totalsRow: false,
    columns: [
      {
        header: 'Year',
        role: 'input',
        width: 8,
        description:
          'The pool’s year: its records enter the January confirmation due the next January (Art. 60(6))',
      },
      {
        header: 'SAR indicative share',
        role: 'input',
        width: 12,
        numberFormat: FORMAT.percent1,
        validation: { kind: 'decimal', min: 0, max: 1 },
        description:
          'The indicative percentage of the pool for the search-and-rescue states (Art. 12(5), 57(2)); 0 where the act sets none',
      },
      {
        header: 'Proportionality tolerance',
        role: 'input',
        width: 14,
        numberFormat: FORMAT.percent1,
        validation: { kind: 'decimal', min: 0, max: 1 },
        description:
          'The widest gap between types still read as proportionate (Art. 60(3), the tool’s reading)',
      },
      { header: 'Records from', role: 'label', width: 60 },
    ],
    rows: [
      [impl.year, impl.distribution.sarShare, impl.rules.proportionalityTolerance, impl.source],
    ],
  };
}

function yearEndTable(impl: Implementation): TableSpec {
  const y = impl.yearEnd;
  const h = (c: string) => here(IMPL.yearEnd, c);
  const money = {
    role: 'computed' as const,
    width: 18,
    numberFormat: FORMAT.euro,
    scope: 'pool' as const,
  };
  const count = {
    role: 'computed' as const,
    width: 16,
    numberFormat: FORMAT.decimal1,
    scope: 'pool' as const,
  };
  return {
    name: IMPL.yearEnd,
    totalsRow: false,
    columns: [
      {
        header: END.offsetsOwed,
        ...count,
        description: 'Art. 63(5): relocations pledged and not implemented by the end of the year',
      },
      {
        header: END.offsetsRequestable,
        ...count,
        description:
          'Art. 63(5): people distributed and not received, none towards a state with systemic shortcomings (Art. 60(3))',
      },
      {
        header: END.converted,
        ...money,
        description:
          'Art. 57(4): alternative measures not requested, converted into financial contributions',
      },
      {
        header: END.financialPool,
        ...money,
        description: 'Financial contributions to implement plus the conversions',
      },
      {
        header: END.allocated,
        ...money,
        description: 'Financial contributions distributed to benefitting states (Art. 64(2))',
      },
      {
        header: END.notAllocated,
        ...money,
        description:
          'Art. 64(4): the amount not fully allocated may be added to the AMIF thematic facility',
      },
      {
        header: END.beyondPool,
        ...money,
        description:
          'Allocated beyond what the financial pool holds (Art. 57(1), 64(4): the amount allocated is the pool’s): above 0, the typed distribution must be corrected',
      },
    ],
    rows: [
      [
        { formula: `SUM(${whole(C, CON.offsetsOwed)})`, expected: y.offsetsOwed },
        {
          formula: `SUM(${whole(IMPL.benefitting, BEN.mayRequest)})`,
          expected: y.offsetsRequestable,
        },
        { formula: `SUM(${whole(C, CON.converted)})`, expected: y.convertedToFinancialEur },
        {
          formula: `SUM(${whole(C, CON.financialTo)})+${h(END.converted)}`,
          expected: y.financialPoolEur,
        },
        {
          formula: sumWhere(IMPL.distribution, DIS.distributed, [[DIS.type, '"financial"']]),
          expected: y.allocatedEur,
        },
        {
          formula: `MAX(0,${h(END.financialPool)}-${h(END.allocated)})`,
          expected: y.notAllocatedEur,
        },
        {
          formula: `MAX(0,${h(END.allocated)}-${h(END.financialPool)})`,
          expected: y.allocatedBeyondPoolEur,
        },
      ],
    ],
  };
}

function confirmationTable(impl: Implementation): TableSpec {
  const T = IMPL.confirmation;
  const inYear = (side: string, type: string, column: string) =>
    sumWhere(R, column, [
      [side, here(T, CONF.code)],
      [REC.type, str(type)],
      [REC.date, `">="&DATE(${here(T, CONF.year)},1,1)`],
      [REC.date, `"<"&DATE(${here(T, CONF.year)}+1,1,1)`],
    ]);
  const count = { role: 'computed' as const, width: 12, numberFormat: FORMAT.count };
  const money = { role: 'computed' as const, width: 15, numberFormat: FORMAT.euro };
  const sides = [
    [REC.contributing, 'implemented'],
    [REC.benefitting, 'received'],
  ] as const;
  return {
    name: T,
    totalsRow: false,
    columns: [
      { header: CONF.code, role: 'label', width: 7 },
      { header: CONF.state, role: 'label', width: 14 },
      { header: CONF.year, role: 'label', width: 7 },
      { header: CONF.relocations, ...count },
      { header: CONF.offsets, ...count },
      { header: CONF.financial, ...money },
      { header: CONF.alternative, ...money },
      { header: CONF.relocationsReceived, ...count },
      { header: CONF.offsetsReceived, ...count },
      { header: CONF.financialReceived, ...money },
      { header: CONF.alternativeReceived, ...money },
    ],
    rows: impl.confirmation.map((c): Cell[] => [
      c.code,
      stateName(c.code),
      c.year,
      ...sides.flatMap(([side, key]) =>
        (['relocation', 'offset', 'financial', 'alternative'] as const).map((type) => ({
          formula: inYear(
            side,
            type,
            type === 'relocation' || type === 'offset' ? REC.persons : REC.eur,
          ),
          expected: c[key][type],
        })),
      ),
    ]),
  };
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

function recordsTable(impl: Implementation): TableSpec {
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

/**
 * The pool through its year: per contributing state, per benefitting state, the distribution, the
 * year end and the January confirmation, all native formulas over the Pledges table and the
 * records at the bottom of the sheet (which grow as records are typed), so that Excel recalculates
 * with or without the add-in.
 */
export function implementationSheet(impl: Implementation): {
  sheet: SheetSpec;
  names: DefinedName[];
} {
  const sheet: SheetSpec = {
    name: 'Implementation',
    freezeRows: 1,
    blocks: [
      {
        kind: 'title',
        text: `The ${impl.year} pool through the year: distribution, implementation, year end (Art. 57–69)`,
      },
      {
        kind: 'text',
        text: 'Yellow cells are yours: the parameters, the findings on benefitting states, the needs they declared (Art. 58(2)), figures typed over the distribution, and the records at the bottom of the sheet. Add a record below the last one: every table recalculates.',
      },
      { kind: 'text', tone: 'note', text: `Records from ${impl.source}.` },
      {
        kind: 'text',
        tone: 'note',
        text: 'The tool’s readings (parameters above): the distribution gives the SAR indicative share of each type to the SAR states in proportion to their needs, the rest to every benefitting state in proportion to the need it has left, never beyond a need, nothing towards a state with systemic shortcomings (Art. 60(2), 12(5), 60(3)); "in proportion to their overall pledge" (Art. 60(3)) is read as every type implemented to the same degree, within the tolerance; Art. 63(5) offsets are the relocations pledged and not implemented, offsets applied counting instead of relocations (Art. 63(1)); alternative measures not requested and not delivered by the end of the year are converted (Art. 57(4)); the amount not allocated is the financial pool with the conversions, less the financial contributions distributed (Art. 64(4)).',
      },
      { kind: 'heading', text: 'Parameters' },
      { kind: 'table', table: parametersTable(impl) },
      {
        kind: 'heading',
        text: 'Each contributing state: pledged (Art. 57(1)), to implement (Art. 60(3)), implemented, remaining',
      },
      { kind: 'table', table: contributingTable(impl) },
      { kind: 'heading', text: 'Each benefitting state: distributed and received' },
      { kind: 'table', table: benefittingTable(impl) },
      {
        kind: 'heading',
        text: 'Distribution among benefitting states (Art. 60(1)–(2), 15(2)(c), 12(5)): the proposal, or the figure typed',
      },
      { kind: 'table', table: distributionTable(impl) },
      { kind: 'heading', text: 'At the end of the year (Art. 63(5), 57(4), 64(4))' },
      { kind: 'table', table: yearEndTable(impl) },
      {
        kind: 'heading',
        text: `January confirmation (Art. 60(6)): the levels implemented in ${impl.year}, due in January ${impl.year + 1}`,
      },
      { kind: 'table', table: confirmationTable(impl) },
      {
        kind: 'heading',
        text: 'Records: relocations (Art. 67, 68), offsets (Art. 63, 69), financial contributions (Art. 64), alternative measures (Art. 65(1))',
      },
      { kind: 'table', table: recordsTable(impl) },
    ],
  };
  const names = (
    [
      [IMPL_NAMES.year, 'Year'],
      [IMPL_NAMES.sarShare, 'SAR indicative share'],
      [IMPL_NAMES.tolerance, 'Proportionality tolerance'],
    ] as const
  ).map(([name, column]) => ({
    name,
    sheet: 'Implementation',
    table: IMPL.parameters,
    row: 0,
    column,
  }));
  return { sheet, names };
}
