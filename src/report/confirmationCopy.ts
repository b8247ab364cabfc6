import { stateName, type Confirmation, type Implementation } from '../core';
import { FORMAT } from './format';
import type { Cell, TableSpec, WorkbookSpec } from './types';

/** Art. 60(6), quoted in the copy: the law as law. */
export const ART_60_6 =
  '“Each year in January from 2025 and onwards, Member States shall confirm to the EU Solidarity Coordinator the levels of each solidarity measure implemented during the preceding year.” (Art. 60(6) AMMR)';

const MEASURES = [
  ['relocation', 'Relocations (persons; Art. 56(2)(a))', FORMAT.count],
  ['offset', 'Responsibility offsets (persons; Art. 56(2)(a), 63)', FORMAT.count],
  ['financial', 'Financial contributions (EUR; Art. 56(2)(b), 64)', FORMAT.euro],
  ['alternative', 'Alternative solidarity measures (EUR; Art. 56(2)(c), 65(1))', FORMAT.euro],
] as const;

/** Why no confirmation copy can be made for a state. */
export class ConfirmationCopyError extends Error {}

function confirmationTable(c: Confirmation): TableSpec {
  return {
    name: 'JanuaryConfirmation',
    totalsRow: false,
    columns: [
      { header: 'Solidarity measure', role: 'label', width: 56 },
      {
        header: `Implemented in ${c.year}`,
        role: 'data',
        width: 18,
        rowFormats: MEASURES.map((m) => m[2]),
        description: 'As contributing state, records dated in the year',
      },
      {
        header: `Received in ${c.year}`,
        role: 'data',
        width: 18,
        rowFormats: MEASURES.map((m) => m[2]),
        description: 'As benefitting state, records dated in the year',
      },
    ],
    rows: MEASURES.map(([type, words]): Cell[] => [words, c.implemented[type], c.received[type]]),
  };
}

/**
 * One delegation's January confirmation (Art. 60(6)) as a workbook of its own: the levels of each
 * solidarity measure the state implemented in the year (and received, where it benefits), as
 * values computed from the year's records, with nothing of any other state. The copy rules apply
 * on top of it (delegationCopy: a marking on every sheet and printed page, a Read me).
 */
export function confirmationSpec(
  impl: Implementation,
  code: string,
  properties: Pick<WorkbookSpec['properties'], 'generatedAt' | 'toolVersion'>,
): WorkbookSpec {
  const c = impl.confirmation.find((x) => x.code === code);
  if (!c) throw new ConfirmationCopyError(`${stateName(code)} does not take part in this pool.`);
  const name = stateName(code);
  return {
    sheets: [
      {
        name: 'January confirmation',
        freezeRows: 0,
        blocks: [
          {
            kind: 'title',
            text: `January confirmation of ${name} for ${c.year}, due in January ${c.year + 1}`,
          },
          { kind: 'text', text: ART_60_6 },
          {
            kind: 'text',
            tone: 'note',
            text: `The levels computed by Pact Solidarity for Excel from the records of ${c.year} (${impl.source}), for ${name} to check before confirming them to the EU Solidarity Coordinator.`,
          },
          { kind: 'table', table: confirmationTable(c) },
        ],
      },
    ],
    names: [],
    properties: {
      ...properties,
      title: `January confirmation (Art. 60(6)): ${name}, ${c.year}`,
      subject: 'Regulation (EU) 2024/1351 (AMMR), Art. 60(6)',
    },
  };
}
