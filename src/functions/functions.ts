// The EUPACT custom functions: what Excel shows and calls. custom-functions-metadata generates
// functions.json from the JSDoc below, and the webpack plugin appends the CustomFunctions.associate
// calls. The ids are a public contract: never rename one, add optional parameters only at the end,
// and raise the manifest's <Version> when this metadata changes.
//
// Every parameter that may be a range is typed unknown[][] (a single cell arrives as [[x]]) and every
// result is a matrix of the first argument's shape, spilled when larger than one cell. Omitted
// optional arguments arrive as null. The functions never write cells.
import { art63StatusFunction } from './art63';
import { contributionFunction } from './contribution';
import { guard } from './errors';
import { fairShareFunction } from './fairShare';
import { offsetCountFunction, offsetValueFunction } from './offsets';
import { pressureScoreFunction } from './pressure';
import { sourceFunction } from './source';

/**
 * Fair share of the solidarity pool (Art. 66, Annex I): 0.5 × population share + 0.5 × GDP share, from figures or a country code.
 * @customfunction FAIRSHARE
 * @helpurl https://localhost:3000/help.html#fairshare
 * @param population_or_code Population on 1 January (a cell or a column), or a country code such as "DE" (or a range of codes).
 * @param [gdp_or_dataset] GDP in million EUR, same size as the populations. With codes: a bundled dataset ("2026-reference"); empty: the workbook's data.
 * @param [populations] The participants' populations, for the total (e.g. B$2:B$27). Empty: the total of the rows given.
 * @param [gdps] The participants' GDP in million EUR, same size as populations. Empty: the total of the rows given.
 * @returns The fair share as a fraction (0.2169 is 21.69 %), one per population or code.
 */
export function fairShare(
  population_or_code: unknown[][],
  gdp_or_dataset?: unknown[][],
  populations?: unknown[][],
  gdps?: unknown[][],
): unknown[][] {
  return guard(() =>
    fairShareFunction(population_or_code, gdp_or_dataset, populations ?? null, gdps ?? null),
  );
}

/**
 * Migratory pressure score: a state's share of the participants' total of an indicator ÷ its fair share (1 = proportionate).
 * @customfunction PRESSURE_SCORE
 * @helpurl https://localhost:3000/help.html#pressure_score
 * @param value_or_code The indicator value (a cell or a column), or a country code such as "IT" (or a range of codes).
 * @param fair_share_or_indicator With values: the fair shares, same size. With codes: an indicator such as "temporaryProtection", or a row of them.
 * @param [total_or_weights] With values: the participants' total (empty: the sum of the values given). With codes: one weight per indicator.
 * @param [dataset] With codes: a bundled dataset such as "2026-reference". Empty: the workbook's data.
 * @returns The score: 1.00 is exactly proportionate, 2.00 twice the state's share.
 */
export function pressureScore(
  value_or_code: unknown[][],
  fair_share_or_indicator: unknown[][],
  total_or_weights?: unknown[][],
  dataset?: unknown,
): unknown[][] {
  return guard(() =>
    pressureScoreFunction(value_or_code, fair_share_or_indicator, total_or_weights, dataset),
  );
}

/**
 * Value in EUR of relocations or responsibility offsets: the count × EUR 20,000 each by default (recital 15).
 * @customfunction OFFSET_VALUE
 * @helpurl https://localhost:3000/help.html#offset_value
 * @param count Number of relocations or responsibility offsets (a cell or a range).
 * @param [eur_per_relocation] EUR per relocation or offset. Empty: 20,000 (EUR 600 million / 30,000, recital 15).
 * @returns The value in EUR, one per count.
 */
export function offsetValue(count: unknown[][], eur_per_relocation?: unknown): unknown[][] {
  return guard(() => offsetValueFunction(count, eur_per_relocation));
}

/**
 * How many relocations or responsibility offsets an amount in EUR is worth: the amount ÷ EUR 20,000 by default (recital 15).
 * @customfunction OFFSET_COUNT
 * @helpurl https://localhost:3000/help.html#offset_count
 * @param eur An amount in EUR (a cell or a range).
 * @param [eur_per_relocation] EUR per relocation or offset. Empty: 20,000 (EUR 600 million / 30,000, recital 15).
 * @returns The number of relocations, one per amount (not rounded).
 */
export function offsetCount(eur: unknown[][], eur_per_relocation?: unknown): unknown[][] {
  return guard(() => offsetCountFunction(eur, eur_per_relocation));
}

/**
 * Contribution to the pool: fair share × the proposal's totals (Art. 12(2)) or the Council's (Art. 57(3)), in relocations or EUR.
 * @customfunction CONTRIBUTION
 * @helpurl https://localhost:3000/help.html#contribution
 * @param code_or_fair_share A country code such as "DE" (or a range of codes), or a fair share as a fraction.
 * @param [unit] "relocations" (the default) or "eur".
 * @param [relocation_total] Union-wide relocations. Empty: 30,000 (Art. 12(2)), or financial_total / 20,000 when that is given.
 * @param [financial_total] Union-wide financial contributions in EUR. Empty: 600 million (Art. 12(2)), or relocation_total × 20,000.
 * @param [dataset] With codes: a bundled dataset such as "2026-reference". Empty: the workbook's data.
 * @param [council_relocations] Art. 57(1): the Council's reference relocations; given, the result is the mandatory fair share.
 * @param [council_financial] Art. 57(1): the Council's reference financial number in EUR. Empty: at the ratio (Art. 12(3)).
 * @returns The indicative contribution, not rounded, one per code or fair share.
 */
export function contribution(
  code_or_fair_share: unknown[][],
  unit?: unknown,
  relocation_total?: unknown,
  financial_total?: unknown,
  dataset?: unknown,
  council_relocations?: unknown,
  council_financial?: unknown,
): unknown[][] {
  return guard(() =>
    contributionFunction(
      code_or_fair_share,
      unit,
      relocation_total,
      financial_total,
      dataset,
      council_relocations ?? null,
      council_financial ?? null,
    ),
  );
}

/**
 * Art. 63 status of the pool's relocation pledges, in words: may offsets be requested, and do mandatory offsets apply?
 * @customfunction ART63_STATUS
 * @helpurl https://localhost:3000/help.html#art63_status
 * @param relocation_pledges Relocations pledged in the pool (a cell, or a range of scenarios).
 * @param [relocation_number] Art. 63(1): the number in the Commission proposal. Empty: 30,000 (the Art. 12(2) minimum).
 * @param [offset_threshold] Art. 63(1): share of the number that lets offsets be requested. Empty: 50 %.
 * @param [mandatory_share] Art. 63(3)(b): below this share of the reference number offsets are mandatory. Empty: 60 %.
 * @param [mandatory_floor] Art. 63(3)(a): below this number (Art. 12(2)(a)) offsets are mandatory. Empty: 30,000.
 * @param [reference_number] Art. 57(1): the Council's reference number for Art. 63(3)(b). Empty: relocation_number.
 * @param [pledges_to_implement] Art. 63(4): relocation pledges to be implemented. Empty: relocation_pledges.
 * @param [reconvened_forum] TRUE once the Forum was reconvened (Art. 13(4)); before, Art. 63(3) is conditional. Empty: FALSE.
 * @returns The status in words, with the articles.
 */
export function art63Status(
  relocation_pledges: unknown[][],
  relocation_number?: unknown,
  offset_threshold?: unknown,
  mandatory_share?: unknown,
  mandatory_floor?: unknown,
  reference_number?: unknown,
  pledges_to_implement?: unknown,
  reconvened_forum?: unknown,
): unknown[][] {
  return guard(() =>
    art63StatusFunction(
      relocation_pledges,
      relocation_number,
      offset_threshold,
      mandatory_share,
      mandatory_floor,
      reference_number ?? null,
      pledges_to_implement ?? null,
      reconvened_forum ?? null,
    ),
  );
}

/**
 * Where the data of an indicator come from: its label and period, the dataset and its release.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param indicator An indicator: "population", "gdp", "temporaryProtection", "asylumFirstTime", "irregularArrivals" or a label (or a range).
 * @param [dataset] A bundled dataset such as "2026-reference". Empty: the workbook's data.
 * @returns "<label> <period>: <dataset>, release <release>".
 */
export function source(indicator: unknown[][], dataset?: unknown): unknown[][] {
  return guard(() => sourceFunction(indicator, dataset));
}
