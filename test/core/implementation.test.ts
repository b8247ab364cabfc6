/**
 * A hand-worked year of a small pool: four contributing states, four benefitting states (two
 * under search-and-rescue pressure, one with systemic shortcomings), twelve records. Every figure
 * below is worked by hand in the comments, from the articles quoted.
 */
import {
  assessImplementation,
  NO_AMOUNTS,
  type Amounts,
  type ContributionToImplement,
  type ImplementationInput,
  type RecordFindingCode,
} from '../../src/core';
import { record } from '../helpers/records';

const m = 1_000_000;
const amounts = (a: Partial<Amounts>): Amounts => ({ ...NO_AMOUNTS, ...a });
const contribution = (
  code: string,
  pledged: Partial<Amounts>,
  toImplement: Partial<Amounts> = pledged,
  alternativeRequested?: boolean,
): ContributionToImplement => ({
  code,
  pledged: amounts(pledged),
  toImplement: amounts(toImplement),
  ...(alternativeRequested === undefined ? {} : { alternativeRequested }),
});

export const HAND_WORKED: ImplementationInput = {
  year: 2026,
  states: ['DE', 'FR', 'NL', 'AT', 'IT', 'ES', 'EL', 'CY', 'MT'],
  contributions: [
    contribution('DE', { relocation: 1000, financial: 20 * m }),
    contribution('FR', { relocation: 500, alternative: 5 * m }, undefined, false),
    contribution('NL', { financial: 30 * m, alternative: 2 * m }, undefined, true),
    // Art. 60(3), third subparagraph: a full deduction (Art. 62), "not obliged to implement".
    contribution('AT', { relocation: 200 }, {}),
  ],
  benefitting: [
    { code: 'IT', systemicShortcomings: false, searchAndRescue: true },
    { code: 'ES', systemicShortcomings: false, searchAndRescue: true },
    { code: 'EL', systemicShortcomings: true, searchAndRescue: false },
    { code: 'CY', systemicShortcomings: false, searchAndRescue: false },
  ],
  needs: [
    { code: 'IT', type: 'relocation', level: 800 },
    { code: 'IT', type: 'financial', level: 20 * m },
    { code: 'IT', type: 'alternative', level: 1 * m },
    { code: 'ES', type: 'relocation', level: 400 },
    { code: 'ES', type: 'financial', level: 10 * m },
    { code: 'EL', type: 'relocation', level: 600 },
    { code: 'EL', type: 'financial', level: 15 * m },
    { code: 'CY', type: 'relocation', level: 450 },
    { code: 'CY', type: 'financial', level: 5 * m },
    { code: 'CY', type: 'alternative', level: 3 * m },
  ],
  sarShare: 0.3,
  records: [
    record('2026-07-15', 'DE', 'IT', 'relocation', 300),
    record('2026-08-01', 'DE', 'EL', 'relocation', 100),
    record('2026-09-01', 'DE', 'ES', 'offset', 200),
    record('2026-09-15', 'DE', '', 'financial', 20 * m),
    record('2026-10-01', 'FR', 'CY', 'relocation', 200),
    record('2026-10-10', 'NL', 'CY', 'alternative', 2 * m),
    record('2026-11-01', 'NL', 'IT', 'financial', 10 * m),
    record('2026-11-20', 'FR', 'MT', 'relocation', 10),
    record('2026-12-01', 'AT', 'IT', 'relocation', 20),
    record('2026-12-10', 'NL', 'IT', 'relocation', 5),
    record('2027-01-10', 'DE', 'IT', 'relocation', 50),
    record('2026-12-15', 'NL', '', 'financial', 25 * m),
  ],
};

const typedIn = (typed: ImplementationInput['typed']) =>
  assessImplementation({ ...HAND_WORKED, typed });
const cell = (r: ReturnType<typeof assessImplementation>, code: string, type: string) =>
  r.distribution.cells.find((c) => c.code === code && c.type === type)!;

describe('the distribution among benefitting states (Art. 60(1)–(2), 12(5), 57(2), 60(3))', () => {
  const r = assessImplementation(HAND_WORKED);

  it('proposes the SAR indicative percentage to the SAR states in proportion to their needs (Art. 12(5): "the indicative percentage of the Annual Solidarity Pool to be made available to those Member States")', () => {
    // People available: DE 1,000 + FR 500 = 1,500 (AT not obliged). 30 % = 450 for IT and ES,
    // whose needs are 800 + 400 = 1,200: 450 / 1,200 = 0.375 of each need: IT 300, ES 150.
    expect(r.distribution.byType.relocation.available).toBe(1500);
    expect(r.distribution.byType.relocation.sarReserved).toBe(450);
    expect(cell(r, 'IT', 'relocation').sarPart).toBe(300);
    expect(cell(r, 'ES', 'relocation').sarPart).toBe(150);
    expect(cell(r, 'CY', 'relocation').sarPart).toBe(0);
  });

  it('distributes the rest "in a balanced" way (Art. 60(2)): in proportion to the needs left, never beyond them', () => {
    // Rest 1,500 − 450 = 1,050; needs left IT 500, ES 250, CY 450 (EL none: systemic
    // shortcomings) = 1,200; 1,050 / 1,200 = 0.875: IT 437.5, ES 218.75, CY 393.75.
    expect(cell(r, 'IT', 'relocation').restPart).toBe(437.5);
    expect(cell(r, 'ES', 'relocation').restPart).toBe(218.75);
    expect(cell(r, 'CY', 'relocation').restPart).toBe(393.75);
    expect(cell(r, 'IT', 'relocation').proposal).toBe(737.5);
    expect(r.distribution.byType.relocation.distributed).toBe(1500);
    // Money: 50 M available, 15 M for the SAR states (needs 30 M: half each, IT 10 M, ES 5 M);
    // the rest, 35 M, covers the needs left (IT 10 M, ES 5 M, CY 5 M): 15 M stay undistributed.
    expect(cell(r, 'IT', 'financial').proposal).toBe(20 * m);
    expect(cell(r, 'CY', 'financial').proposal).toBe(5 * m);
    expect(r.distribution.byType.financial.undistributed).toBe(15 * m);
    // Alternative measures: 7 M available, 2.1 M reserved for IT's 1 M need: IT 1 M, CY 3 M.
    expect(cell(r, 'IT', 'alternative').proposal).toBe(1 * m);
    expect(cell(r, 'CY', 'alternative').proposal).toBe(3 * m);
  });

  it('proposes nothing towards a state with systemic shortcomings (Art. 60(3): contributing states "shall not be required to implement their pledges ... towards a benefitting Member State" where they were identified)', () => {
    expect(cell(r, 'EL', 'relocation')).toMatchObject({ need: 600, eligible: false, proposal: 0 });
    expect(cell(r, 'EL', 'financial').proposal).toBe(0);
  });

  it('takes a typed figure for its cell only, and says it was typed', () => {
    const t = typedIn([
      { code: 'EL', type: 'relocation', value: 150 },
      { code: 'IT', type: 'relocation', value: 587.5 },
    ]);
    expect(cell(t, 'EL', 'relocation')).toMatchObject({ distributed: 150, basis: 'typed' });
    expect(cell(t, 'IT', 'relocation')).toMatchObject({
      proposal: 737.5,
      distributed: 587.5,
      basis: 'typed',
    });
    expect(cell(t, 'ES', 'relocation')).toMatchObject({ distributed: 368.75, basis: 'computed' });
    expect(t.distribution.byType.relocation.undistributed).toBe(0);
  });
});

describe('implementation records and their checks', () => {
  const r = assessImplementation(HAND_WORKED);
  const findings = (i: number): RecordFindingCode[] => r.records[i]!.findings.map((f) => f.code);

  it('flags each record with the article it meets', () => {
    expect(r.records.map((x, i) => [i + 1, ...findings(i)])).toEqual([
      [1],
      [2, 'towards-systemic-shortcomings'],
      [3],
      [4],
      [5],
      [6],
      [7],
      // Malta is not benefitting (Art. 58(1), 59(4)).
      [8, 'towards-not-benefitting'],
      // Austria was granted a full deduction: nothing is to be implemented, 20 are beyond it.
      [9, 'beyond-pledge'],
      // The Netherlands pledged no people (Art. 57(1): "the specific pledges ... for each type").
      [10, 'no-pledge-of-type'],
      // 2027: after the year, so not in its January confirmation (Art. 60(6)).
      [11, 'outside-year'],
      // NL money: 10 M + 25 M = 35 M against 30 M + its 2 M of alternative measures: 3 M beyond.
      [12, 'beyond-pledge'],
    ]);
    expect(r.records[8]!.findings[0]).toEqual({
      code: 'beyond-pledge',
      article: 'Art. 60(3)',
      excess: 20,
    });
    expect(r.records[11]!.findings[0]).toMatchObject({ excess: 3 * m });
    expect(r.records[1]!.findings[0]!.article).toBe('Art. 60(3)');
  });
});

describe('each contributing state through the year (Art. 60(3))', () => {
  const r = assessImplementation(HAND_WORKED);
  const state = (code: string) => r.contributing.find((c) => c.code === code)!;

  it('counts offsets "instead of relocations" (Art. 63(1)) against the people pledged', () => {
    // DE: 300 + 100 + 50 relocated, 200 offsets: 650 of 1,000 people, 350 relocations remain.
    expect(state('DE').implemented).toEqual(
      amounts({ relocation: 450, offset: 200, financial: 20 * m }),
    );
    expect(state('DE').relocationsRemaining).toBe(350);
    expect(state('FR').relocationsRemaining).toBe(290);
  });

  it('reads "in proportion to their overall pledge" (Art. 60(3), second subparagraph) as every type implemented to the same degree', () => {
    // DE: people 650 / 1,000 = 0.65, money 20 M / 20 M = 1: a gap of 0.35, beyond the 0.1 tolerance.
    expect(state('DE').progress).toEqual({
      relocation: 0.65,
      financial: 1,
      alternative: undefined,
    });
    expect(state('DE').progressSpread).toBeCloseTo(0.35, 12);
    expect(state('DE').proportionate).toBe(false);
    // FR: people 210 / 500 = 0.42, alternative measures 0: not proportionate.
    expect(state('FR').proportionate).toBe(false);
    // NL: money (35 M of 30 M, at most 1) and alternative measures (2 M of 2 M) both complete.
    expect(state('NL').progress).toEqual({ relocation: undefined, financial: 1, alternative: 1 });
    expect(state('NL').proportionate).toBe(true);
  });
});

describe('the end of the year', () => {
  const r = typedIn([
    { code: 'EL', type: 'relocation', value: 150 },
    { code: 'IT', type: 'relocation', value: 587.5 },
  ]);
  const y = r.yearEnd;
  const contributing = (code: string) => y.contributing.find((c) => c.code === code)!;
  const benefitting = (code: string) => y.benefitting.find((c) => c.code === code)!;

  it('Art. 63(5): a state that "has not implemented its pledges ... shall, at the request of the benefitting Member State, take responsibility ... up to the number of relocations pledged"', () => {
    expect(contributing('DE').offsetsOwed).toBe(350);
    expect(contributing('FR').offsetsOwed).toBe(290);
    expect(contributing('AT').offsetsOwed).toBe(0);
    expect(y.offsetsOwed).toBe(640);
    // Benefitting states may request the people distributed to them and not received:
    // IT 587.5 − (300 + 20 + 5 + 50) = 212.5; ES 368.75 − 200 = 168.75; CY 393.75 − 200 = 193.75.
    expect(benefitting('IT').offsetsItMayRequest).toBe(212.5);
    expect(benefitting('ES').offsetsItMayRequest).toBe(168.75);
    expect(benefitting('CY').offsetsItMayRequest).toBe(193.75);
    expect(y.offsetsRequestable).toBe(575);
  });

  it('Art. 60(3): no offsets towards a state with systemic shortcomings, though 50 of its 150 typed are not received', () => {
    expect(r.benefitting.find((b) => b.code === 'EL')!.remaining.relocation).toBe(50);
    expect(benefitting('EL').offsetsItMayRequest).toBe(0);
  });

  it('Art. 57(4): alternative measures "not requested by the benefitting Member States in a given year ... shall be converted into financial contributions"', () => {
    // FR's EUR 5 M were not requested: converted. NL's 2 M were requested and delivered.
    expect(contributing('FR').convertedToFinancialEur).toBe(5 * m);
    expect(contributing('NL')).toMatchObject({
      convertedToFinancialEur: 0,
      alternativeToFinaliseEur: 0,
    });
    expect(y.convertedToFinancialEur).toBe(5 * m);
  });

  it('Art. 64(4): "where the amount ... is not fully allocated, the remaining amount may be added" to the AMIF thematic facility', () => {
    // 20 M + 30 M to implement + 5 M converted = 55 M; allocated 20 M + 10 M + 5 M = 35 M.
    expect(y.financialPoolEur).toBe(55 * m);
    expect(y.allocatedEur).toBe(35 * m);
    expect(y.notAllocatedEur).toBe(20 * m);
  });
});

describe('the January confirmation (Art. 60(6): "the levels of each solidarity measure implemented during the preceding year")', () => {
  const r = assessImplementation(HAND_WORKED);
  const of = (code: string) => r.confirmation.find((c) => c.code === code)!;

  it('counts the records dated in the year, as contributing and as benefitting state', () => {
    // DE: 300 + 100 relocations in 2026 (the 50 of January 2027 belong to the next), 200 offsets, 20 M.
    expect(of('DE')).toMatchObject({
      year: 2026,
      due: '2027-01',
      implemented: amounts({ relocation: 400, offset: 200, financial: 20 * m }),
    });
    expect(of('IT').received).toEqual(amounts({ relocation: 325, financial: 10 * m }));
    expect(of('MT').received).toEqual(amounts({ relocation: 10 }));
  });
});
