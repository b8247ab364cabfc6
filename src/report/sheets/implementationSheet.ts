import type { Implementation } from '../../core';
import { FORMAT } from '../format';
import type { DefinedName, SheetSpec, TableSpec } from '../types';
import { benefittingTable, distributionTable } from './implementationBenefitting';
import { contributingTable } from './implementationContributing';
import { recordsTable } from './implementationRecords';
import { IMPL, IMPL_NAMES } from './implementationWords';
import { confirmationTable, yearEndTable } from './implementationYearEnd';

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
