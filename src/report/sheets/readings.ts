import type { ScenarioResult } from '../../core';
import type { Block } from '../types';
import { readingsInForce, type ReadingLine } from '../words/solidarity';

/** Where the workbook itself lets the analyst select a reading or a scenario fact. */
const IN_THE_WORKBOOK: Readonly<Record<string, string>> = {
  'Art. 63(7)': 'the Art. 63(7) cell on the Balance sheet',
  'Art. 63(4)': 'the High-Level Forum cell on the Balance sheet',
  'Art. 58(1)': 'the Benefitting column of the Pledges table',
  'Art. 57(4), 65(1)': 'the Pledges table’s columns on alternative measures',
};

/** The value of one relocation: the ratio the Regulation keeps (Art. 12(3)), a parameter. */
const RATIO_READING: ReadingLine = {
  article: 'Art. 12(3), 56(2)',
  reading:
    'One relocation, and one responsibility offset, is valued at EUR 20,000: the ratio of the Art. 12(2) numbers (EUR 600 million / 30,000), which "shall be maintained" for higher numbers (Art. 12(3)); all types of solidarity are of equal value (Art. 56(2)).',
  parameter: 'EurPerRelocation in the Parameters (command line --eur-per-relocation)',
  value: 'EUR 20,000 unless set',
};

/**
 * Every reading of the text the figures rest on, with what selects it and the value in force (the
 * readings the command line and the pane state too). Lines under a heading: text runs across the
 * sheet's columns, whose widths the Parameters and Sources tables set.
 */
export function readingsBlocks(
  result: Pick<ScenarioResult, 'readings' | 'benefittingStates'>,
): Block[] {
  const lines = [RATIO_READING, ...readingsInForce(result)];
  return [
    { kind: 'heading', text: 'Readings of the text: each the tool’s, each with what selects it' },
    ...lines.map((r): Block => {
      const cell = IN_THE_WORKBOOK[r.article];
      return {
        kind: 'text',
        text: `${r.article}: ${r.reading} Selected by: ${r.parameter}${cell ? `, or ${cell}` : ''}; in force: ${r.value}.`,
      };
    }),
  ];
}
