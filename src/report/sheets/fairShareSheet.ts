import { stateName, sum, type ScenarioResult } from '../../core';
import { indicatorInfo, seriesOf, type IndicatorSet } from '../../data';
import { FORMAT } from '../format';
import { col, here, lookupOne, str } from '../formulas';
import type { SheetSpec, TableSpec } from '../types';
import { IND, INDICATORS_TABLE } from './indicatorsSheet';

export const FAIR_SHARE_TABLE = 'FairShare';
export const FS = {
  code: 'Code',
  state: 'State',
  population: 'Population',
  gdp: 'GDP (million EUR)',
  populationShare: 'Population share',
  gdpShare: 'GDP share',
  fairShare: 'Fair share',
} as const;

/** A value of the Indicators table for this row's state, or #N/A when it is missing or doubled. */
export function indicatorLookup(table: string, indicator: string): string {
  return lookupOne(col(INDICATORS_TABLE, IND.value), [
    [col(INDICATORS_TABLE, IND.code), here(table, 'Code')],
    [col(INDICATORS_TABLE, IND.indicator), str(indicatorInfo(indicator).label)],
  ]);
}

export function describeSeries(data: IndicatorSet, indicator: string): string {
  const s = seriesOf(data, indicator);
  if (!s) return `${indicatorInfo(indicator).label}: not loaded`;
  return `${indicatorInfo(indicator).label} ${s.period}: ${s.provenance.dataset}, release ${s.provenance.release}`;
}

/** Art. 66, Annex I: 50 % population and 50 % GDP over the participating states. */
export function fairShareSheet(result: ScenarioResult, data: IndicatorSet): SheetSpec {
  const t = FAIR_SHARE_TABLE;
  const rows = result.fairShares.map((f) => [
    f.code,
    stateName(f.code),
    { formula: indicatorLookup(t, 'population'), expected: f.population },
    { formula: indicatorLookup(t, 'gdp'), expected: f.gdp },
    {
      formula: `${here(t, FS.population)}/SUM(${col(t, FS.population)})`,
      expected: f.populationShare,
    },
    { formula: `${here(t, FS.gdp)}/SUM(${col(t, FS.gdp)})`, expected: f.gdpShare },
    // Annex I: the two shares weigh one half each.
    {
      formula: `0.5*${here(t, FS.populationShare)}+0.5*${here(t, FS.gdpShare)}`,
      expected: f.fairShare,
    },
  ]);
  const total = (pick: (f: (typeof result.fairShares)[number]) => number) =>
    sum(result.fairShares.map(pick));
  const table: TableSpec = {
    name: t,
    totalsRow: true,
    columns: [
      { header: FS.code, role: 'label', width: 7, totals: { kind: 'label', text: 'Total' } },
      { header: FS.state, role: 'label', width: 14, totals: { kind: 'none' } },
      {
        header: FS.population,
        role: 'computed',
        width: 14,
        numberFormat: FORMAT.count,
        totals: { kind: 'sum', expected: total((f) => f.population) },
        description: 'Population on 1 January, from the Indicators sheet',
      },
      {
        header: FS.gdp,
        role: 'computed',
        width: 16,
        numberFormat: FORMAT.decimal1,
        totals: { kind: 'sum', expected: total((f) => f.gdp) },
        description: 'GDP at current market prices, from the Indicators sheet',
      },
      {
        header: FS.populationShare,
        role: 'computed',
        scope: 'pool',
        width: 12,
        numberFormat: FORMAT.share,
        totals: { kind: 'sum', expected: total((f) => f.populationShare) },
      },
      {
        header: FS.gdpShare,
        role: 'computed',
        scope: 'pool',
        width: 12,
        numberFormat: FORMAT.share,
        totals: { kind: 'sum', expected: total((f) => f.gdpShare) },
      },
      {
        header: FS.fairShare,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.share,
        totals: { kind: 'sum', expected: total((f) => f.fairShare) },
        description: 'Annex I: 0.5 × population share + 0.5 × GDP share',
      },
    ],
    rows,
  };
  return {
    name: 'Fair share',
    freezeRows: 5,
    charts: [
      {
        title: 'Fair share by state (Annex I)',
        type: 'bar',
        table: t,
        categoryColumn: FS.state,
        valueColumns: [FS.fairShare],
      },
    ],
    blocks: [
      { kind: 'title', text: 'Fair share (Art. 66, Annex I)' },
      {
        kind: 'text',
        text:
          `Fair share = 0.5 × population / Σ population + 0.5 × GDP / Σ GDP, over the ` +
          `${result.participants.length} participating states; the shares sum to 100 %.`,
      },
      {
        kind: 'text',
        tone: 'note',
        text: `${describeSeries(data, 'population')}. ${describeSeries(data, 'gdp')}.`,
      },
      { kind: 'blank' },
      { kind: 'table', table },
    ],
  };
}
