// The Implementation sheet's closing tables: the year end (Art. 63(5), 57(4), 64(4)) and the
// January confirmation of the levels implemented (Art. 60(6)), native formulas over the
// contributing and benefitting states' tables, the distribution and the records.
import { stateName, type Implementation } from '../../core';
import { FORMAT } from '../format';
import { here, str } from '../formulas';
import type { Cell, TableSpec } from '../types';
import { C, R, count, money, sumWhere, whole } from './implementationCells';
import { CON, BEN, CONF, DIS, END, IMPL, REC } from './implementationWords';

export function yearEndTable(impl: Implementation): TableSpec {
  const y = impl.yearEnd;
  const h = (c: string) => here(IMPL.yearEnd, c);
  const poolMoney = {
    role: 'computed' as const,
    width: 18,
    numberFormat: FORMAT.euro,
    scope: 'pool' as const,
  };
  const poolCount = {
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
        ...poolCount,
        description: 'Art. 63(5): relocations pledged and not implemented by the end of the year',
      },
      {
        header: END.offsetsRequestable,
        ...poolCount,
        description:
          'Art. 63(5): people distributed and not received, none towards a state with systemic shortcomings (Art. 60(3))',
      },
      {
        header: END.converted,
        ...poolMoney,
        description:
          'Art. 57(4): alternative measures not requested, converted into financial contributions',
      },
      {
        header: END.financialPool,
        ...poolMoney,
        description: 'Financial contributions to implement plus the conversions',
      },
      {
        header: END.allocated,
        ...poolMoney,
        description: 'Financial contributions distributed to benefitting states (Art. 64(2))',
      },
      {
        header: END.notAllocated,
        ...poolMoney,
        description:
          'Art. 64(4): the amount not fully allocated may be added to the AMIF thematic facility',
      },
      {
        header: END.beyondPool,
        ...poolMoney,
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

export function confirmationTable(impl: Implementation): TableSpec {
  const T = IMPL.confirmation;
  const inYear = (side: string, type: string, column: string) =>
    sumWhere(R, column, [
      [side, here(T, CONF.code)],
      [REC.type, str(type)],
      [REC.date, `">="&DATE(${here(T, CONF.year)},1,1)`],
      [REC.date, `"<"&DATE(${here(T, CONF.year)}+1,1,1)`],
    ]);
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
