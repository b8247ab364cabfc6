import { formatMillions, formatNumber, formatPercent, formatSigned } from '../locale';

/**
 * Amounts as a narrow column shows them, under a header that states the unit ("EUR million"), and
 * in full for the tooltip: the short form never needs more than about seven characters.
 */

/** Euros in millions without the unit, which the header states: "91.1", "+12.3". */
export function millions(eur: number, locale: string, signed = false): string {
  return formatMillions(eur, locale, signed).replace(/\u00A0M$/, '');
}

/** Euros in full, to the euro: "91,080,001" (the caller adds "EUR"). */
export function wholeEuros(eur: number, locale: string, signed = false): string {
  return signed ? formatSigned(Math.round(eur), locale) : formatNumber(Math.round(eur), locale);
}

/** A share to four decimals of a percent, as the Fair share sheet shows it. */
export function fullShare(fraction: number, locale: string): string {
  return formatPercent(fraction, locale, 4);
}

/** A number of persons to two decimals: the exact share behind the whole persons shown. */
export function exactPersons(n: number, locale: string): string {
  return formatNumber(n, locale, 2);
}
