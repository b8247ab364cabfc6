import type {
  AlternativeRequested,
  AlternativeValueBasis,
  Art63CapReading,
  Art63SplitReading,
  MandatoryOffsetsStatus,
  NotObligedReason,
  NumberBasis,
  Position,
  TotalsRemark,
} from '../../../core';

/**
 * The core's facts in English words, for the workbook, the pane and the command line alike (one
 * wording each); engineer 18's catalogues take them over for French and German.
 */
export const NUMBER_BASIS_WORDS: Readonly<Record<NumberBasis, string>> = {
  'commission-proposal': 'the Commission proposal (Art. 12(2))',
  'council-act': 'the Council implementing act (Art. 57(1))',
};

export const FAIR_SHARE_BASIS_WORDS: Readonly<Record<NumberBasis, string>> = {
  'council-act':
    "Fair shares on the Council's reference numbers: the mandatory fair share (Art. 57(3)).",
  'commission-proposal':
    "No Council act yet: fair shares on the proposal's numbers, its indicative contributions (Art. 12(2), second subparagraph).",
};

export const POSITION_OF_STATE_WORDS: Readonly<Record<Position, string>> = {
  'not-obliged': 'Not obliged to implement',
  meets: 'Meets its fair share',
  shortfall: 'Shortfall',
  surplus: 'Surplus',
};

export const NOT_OBLIGED_WORDS: Readonly<Record<NotObligedReason, string>> = {
  'benefitting-58-1': 'Benefitting (Art. 58(1)): not obliged to implement (Art. 60(3))',
  'benefitting-59-4': 'Benefitting (Art. 59(4)): not obliged to implement (Art. 60(3))',
  'full-deduction-61': 'Full deduction (Art. 61): not obliged to implement (Art. 60(3))',
  'full-deduction-62': 'Full deduction (Art. 62): not obliged to implement (Art. 60(3))',
};

export const BENEFITTING_DEFAULT_WORDS =
  'Default: the states identified under migratory pressure (Art. 11) stand in for those declaring that they will use the pool (Art. 58(1)).';

export const MANDATORY_OFFSETS_WORDS: Readonly<Record<MandatoryOffsetsStatus, string>> = {
  'not-applicable':
    'Not applicable: the relocation pledges, gross and to be implemented, reach the higher of the two numbers (Art. 63(3), (4)).',
  conditional:
    'Conditional: the pledges are below the higher of the two numbers; mandatory offsets apply only following a High-Level Forum reconvened under Art. 13(4) (Art. 63(3)). No state owes offsets yet.',
  applies:
    'Applies: following the reconvened High-Level Forum (Art. 13(4)), contributing states take responsibility for applicants up to the higher of the two numbers (Art. 63(3), (4)), none beyond its fair share (Art. 63(7)).',
};

export const CAP_READING_WORDS: Readonly<Record<Art63CapReading, string>> = {
  'every-type':
    "The tool's reading of Art. 63(7): money and alternative measures already pledged count towards the fair share at equal value (Art. 56(2), recital 33).",
  'people-only':
    "The tool's reading of Art. 63(7): only relocations and offsets count towards the fair share.",
};

export const SPLIT_READING_WORDS: Readonly<Record<Art63SplitReading, string>> = {
  'fair-share':
    "The tool's reading of Art. 63(3): the target is shared among contributing states by fair share, less the people each already pledged.",
};

export const ALTERNATIVE_REQUESTED_WORDS: Readonly<Record<AlternativeRequested, string>> = {
  yes: 'Requested (Art. 65(1))',
  no: 'Not requested: converted into a financial contribution (Art. 57(4))',
  'not-yet': 'Not requested yet',
};

export const ALTERNATIVE_VALUE_WORDS: Readonly<Record<AlternativeValueBasis, string>> = {
  'set-jointly-65-1': 'value set jointly (Art. 65(1))',
  'indicated-57-4': 'value indicated by the pledging state (Art. 57(4))',
};

export const RATIO_WORDS =
  'One relocation is valued at the ratio of the Art. 12(2) numbers, EUR 20,000 by default: "the ratio between the numbers set out in paragraph 2, points (a) and (b), of this Article shall be maintained" (Art. 12(3); recital 15).';

export const NO_PROJECTED_NEED_WORDS =
  'Art. 12(4): no need for solidarity measures was indicated for the year, and the proposal takes this into account.';

const money = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** A remark of the core on the totals (pool.ts), in words. */
export function totalsRemarkWords(remark: TotalsRemark): string {
  switch (remark.code) {
    case 'below-art-12-minimum':
      return (
        'Below the Art. 12(2) minimum of a Commission proposal (30,000 relocations and EUR 600 million); ' +
        'the Council may adopt other totals (Art. 57(1)); in a year without projected need, Art. 12(4).'
      );
    case 'ratio-differs':
      return (
        `The totals imply EUR ${money(remark.impliedEurPerRelocation)} per relocation, not the EUR ` +
        `${money(remark.eurPerRelocation)} used to value people solidarity (Art. 12(3) keeps the ratio).`
      );
  }
}

/** The remarks on a set of totals, in words (the Pool and Methodology sheets' notes). */
export function totalsNotes(totals: { readonly remarks: readonly TotalsRemark[] }): string[] {
  return totals.remarks.map(totalsRemarkWords);
}

/** One reading of the text the tool makes, the parameter that selects it, and the value in force. */
export interface ReadingLine {
  readonly article: string;
  readonly reading: string;
  readonly parameter: string;
  readonly value: string;
}

/**
 * Every reading in force for a scenario, for the Methodology sheet and the pane: where the text
 * leaves a choice, what the tool does, and how to change it.
 */
export function readingsInForce(result: {
  readonly readings: { readonly art63Cap: Art63CapReading; readonly art63Split: Art63SplitReading };
  readonly benefittingStates: { readonly isDefault: boolean };
}): ReadingLine[] {
  return [
    {
      article: 'Art. 63(7)',
      reading: CAP_READING_WORDS[result.readings.art63Cap],
      parameter: 'Art. 63(7) cap (command line --art63-cap)',
      value: result.readings.art63Cap,
    },
    {
      article: 'Art. 63(3)',
      reading: SPLIT_READING_WORDS[result.readings.art63Split],
      parameter: 'Art. 63(3) split (one reading implemented)',
      value: result.readings.art63Split,
    },
    {
      article: 'Art. 63(4)',
      reading:
        'The tool\'s reading of Art. 63(4): "paragraph 3 ... also applies", so the test on the pledges to be implemented, too, needs a Forum reconvened under Art. 13(4).',
      parameter: 'Reconvened Forum (command line --reconvened-forum)',
      value: 'as Art. 63(3)',
    },
    {
      article: 'Art. 58(1)',
      reading: result.benefittingStates.isDefault
        ? BENEFITTING_DEFAULT_WORDS
        : 'The benefitting states as declared (Art. 58(1), 59(4)).',
      parameter: 'Benefitting (the Pledges column benefitting)',
      value: result.benefittingStates.isDefault ? 'default' : 'declared',
    },
    {
      article: 'Art. 61(1), 62(1)',
      reading:
        "The tool's reading: with pledges, a deduction reduces the pledge to be implemented; before pledging it may be anticipated on the fair share (as the Council's 2026 act did).",
      parameter: 'Deduction applies to (fair share or pledges)',
      value: 'pledges with a round, fair share without',
    },
    {
      article: 'Art. 57(3)',
      reading:
        "The tool's reading: a pledge within half a person (EUR 10,000 at the default ratio) of the fair share meets it, as the Council prints shares in whole persons; the exact value stays in the formulas.",
      parameter: 'none',
      value: 'half a person',
    },
    {
      article: 'Art. 60(3), fourth subparagraph',
      reading:
        "The tool's reading: the pools are not reduced for a state with systemic shortcomings (the distribution among benefitting states is the Coordinator's, Art. 60(2)); nothing is required towards it, and no mandatory offsets where it is the only benefitting state.",
      parameter: 'Systemic shortcomings (command line --systemic-shortcomings)',
      value: 'per benefitting state',
    },
    {
      article: 'Art. 57(4), 65(1)',
      reading:
        "The tool's reading: alternative measures not requested yet count as alternative measures at the value indicated (Art. 57(4)) until a value is set jointly (Art. 65(1)); those not requested count as financial contributions (Art. 57(4)).",
      parameter: 'Alternative requested (the Pledges column alternative_requested)',
      value: 'not yet, unless given',
    },
  ];
}
