import type { Block } from '../types';

/** One place where the Regulation leaves a choice to the reader, and how the tool reads it. */
export interface Reading {
  readonly point: string;
  readonly reading: string;
  /** The parameter that selects another reading (a cell, a CLI option), or why there is none. */
  readonly selectedBy: string;
  readonly basis: string;
}

/**
 * The readings of the text the figures rest on. Everything else the workbook computes is the
 * text of the Regulation, cited where it is applied.
 */
export const READINGS: readonly Reading[] = [
  {
    point: 'Value of one relocation',
    reading:
      'EUR 20,000: the ratio of the Art. 12(2) numbers (EUR 600 million / 30,000), which "shall be maintained" for higher numbers (Art. 12(3)); all types of solidarity are of equal value (Art. 56(2)), so a relocation or an offset counts at this value.',
    selectedBy: 'EurPerRelocation (Parameters); --eur-per-relocation',
    basis: 'Art. 12(3), 56(2), recital 15',
  },
  {
    point: 'Benefitting states',
    reading:
      'A state benefits when it declares that it will use the pool (Art. 58(1)) or is accepted on notification (Art. 59(4)). Until it declares, the states identified under migratory pressure (Art. 11) are taken as benefitting: a default, labelled as such.',
    selectedBy: 'Pledges[Benefitting]; the pledges file’s benefitting column',
    basis: 'Art. 58(1), 59(4), 60(3)',
  },
  {
    point: 'Split of the Art. 63(3) target',
    reading:
      'Each obliged contributing state takes its fair share of the target, less the people it already pledged (relocations and offsets), after its deduction.',
    selectedBy: 'No parameter: the tool’s reading',
    basis: 'Art. 63(3), 66; recital 31',
  },
  {
    point: 'Art. 63(7) cap at the fair share',
    reading:
      'No state takes responsibility beyond its fair share. By default every type of solidarity pledged counts towards it at equal value (Art. 56(2)); the other reading counts people only (relocations and offsets).',
    selectedBy: 'Art. 63(7) cap counts (Balance sheet)',
    basis: 'Art. 63(7), 56(2); recital 33',
  },
  {
    point: 'Value of alternative measures',
    reading:
      'The value set jointly by both states (Art. 65(1)) where it is known, else the value the pledging state indicated (Art. 57(4)). Measures the benefitting state did not request count as financial contributions (Art. 57(4), recital 19).',
    selectedBy:
      'Pledges[Alternative requested], Pledges[Value indicated], Pledges[Value set jointly]',
    basis: 'Art. 57(4), 65(1); recital 19',
  },
  {
    point: 'Meeting the fair share in whole persons',
    reading:
      'The Council prints each share in whole persons; a pledge within half a person (EUR 10,000 at the default ratio) of the share due meets it. The exact share stays in the formulas.',
    selectedBy: 'No parameter: the tool’s reading',
    basis: 'Art. 57(3)',
  },
];

/**
 * The readings as lines under their heading: text runs across the sheet's columns, whose widths the
 * Parameters and Sources tables set.
 */
export function readingsBlocks(readings: readonly Reading[] = READINGS): Block[] {
  return [
    { kind: 'heading', text: 'Readings of the text: each the tool’s, each with what selects it' },
    ...readings.map((r): Block => ({
      kind: 'text',
      text: `${r.point} (${r.basis}): ${r.reading} Selected by: ${r.selectedBy}.`,
    })),
  ];
}
