import { STATES, stateName } from '../../core';
import { indicatorInfo, type IndicatorSet } from '../../data';
import { FORMAT } from '../format';
import type { SheetSpec, TableSpec } from '../types';

export const INDICATORS_TABLE = 'Indicators';
export const IND = {
  code: 'Code',
  state: 'State',
  indicator: 'Indicator',
  period: 'Period',
  value: 'Value',
  unit: 'Unit',
  flag: 'Flag',
  dataset: 'Dataset',
  release: 'Release',
  source: 'Source',
} as const;

const ORDER = new Map(STATES.map((s, i) => [s.code, i]));

/**
 * How a value shows: whole persons with thousands separators; million EUR to the tenth Eurostat
 * publishes; any other unit as General. Never `#,##0.##`, which shows 11,817,096 as "11,817,096.".
 */
function valueFormat(unit: string): string {
  if (unit.startsWith('persons')) return FORMAT.count;
  if (unit === 'million EUR') return FORMAT.decimal1;
  return 'General';
}

/** Every figure the workbook uses, one row per state, indicator and period, with where it came from. */
export function indicatorsSheet(data: IndicatorSet): SheetSpec {
  const rows = data.series.flatMap((s) => {
    const info = indicatorInfo(s.indicator);
    return [...s.observations.values()]
      .sort((a, b) => (ORDER.get(a.code) ?? 99) - (ORDER.get(b.code) ?? 99))
      .map((o) => [
        o.code,
        stateName(o.code),
        info.label,
        s.period,
        o.value,
        info.unit,
        o.flag ?? '',
        s.provenance.dataset,
        s.provenance.release,
        o.source ?? s.provenance.source,
      ]);
  });
  const table: TableSpec = {
    name: INDICATORS_TABLE,
    totalsRow: false,
    columns: [
      { header: IND.code, role: 'label', width: 7 },
      { header: IND.state, role: 'label', width: 14 },
      { header: IND.indicator, role: 'label', width: 36 },
      { header: IND.period, role: 'label', width: 9, numberFormat: FORMAT.text },
      {
        header: IND.value,
        role: 'data',
        width: 14,
        numberFormat: 'General',
        // Each row's format by its Unit column.
        rowFormats: rows.map((r) => valueFormat(r[5] as string)),
      },
      { header: IND.unit, role: 'label', width: 20 },
      {
        header: IND.flag,
        role: 'label',
        width: 6,
        description:
          'Eurostat flag: p provisional, e estimated, b break in series, d definition differs',
      },
      { header: IND.dataset, role: 'label', width: 40 },
      { header: IND.release, role: 'label', width: 14 },
      { header: IND.source, role: 'label', width: 60 },
    ],
    rows,
  };
  return {
    name: 'Indicators',
    freezeRows: 4,
    blocks: [
      { kind: 'title', text: `Indicators: ${data.label}` },
      {
        kind: 'text',
        tone: 'note',
        text:
          'Every figure the workbook uses, with its dataset, release and source. A change to a value here ' +
          'recalculates the fair shares and the pool. A missing value is a gap, never zero.',
      },
      { kind: 'blank' },
      { kind: 'table', table },
    ],
  };
}
