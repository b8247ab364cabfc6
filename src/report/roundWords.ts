import type {
  Art63Assessment,
  MandatoryOffsetsStatus,
  NotObligedReason,
  Position,
  StateRound,
} from '../core';

/**
 * The words the workbook writes for the round's facts (Art. 60(3), 63). Formulas produce the same
 * texts, so a cell's words and the core's fact always agree; the pane shows them too.
 */
export const OBLIGED_TEXT = 'Obliged';

export const NOT_OBLIGED_TEXT: Readonly<Record<NotObligedReason, string>> = {
  'benefitting-58-1': 'Not obliged: benefitting (Art. 58(1), 60(3))',
  'benefitting-59-4': 'Not obliged: benefitting (Art. 59(4), 60(3))',
  'full-deduction-61': 'Not obliged: full deduction (Art. 61, 60(3))',
  'full-deduction-62': 'Not obliged: full deduction (Art. 62, 60(3))',
};

export function obligationText(reason: NotObligedReason | null): string {
  return reason === null ? OBLIGED_TEXT : NOT_OBLIGED_TEXT[reason];
}

/** A state's position against its fair share; none where it is not obliged (Art. 60(3)). */
export const POSITION_TEXT: Readonly<Record<Position, string>> = {
  'not-obliged': 'Not obliged to implement',
  meets: 'Meets its fair share',
  shortfall: 'Shortfall',
  surplus: 'Surplus',
};

/** Art. 63(2): the point under which a state may offer offsets. */
export function mayOfferText(point: StateRound['mayOfferOffsets'], obliged: boolean): string {
  if (!obliged) return '';
  return point === null ? 'No' : `Yes, Art. ${point}`;
}

/** Art. 63(3), (4): whether mandatory offsets apply. */
export const MANDATORY_STATUS_TEXT: Readonly<Record<MandatoryOffsetsStatus, string>> = {
  'not-applicable': 'Not applicable',
  conditional: 'Conditional',
  applies: 'Applies',
};

export const ART63_CONSEQUENCE: Readonly<Record<MandatoryOffsetsStatus, string>> = {
  'not-applicable':
    'The relocation pledges, and those to be implemented, reach the higher of the two numbers: no mandatory responsibility offsets (Art. 63(3), (4)).',
  conditional:
    'The pledges are below the target, but the High-Level Forum has not been reconvened under Art. 13(4): mandatory offsets would apply if pledges stay below after it (Art. 63(3)). No state owes offsets yet.',
  applies:
    'Following the reconvened High-Level Forum, the pledges are below the target: contributing states shall take responsibility for applicants up to it, each not beyond its fair share (Art. 63(3), (7)).',
};

export const ART63_REQUEST = {
  met: 'Met: a benefitting state may request other Member States to take responsibility for applicants instead of relocations (Art. 63(1)); any contributing state may offer it (Art. 63(2)(a)).',
  notMet:
    'Not met: benefitting states cannot request offsets (Art. 63(1)); a contributing state may offer them if it pledged 50 % or more of its mandatory fair share as relocations (Art. 63(2)(b)).',
} as const;

/** The Art. 63(7) readings as the Balance sheet's cell holds them. */
export const CAP_TEXT = { 'every-type': 'every type', 'people-only': 'people only' } as const;

/** What a deduction reduces (Art. 61(1), 62(1) deduct "pledged contributions"). */
export const APPLIES_TO_TEXT = { pledges: 'Pledges', 'fair-share': 'Fair share' } as const;

/** Art. 63 in words, each paragraph on its own number, the figures in the reader's format. */
export function art63Lines(a: Art63Assessment, count: (n: number) => string): string[] {
  const r = a.request;
  const m = a.mandatory;
  return [
    `Art. 63(1): ${count(r.pledges)} relocations pledged against 50 % of the Commission proposal’s ` +
      `${count(r.number)} (${count(r.threshold)}). ${r.met ? ART63_REQUEST.met : ART63_REQUEST.notMet}`,
    `Art. 63(3): the target is ${count(m.target)}, the higher of ${count(m.floor)} (Art. 12(2)(a)) ` +
      `and 60 % of the reference number (${count(m.shareThreshold)}); the pledges ` +
      `${m.gross.below ? 'are below it' : 'reach it'}. Art. 63(4): ${count(m.net.pledges)} to be ` +
      `implemented, ${m.net.below ? 'below it' : 'reaching it'}.`,
    ART63_CONSEQUENCE[m.status],
  ];
}

/** A state's obligation in a few words, for a narrow column. */
export const OBLIGATION_SHORT: Readonly<Record<NotObligedReason | 'obliged', string>> = {
  obliged: 'Yes',
  'benefitting-58-1': 'No: benefitting (58(1))',
  'benefitting-59-4': 'No: benefitting (59(4))',
  'full-deduction-61': 'No: full deduction (61)',
  'full-deduction-62': 'No: full deduction (62)',
};
