import type { FormatNumber } from '../data/reasons/say';
import { formatWith } from './locale';

/** Intl writes at most this many decimals (ECMA-402). */
const MAX_DECIMALS = 20;

/**
 * The numbers of a refusal (the methodology's, core/reasons.ts; a reader's, src/data/reasons) as
 * the pane writes numbers in its culture (locale.ts: the locale's marks, Excel's where known):
 * "1,5" and "1 500 000" in French, "1,5" and "1.500.000" in German, never "1.5" read as fifteen. A
 * figure keeps every digit the English shows (String(n): "got 0.30000000000000004" stays exact); a
 * number that names (a record's) is not grouped, as the English writes it; one shown to so many
 * digits ("0.500") or decimals ("EUR 20,000") is written so in each language.
 */
export function reasonNumbers(locale: string): FormatNumber {
  return (n, how) => {
    if (how?.names) return formatWith(n, locale, { useGrouping: false, maximumFractionDigits: 0 });
    if (how?.significant !== undefined) {
      const digits = { minimumSignificantDigits: how.significant };
      return formatWith(n, locale, { ...digits, maximumSignificantDigits: how.significant });
    }
    if (how?.decimals !== undefined) {
      return formatWith(n, locale, { maximumFractionDigits: how.decimals });
    }
    return figure(n, locale);
  };
}

/** A figure with the digits JavaScript writes for it, in the locale: "1e+300" as "1E300". */
function figure(n: number, locale: string): string {
  const english = String(n);
  const exponent = /e/i.test(english);
  if (exponent || !Number.isFinite(n)) {
    const mantissa = english.replace(/e.*$/i, '').replace(/[-.]/g, '');
    return formatWith(n, locale, {
      notation: 'scientific',
      maximumSignificantDigits: Math.min(21, Math.max(1, mantissa.length)),
    });
  }
  const decimals = english.split('.')[1]?.length ?? 0;
  return formatWith(n, locale, { maximumFractionDigits: Math.min(MAX_DECIMALS, decimals) });
}
