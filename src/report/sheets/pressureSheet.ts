import {
  categoriesOf,
  describeCategories,
  stateName,
  type PressureResult,
  type ScenarioResult,
} from '../../core';
import { gapsOf, indicatorInfo, seriesOf, type IndicatorSet } from '../../data';
import { FORMAT } from '../format';
import { byCode, col, here, str } from '../formulas';
import { notesRow } from '../blocks';
import type { Cell, ColumnSpec, SheetSpec, TableSpec } from '../types';
import { describeSeries, FAIR_SHARE_TABLE, FS, indicatorLookup } from './fairShareSheet';

export const PRESSURE_TABLE = 'Pressure';
export const WEIGHTS_TABLE = 'PressureWeights';

export function pressureColumns(indicator: string, period: string) {
  const short = indicatorInfo(indicator).short;
  return {
    value: `${short} ${period}`,
    share: `Share: ${short}`,
    score: `Score: ${short}`,
  };
}

/**
 * Each state's share of the participants' total of each indicator, divided by its fair share, and
 * the weighted combination. Only indicators that cover every participant get scores: with a gap the
 * total, hence every share, is unknown.
 */
export function pressureSheet(
  result: ScenarioResult,
  data: IndicatorSet,
  pressure: PressureResult,
): SheetSpec {
  const t = PRESSURE_TABLE;
  const complete = pressure.indicators.filter((i) => i.missing.length === 0);
  const incomplete = pressure.indicators.filter((i) => i.missing.length > 0);
  const periodOf = (id: string) => seriesOf(data, id)?.period ?? '';
  const weighted = complete.filter((i) => (pressure.weights.get(i.id) ?? 0) > 0);

  const columns: ColumnSpec[] = [
    { header: 'Code', role: 'label', width: 7 },
    { header: 'State', role: 'label', width: 14 },
    { header: 'Commission finding (Art. 11)', role: 'label', width: 30 },
    { header: 'Fair share', role: 'computed', width: 11, numberFormat: FORMAT.share },
  ];
  for (const ind of complete) {
    const c = pressureColumns(ind.id, periodOf(ind.id));
    columns.push(
      { header: c.value, role: 'computed', width: 14, numberFormat: FORMAT.count },
      { header: c.share, role: 'computed', width: 12, numberFormat: FORMAT.share, scope: 'pool' },
      {
        header: c.score,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.score,
        description: 'Share of the participants’ total ÷ fair share; 1.00 is proportionate',
      },
    );
  }
  if (weighted.length > 0) {
    columns.push({
      header: 'Combined score',
      role: 'computed',
      width: 12,
      numberFormat: FORMAT.score,
      description: 'Weighted mean of the scores (weights in the table beside)',
    });
  }

  const totalWeight = `SUM(${col(WEIGHTS_TABLE, 'Weight')})`;
  const rows = result.fairShares.map((f) => {
    const cells: Cell[] = [
      f.code,
      stateName(f.code),
      describeCategories(categoriesOf(result.categories, f.code)),
      {
        formula: byCode(t, FAIR_SHARE_TABLE, FS.fairShare),
        expected: f.fairShare,
      },
    ];
    for (const ind of complete) {
      const c = pressureColumns(ind.id, periodOf(ind.id));
      const s = ind.byState.get(f.code);
      cells.push(
        {
          formula: indicatorLookup(t, ind.id),
          expected: seriesOf(data, ind.id)?.observations.get(f.code)?.value ?? 0,
        },
        { formula: `${here(t, c.value)}/SUM(${col(t, c.value)})`, expected: s?.share ?? 0 },
        { formula: `${here(t, c.share)}/${here(t, 'Fair share')}`, expected: s?.score ?? 0 },
      );
    }
    if (weighted.length > 0) {
      const terms = weighted.map((ind) => {
        const c = pressureColumns(ind.id, periodOf(ind.id));
        return `SUMIFS(${col(WEIGHTS_TABLE, 'Weight')},${col(WEIGHTS_TABLE, 'Weighted indicator')},${str(c.value)})*${here(t, c.score)}`;
      });
      cells.push({
        formula: `(${terms.join('+')})/${totalWeight}`,
        expected: pressure.combined.get(f.code) ?? 0,
      });
    }
    return cells;
  });

  const table: TableSpec = { name: t, totalsRow: false, columns, rows };
  const weights: TableSpec = {
    name: WEIGHTS_TABLE,
    totalsRow: false,
    columns: [
      { header: 'Weighted indicator', role: 'label', width: 30 },
      {
        header: 'Weight',
        role: 'input',
        width: 10,
        numberFormat: 'General', // a weight of 1 or 0.5; '0.##' showed "1."
        validation: { kind: 'decimal', min: 0 },
        description: 'The analyst’s weight in the combined score; 0 leaves the indicator out',
      },
      { header: 'Basis', role: 'label', width: 14 },
    ],
    rows: weighted.map((ind) => [
      pressureColumns(ind.id, periodOf(ind.id)).value,
      pressure.weights.get(ind.id) ?? 1,
      indicatorInfo(ind.id).basis,
    ]),
  };

  const gapNotes = incomplete.map((ind) => {
    const s = seriesOf(data, ind.id);
    const missing = s ? gapsOf(s, result.participants) : ind.missing;
    return (
      `${indicatorInfo(ind.id).label} ${s?.period ?? ''}: no value for ${missing.length} of ` +
      `${result.participants.length} participants (${missing.join(', ')}), so no shares or scores.`
    );
  });
  if (gapNotes.length > 0) gapNotes.push('Load a complete extract or fetch it from Eurostat.');
  return {
    name: 'Pressure',
    freezeRows: 6,
    blocks: [
      { kind: 'title', text: 'Migratory pressure relative to the fair share (Art. 9–11)' },
      {
        kind: 'text',
        text:
          'Score = the state’s share of the participants’ total of an indicator ÷ its fair share: 1.00 is ' +
          'exactly proportionate, 2.00 twice its share. No thresholds are published; the Commission’s ' +
          'findings (Art. 11) are decisions, shown as made and never computed.',
      },
      {
        kind: 'text',
        tone: 'note',
        text:
          pressure.indicators.map((i) => describeSeries(data, i.id)).join('. ') ||
          'No pressure indicator is loaded.',
      },
      notesRow(gapNotes),
      { kind: 'blank' },
      { kind: 'table', table },
      ...(weighted.length > 0 ? [{ kind: 'table' as const, table: weights, beside: true }] : []),
    ],
  };
}
