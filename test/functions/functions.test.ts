import {
  computeFairShares,
  computePressure,
  DEFAULT_EUR_PER_RELOCATION,
  DEFAULT_OFFSET_RULES,
  DEFAULT_PARTICIPANTS,
  type FairShare,
} from '../../src/core';
import {
  DEFAULT_VINTAGE,
  figureLookup,
  loadVintage,
  pressureIndicators,
  vintageIds,
} from '../../src/data';
import { setActiveIndicatorSet } from '../../src/functions/activeData';
import {
  art63Status,
  contribution,
  fairShare,
  offsetCount,
  offsetValue,
  pressureScore,
  source,
} from '../../src/functions/functions';
import { installCustomFunctionsStub } from './customFunctionsStub';
import { cell, shown } from './excelErrors';

// Excel passes an omitted optional argument as null, a single cell as [[x]] to a matrix parameter.
const _ = null as never;

function sharesOf(vintage: string): Map<string, FairShare> {
  const figures = figureLookup(loadVintage(vintage));
  return new Map(
    computeFairShares(
      DEFAULT_PARTICIPANTS.map((code) => ({ code, ...figures(code) }) as never),
    ).map((f) => [f.code, f]),
  );
}

const REFERENCE = sharesOf('2026-reference');
const LATEST = sharesOf(DEFAULT_VINTAGE);
const column = (...values: unknown[]) => values.map((v) => [v]);

beforeAll(() => {
  installCustomFunctionsStub();
  setActiveIndicatorSet(undefined);
});

describe('EUPACT.FAIRSHARE (Art. 66, Annex I)', () => {
  // Hand-worked: population 50/30/20 of 100, GDP 60/20/20 of 100.
  //   0.5 × 0.50 + 0.5 × 0.60 = 0.55;  0.5 × 0.30 + 0.5 × 0.20 = 0.25;  0.5 × 0.20 + 0.5 × 0.20 = 0.20
  const pops = column(50, 30, 20);
  const gdps = column(60, 20, 20);

  it('computes one state from its figures and the participants’ columns', () => {
    expect(fairShare([[30]], [[20]], pops, gdps)).toEqual([[0.25]]);
    expect(fairShare([[50]], [[60]], pops, gdps)[0]![0]).toBeCloseTo(0.55, 15);
  });

  it('spills a column from the two columns alone, totals over the given rows', () => {
    const result = fairShare(pops, gdps, _, _);
    expect(result).toHaveLength(3);
    expect(result.every((row) => row.length === 1)).toBe(true);
    expect(result.map((r) => r[0])).toEqual([0.55, 0.25, 0.2].map((x) => expect.closeTo(x, 15)));
  });

  it('keeps the shape of a row, and of ranges given with the columns', () => {
    expect(fairShare([[50, 30, 20]], [[60, 20, 20]], _, _)).toEqual([
      [expect.closeTo(0.55, 15), expect.closeTo(0.25, 15), expect.closeTo(0.2, 15)],
    ]);
    expect(fairShare(column(30, 20), column(20, 20), pops, gdps)).toEqual([
      [expect.closeTo(0.25, 15)],
      [expect.closeTo(0.2, 15)],
    ]);
  });

  it('looks a country code up on the active data (the default vintage when nothing is loaded)', () => {
    expect(fairShare([['DE']], _, _, _)).toEqual([[LATEST.get('DE')!.fairShare]]);
  });

  it('looks a country code up in a named bundled dataset, GR standing for EL', () => {
    // Population 1 January 2024 (demo_pjan) and GDP 2024: the vintage once called 2026-reference.
    expect(fairShare([['DE']], [['population-2024-pjan']], _, _)[0]![0]).toBeCloseTo(
      0.2169029047,
      10,
    );
    expect(fairShare([['gr']], [['2026-reference']], _, _)).toEqual([
      [REFERENCE.get('EL')!.fairShare],
    ]);
    // The dataset as a plain string (a scalar) and as an empty cell ([[null]]) work too.
    expect(fairShare([[' fr ']], '2026-reference' as never, _, _)).toEqual([
      [REFERENCE.get('FR')!.fairShare],
    ]);
    expect(fairShare([['FR']], [[null]], _, _)).toEqual([[LATEST.get('FR')!.fairShare]]);
  });

  it('spills a range of codes, each bad code its own error', () => {
    const result = fairShare(column('DE', 'IT', 'DK', 'XX', null, 7, 'NO'), _, _, _).map((r) =>
      cell(r[0]),
    );
    expect(result.slice(0, 2)).toEqual([LATEST.get('DE')!.fairShare, LATEST.get('IT')!.fairShare]);
    expect(result[2]).toEqual({
      code: '#N/A',
      message:
        'population_or_code, row 3: Denmark (DK) is not a participating state: Denmark does not ' +
        'take part in solidarity (Protocol No 22).',
    });
    expect(result[3]).toEqual({
      code: '#VALUE!',
      message: expect.stringMatching(/^population_or_code, row 4: unknown country code "XX"/),
    });
    expect(result[4]).toEqual({
      code: '#N/A',
      message: 'population_or_code, row 5 is empty: give a country code such as "DE".',
    });
    expect(result[5]).toEqual({
      code: '#VALUE!',
      message:
        'population_or_code, row 6 is the number 7 where a country code such as "DE" belongs.',
    });
    expect(result[6]).toEqual({
      code: '#N/A',
      message: expect.stringMatching(/Norway \(NO\) is not a participating state.*Art\. 13\(1\)/),
    });
  });

  it('shows #N/A for a single non-participating state, with the reason', () => {
    expect(shown(() => fairShare([['DK']], _, _, _))).toEqual({
      code: '#N/A',
      message:
        'population_or_code: Denmark (DK) is not a participating state: Denmark does not take part ' +
        'in solidarity (Protocol No 22).',
    });
  });

  it.each([
    [
      'a negative population',
      () => fairShare([[-30]], [[20]], pops, gdps),
      '#VALUE!',
      'population_or_code must be above zero, got -30.',
    ],
    [
      'text where a number belongs',
      () => fairShare([['many']], [[20]], pops, gdps),
      '#VALUE!',
      'population_or_code is the text "many" where a number belongs.',
    ],
    [
      'a number stored as text',
      () => fairShare([['30']], [[20]], pops, gdps),
      '#VALUE!',
      'population_or_code is the text "30", a number stored as text: enter it as a number.',
    ],
    [
      'an empty GDP cell',
      () => fairShare([[30]], [[null]], pops, gdps),
      '#N/A',
      'gdp_or_dataset is empty: a missing figure is never taken as zero.',
    ],
    [
      'ranges of different sizes',
      () => fairShare(column(30, 20), [[20]], _, _),
      '#VALUE!',
      'gdp_or_dataset (1 row × 1 column) must have the same size as population_or_code (2 rows × 1 column).',
    ],
    [
      'participants’ columns of different sizes',
      () => fairShare([[30]], [[20]], pops, column(60, 20)),
      '#VALUE!',
      'gdps (2 rows × 1 column) must have the same size as populations (3 rows × 1 column).',
    ],
    [
      'a gap among the participants (never zero)',
      () => fairShare([[30]], [[20]], column(50, null, 20), gdps),
      '#N/A',
      'populations, row 2 is empty: a missing figure is never taken as zero.',
    ],
    [
      'only one of the participants’ columns',
      () => fairShare([[30]], [[20]], pops, _),
      '#VALUE!',
      "gdps is missing: populations and gdps go together (the participants' columns).",
    ],
    [
      'one state without the participants’ columns (it would be 100 %)',
      () => fairShare([[30]], [[20]], _, _),
      '#VALUE!',
      expect.stringMatching(/^populations and gdps are missing/),
    ],
    [
      'a population above the participants’ total',
      () => fairShare([[500]], [[20]], pops, gdps),
      '#VALUE!',
      expect.stringMatching(/^population_or_code \(500\) is more than the total of populations/),
    ],
    [
      'a population without its GDP',
      () => fairShare([[30]], _, _, _),
      '#VALUE!',
      expect.stringMatching(/^gdp_or_dataset is missing/),
    ],
    [
      'an unknown dataset',
      () => fairShare([['DE']], [['2025']], _, _),
      '#VALUE!',
      `gdp_or_dataset: unknown dataset "2025": use ${vintageIds()
        .map((v) => `"${v}"`)
        .join(', ')}, or leave it empty for the workbook's data.`,
    ],
    [
      'columns given with a country code',
      () => fairShare([['DE']], _, pops, gdps),
      '#VALUE!',
      expect.stringMatching(/^populations and gdps apply to figures/),
    ],
    [
      'a dataset range instead of one name',
      () => fairShare([['DE']], column('latest', 'latest'), _, _),
      '#VALUE!',
      'gdp_or_dataset takes one value, not a range (2 rows × 1 column).',
    ],
  ])('refuses %s, naming the argument', (_label, call, code, message) => {
    expect(shown(call)).toEqual({ code, message });
  });

  it('recomputes the totals when a participant’s figure changes (each call gets new arrays)', () => {
    expect(fairShare([[30]], [[20]], column(50, 30, 20), column(60, 20, 20))).toEqual([[0.25]]);
    // The same values in new arrays: the same total.
    expect(fairShare([[30]], [[20]], column(50, 30, 20), column(60, 20, 20))).toEqual([[0.25]]);
    // One population edited from 50 to 150: 0.5 × 30 / 200 + 0.5 × 20 / 100 = 0.175.
    expect(fairShare([[30]], [[20]], column(150, 30, 20), column(60, 20, 20))[0]![0]).toBeCloseTo(
      0.175,
      15,
    );
    // And a gap appearing after a valid column is still a gap.
    expect(shown(() => fairShare([[30]], [[20]], column(150, null, 20), gdps)).code).toBe('#N/A');
  });

  it('marks the bad element of a range of figures and computes the others', () => {
    const result = fairShare(column(30, 'x', 20), column(20, 20, 20), pops, gdps);
    expect(cell(result[0]![0])).toBeCloseTo(0.25, 15);
    expect(cell(result[1]![0])).toEqual({
      code: '#VALUE!',
      message: 'population_or_code, row 2 is the text "x" where a number belongs.',
    });
    expect(cell(result[2]![0])).toBeCloseTo(0.2, 15);
  });
});

describe('EUPACT.PRESSURE_SCORE (share of the total ÷ fair share)', () => {
  it('scores figures against the total of the values given', () => {
    // Values 10 and 30 of 40: shares 0.25 and 0.75; fair shares 0.5 each: scores 0.5 and 1.5.
    expect(pressureScore(column(10, 30), column(0.5, 0.5), _, _)).toEqual([[0.5], [1.5]]);
  });

  it('scores one value against a given total', () => {
    // 10 of 100 is 0.1 of the total; fair share 0.2: half its share.
    expect(pressureScore([[10]], [[0.2]], [[100]], _)).toEqual([[0.5]]);
  });

  it('asks for the total when one value is given alone', () => {
    expect(shown(() => pressureScore([[10]], [[0.2]], _, _))).toEqual({
      code: '#VALUE!',
      message:
        "total_or_weights is missing: one value alone has no share. Give the participants' total " +
        "of the indicator, or select every participant's value.",
    });
  });

  const data = loadVintage('2026-reference');
  const reference = computePressure(
    [...REFERENCE.values()],
    pressureIndicators(data).filter((i) => i.id === 'temporaryProtection'),
  );

  it('scores country codes on a named indicator as the core does', () => {
    const result = pressureScore(column('IT', 'CZ', 'PL'), [['temporaryProtection']], _, [
      ['2026-reference'],
    ]);
    expect(result).toEqual(
      ['IT', 'CZ', 'PL'].map((c) => [reference.indicators[0]!.byState.get(c)!.score]),
    );
  });

  it('accepts the label or short name of an indicator, in any case', () => {
    const byId = pressureScore([['DE']], [['temporaryProtection']], _, '2026-reference');
    expect(pressureScore([['DE']], [['TEMPORARY PROTECTION']], _, '2026-reference')).toEqual(byId);
    expect(
      pressureScore([['DE']], [['Beneficiaries of temporary protection']], _, '2026-reference'),
    ).toEqual(byId);
  });

  it('combines a row of indicators with weights into their weighted mean', () => {
    const tp = pressureScore([['DE']], [['temporaryProtection']], _, _)[0]![0] as number;
    const pop = pressureScore([['DE']], [['population']], _, _)[0]![0] as number;
    const combined = pressureScore([['DE']], [['temporaryProtection', 'population']], [[3, 1]], _);
    expect(combined[0]![0]).toBeCloseTo((3 * tp + pop) / 4, 14);
    // Without weights, each counts once.
    expect(
      pressureScore([['DE']], [['temporaryProtection', 'population']], _, _)[0]![0],
    ).toBeCloseTo((tp + pop) / 2, 14);
  });

  it('shows #N/A for an indicator with gaps, saying how many states lack a value', () => {
    expect(shown(() => pressureScore([['IT']], [['asylumFirstTime']], _, _))).toEqual({
      code: '#N/A',
      message: expect.stringMatching(
        /^First-time asylum applicants 2024: no value for 20 of 26 participants \(BE, BG, .*\), so no total and no score: a gap is never zero\.$/,
      ),
    });
  });

  it('leaves out an incomplete indicator weighted 0', () => {
    expect(
      pressureScore([['IT']], [['temporaryProtection', 'asylumFirstTime']], [[1, 0]], _),
    ).toEqual(pressureScore([['IT']], [['temporaryProtection']], _, _));
  });

  it('treats a gap among the values as missing, never zero', () => {
    expect(shown(() => pressureScore(column(10, null, 30), column(0.2, 0.3, 0.5), _, _))).toEqual({
      code: '#N/A',
      message: 'value_or_code, row 2 is empty: a missing figure is never taken as zero.',
    });
  });

  it.each([
    [
      'a weight per indicator',
      () => pressureScore([['IT']], [['temporaryProtection', 'population']], [[1]], _),
      '#VALUE!',
      'total_or_weights has 1 weight for 2 indicators: give one weight per indicator.',
    ],
    [
      'an unknown indicator',
      () => pressureScore([['IT']], [['arrivals']], _, _),
      '#VALUE!',
      expect.stringMatching(
        /^fair_share_or_indicator: unknown indicator "arrivals": use "population"/,
      ),
    ],
    [
      'an indicator the data lacks',
      () => pressureScore([['IT']], [['sarDisembarkations']], _, _),
      '#N/A',
      'fair_share_or_indicator: the dataset "latest" has no Arrivals after search-and-rescue operations.',
    ],
    [
      'a value above the total',
      () => pressureScore([[200]], [[0.2]], [[100]], _),
      '#VALUE!',
      'value_or_code (200) is more than the total 100.',
    ],
    [
      'a fair share above 1',
      () => pressureScore([[10]], [[21.7]], [[100]], _),
      '#VALUE!',
      'fair_share_or_indicator must be a fair share above 0 and at most 1 (100 %), got 21.7.',
    ],
    [
      'fair shares of another size',
      () => pressureScore(column(1, 2), column(0.5, 0.3, 0.2), _, _),
      '#VALUE!',
      'fair_share_or_indicator (3 rows × 1 column) must have the same size as value_or_code (2 rows × 1 column).',
    ],
    [
      'a dataset with figures',
      () => pressureScore([[10]], [[0.2]], [[100]], 'latest'),
      '#VALUE!',
      'dataset applies to country codes only: with figures, leave it empty.',
    ],
    [
      'a negative value',
      () => pressureScore([[-1]], [[0.2]], [[100]], _),
      '#VALUE!',
      'value_or_code must not be negative, got -1.',
    ],
  ])('refuses %s', (_label, call, code, message) => {
    expect(shown(call)).toEqual({ code, message });
  });
});

describe('EUPACT.OFFSET_VALUE and EUPACT.OFFSET_COUNT (recital 15)', () => {
  it('values relocations and offsets at EUR 20,000 each by default', () => {
    expect(DEFAULT_EUR_PER_RELOCATION).toBe(20_000);
    expect(offsetValue([[1]], _)).toEqual([[20_000]]);
    expect(offsetValue(column(0, 2.5, 4555), _)).toEqual([[0], [50_000], [91_100_000]]);
    expect(offsetValue([[10, 20]], [[25_000]])).toEqual([[250_000, 500_000]]);
  });

  it('counts what an amount is worth, the converse', () => {
    expect(offsetCount([[420_000_000]], _)).toEqual([[21_000]]);
    expect(offsetCount([[50_000]], 25_000)).toEqual([[2]]);
    expect(offsetCount(offsetValue([[1234.5]], _), _)).toEqual([[1234.5]]);
  });

  it('marks each bad element of a range: empty is #N/A, never 0', () => {
    expect(offsetValue(column(1, null, -2, 'ten'), _).map((r) => cell(r[0]))).toEqual([
      20_000,
      { code: '#N/A', message: 'count, row 2 is empty: a missing figure is never taken as zero.' },
      { code: '#VALUE!', message: 'count, row 3 must not be negative, got -2.' },
      { code: '#VALUE!', message: 'count, row 4 is the text "ten" where a number belongs.' },
    ]);
  });

  it.each([
    [() => offsetValue([[1]], 0), 'eur_per_relocation must be above zero, got 0.'],
    [
      () => offsetCount([[1]], 'a lot'),
      'eur_per_relocation is the text "a lot" where a number belongs.',
    ],
    [
      () => offsetCount([[1]], [[1], [2]]),
      'eur_per_relocation takes one value, not a range (2 rows × 1 column).',
    ],
    [() => offsetCount([[-5]], _), 'eur must not be negative, got -5.'],
  ])('refuses a bad argument (%#)', (call, message) => {
    expect(shown(call)).toEqual({ code: '#VALUE!', message });
  });
});

describe('EUPACT.CONTRIBUTION (Art. 12(2))', () => {
  it('gives France 3,361 of the 21,000 relocations of 2026, as Council Implementing Decision (EU) 2025/2642', () => {
    expect(
      Math.round(
        contribution(
          [['FR']],
          'relocations',
          21_000,
          420_000_000,
          '2026-reference',
        )[0]![0] as number,
      ),
    ).toBe(3361);
    // On the population first released 11 July 2025: Germany 4,554 (the Decision: 4,555).
    const result = contribution([['DE']], 'relocations', 21_000, 420_000_000, '2026-reference');
    expect(Math.round(result[0]![0] as number)).toBe(4554);
    expect(result[0]![0]).toBeCloseTo(REFERENCE.get('DE')!.fairShare * 21_000, 9);
  });

  it('gives euros with unit "eur"', () => {
    expect(contribution([['DE']], 'EUR', 21_000, 420_000_000, '2026-reference')[0]![0]).toBeCloseTo(
      REFERENCE.get('DE')!.fairShare * 420_000_000,
      4,
    );
  });

  it('defaults to the Art. 12(2) minima: 30,000 relocations and EUR 600 million', () => {
    const share = LATEST.get('IT')!.fairShare;
    expect(contribution([['IT']], _, _, _, _)[0]![0]).toBeCloseTo(share * 30_000, 9);
    expect(contribution([['IT']], 'eur', _, _, _)[0]![0]).toBeCloseTo(share * 600_000_000, 4);
  });

  it('sets the other total at the ratio when one is given (recital 15)', () => {
    // 21,000 relocations given: the financial total follows at EUR 20,000, i.e. EUR 420 million.
    expect(contribution([[0.1]], 'eur', 21_000, _, _)).toEqual([[42_000_000]]);
    // EUR 420 million given: 21,000 relocations.
    expect(contribution([[0.1]], 'relocations', _, 420_000_000, _)).toEqual([[2_100]]);
  });

  it('takes both totals as given (the Council may adopt others, Art. 57(1))', () => {
    expect(contribution([[0.5]], 'eur', 10_000, 1_000_000, _)).toEqual([[500_000]]);
  });

  it('spills over a range of codes or fair shares', () => {
    expect(contribution(column(0.1, 0.25), _, _, _, _)).toEqual([[3_000], [7_500]]);
    const codes = contribution([['DE', 'FR']], _, 21_000, _, '2026-reference');
    expect(codes).toHaveLength(1);
    expect(codes[0]).toHaveLength(2);
  });

  it.each([
    [
      () => contribution([['DE']], 'people', _, _, _),
      '#VALUE!',
      'unit: "people" is not a unit: use "relocations" or "eur".',
    ],
    [
      () => contribution([['DE']], _, -5, _, _),
      '#VALUE!',
      'relocation_total must be above zero, got -5.',
    ],
    [
      () => contribution([['DE']], _, _, 'a lot', _),
      '#VALUE!',
      'financial_total is the text "a lot" where a number belongs.',
    ],
    [
      () => contribution([[1.5]], _, _, _, _),
      '#VALUE!',
      'code_or_fair_share must be a fraction between 0 and 1 (0 % to 100 %), got 1.5.',
    ],
    [
      () => contribution([[0.2]], _, _, _, 'latest'),
      '#VALUE!',
      'dataset applies to country codes only: with a fair share as a number, leave it empty.',
    ],
    [
      () => contribution([['CH']], _, _, _, _),
      '#N/A',
      expect.stringMatching(/^code_or_fair_share: Switzerland \(CH\) is not a participating state/),
    ],
  ])('refuses a bad argument (%#)', (call, code, message) => {
    expect(shown(call)).toEqual({ code, message });
  });
});

describe('EUPACT.ART63_STATUS (Art. 63 thresholds)', () => {
  it('uses the defaults of the methodology', () => {
    expect(DEFAULT_OFFSET_RULES).toMatchObject({
      offsetThresholdShare: 0.5,
      mandatoryShare: 0.6,
      mandatoryFloor: 30_000,
    });
  });

  it('writes the status out in words, with the articles', () => {
    expect(art63Status([[16_000]], _, _, _, _)).toEqual([
      [
        "Offsets may be requested: 16,000 relocations pledged, at least 50 % of the Commission proposal's " +
          '30,000 (15,000), so a benefitting state may ask for responsibility offsets instead of ' +
          'relocations and any contributing state may offer them (Art. 63(1), (2)(a)). Mandatory ' +
          'offsets would apply up to 30,000: the pledges are below 30,000 and below 60 % of the ' +
          'reference number 30,000 (18,000). They apply only following a High-Level Forum ' +
          'reconvened under Art. 13(4) (Art. 63(3)); none is owed yet.',
      ],
    ]);
  });

  const status = (pledges: number, ...rest: unknown[]) =>
    art63Status(
      [[pledges]],
      ...(rest as [never, never, never, never, never, never, never]),
    )[0]![0] as string;

  it('counts "at least 50 %" inclusively (Art. 63(1))', () => {
    expect(status(15_000)).toMatch(/^Offsets may be requested/);
    expect(status(14_999.99)).toMatch(/^Offsets may not be requested: 14,999.99 relocations/);
  });

  it('counts "below 60 %" strictly (Art. 63(3)(b))', () => {
    // With no absolute floor, only the 60 % of 30,000 (18,000) applies.
    expect(status(18_000, _, _, _, 0)).toMatch(
      /No mandatory offsets: the pledges reach 0 and 60 %/,
    );
    expect(status(17_999, _, _, _, 0)).toMatch(
      /Mandatory offsets would apply up to 18,000: the pledges are below 60 % of the reference number 30,000 \(18,000\)\./,
    );
  });

  it('counts "below the number referred to in Article 12(2), point (a)" strictly; the target is the higher of the two (Art. 63(3))', () => {
    // The 2026 pool: the Council's 21,000; 60 % is 12,600, the floor 30,000 is higher.
    expect(status(30_000, 30_000, _, _, _, 21_000)).toMatch(/No mandatory offsets/);
    expect(status(29_999, 30_000, _, _, _, 21_000)).toMatch(
      /Mandatory offsets would apply up to 30,000: the pledges are below 30,000\./,
    );
  });

  // Issue 14, point 2: Art. 63(1) "50 % of the number indicated in the Commission proposal";
  // Art. 63(3)(b) "60 % of the reference number used to calculate each Member State's mandatory fair share".
  it("measures Art. 63(1) on the proposal and Art. 63(3)(b) on the Council's reference number", () => {
    expect(status(12_600, 30_000, _, _, _, 21_000)).toMatch(
      /^Offsets may not be requested: 12,600 relocations pledged, below 50 % of the Commission proposal's 30,000 \(15,000\)/,
    );
    expect(status(12_600, 30_000, _, _, 0, 21_000)).toMatch(/No mandatory offsets/);
  });

  // Issue 14, point 3: Art. 63(3) "following the meeting of the High-Level Forum convened in
  // accordance with Article 13(4)"; Art. 63(4) "the pledges to be implemented".
  it('is conditional until the Forum is reconvened, and tests the pledges to be implemented', () => {
    expect(status(7_916, 30_000, _, _, _, 21_000, _, true)).toMatch(
      /Mandatory offsets up to 30,000: following the reconvened High-Level Forum \(Art\. 13\(4\)\)/,
    );
    expect(status(30_000, 30_000, _, _, _, 21_000, 21_000)).toMatch(
      /would apply up to 30,000: the pledges to be implemented \(21,000\) are below 30,000 \(Art\. 63\(4\)\)/,
    );
    expect(shown(() => art63Status([[1]], _, _, _, _, _, _, 'yes'))).toEqual({
      code: '#VALUE!',
      message: 'reconvened_forum takes TRUE or FALSE (Art. 13(4)).',
    });
  });

  it('takes the thresholds as parameters', () => {
    expect(status(7_000, 10_000, 0.75, 0.8, 5_000)).toMatch(
      /^Offsets may not be requested: 7,000 relocations pledged, below 75 % of the Commission proposal's 10,000 \(7,500\).*Mandatory offsets would apply up to 8,000: the pledges are below 80 % of the reference number 10,000 \(8,000\)\./,
    );
  });

  it('spills over a range of pledge totals', () => {
    const result = art63Status(column(10_000, 40_000), _, _, _, _);
    expect(result).toHaveLength(2);
    expect(result[0]![0]).toMatch(/^Offsets may not be requested/);
    expect(result[1]![0]).toMatch(/No mandatory offsets/);
  });

  it.each([
    [() => art63Status([[-1]], _, _, _, _), 'relocation_pledges must not be negative, got -1.'],
    [() => art63Status([[1]], 0, _, _, _), 'relocation_number must be above zero, got 0.'],
    [
      () => art63Status([[1]], _, 50, _, _),
      'offset_threshold must be a fraction between 0 and 1 (0 % to 100 %), got 50.',
    ],
    [
      () => art63Status([[1]], _, _, 'sixty', _),
      'mandatory_share is the text "sixty" where a number belongs.',
    ],
    [() => art63Status([[1]], _, _, _, -3), 'mandatory_floor must not be negative, got -3.'],
  ])('refuses a bad argument (%#)', (call, message) => {
    expect(shown(call)).toEqual({ code: '#VALUE!', message });
  });
});

describe('EUPACT.SOURCE (provenance)', () => {
  it('names the dataset and release of the data behind an indicator', () => {
    expect(source([['population']], '2026-reference')).toEqual([
      [
        'Population on 1 January 2025: Eurostat demo_gind (population on 1 January), first ' +
          'release, rounded to the nearest 100, release 2025-07-11',
      ],
    ]);
    expect(source([['GDP']], _)).toEqual([
      [
        'GDP at current market prices 2024: Eurostat nama_10_gdp (na_item B1GQ, unit CP_MEUR), ' +
          'release not stated; extract made after 21 November 2025',
      ],
    ]);
  });

  it('spills over a row of indicators', () => {
    const result = source([['population', 'gdp', 'temporaryProtection']], 'latest');
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(3);
    expect(result[0]![2]).toMatch(
      /^Beneficiaries of temporary protection 2025-12: Eurostat migr_asytpsm/,
    );
  });

  it('shows #N/A for an indicator the data lacks and #VALUE! for an unknown one', () => {
    expect(shown(() => source([['sarDisembarkations']], _))).toEqual({
      code: '#N/A',
      message:
        'indicator: the dataset "latest" has no Arrivals after search-and-rescue operations.',
    });
    expect(shown(() => source([['rainfall']], _)).code).toBe('#VALUE!');
  });
});

// Issue 14, point 2: each state pledges "according to ... the mandatory fair share calculated
// according to the reference key" on the Council's reference number (Art. 57(3)), not the proposal's.
describe('EUPACT.CONTRIBUTION on the Council reference numbers (Art. 57(1), (3))', () => {
  it('gives the mandatory fair share where the Council numbers are given, the indicative contribution where not', () => {
    const proposal = contribution(
      [['FR']],
      _,
      30_000,
      600_000_000,
      '2026-reference',
    )[0]![0] as number;
    const council = contribution(
      [['FR']],
      _,
      30_000,
      600_000_000,
      '2026-reference',
      21_000,
    )[0]![0] as number;
    expect(council).toBeCloseTo((proposal * 21_000) / 30_000, 9);
    expect(Math.round(council)).toBe(3_361);
    // The Council's financial number follows at the proposal's ratio (Art. 12(3)) when not given.
    expect(
      contribution([['FR']], 'eur', 30_000, 600_000_000, '2026-reference', 21_000)[0]![0],
    ).toBeCloseTo(council * 20_000, 3);
  });
});
