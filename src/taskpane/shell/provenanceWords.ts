import type { Provenance } from '../../data';
import type { Words } from '../../report/words';
import { originInWords, originName, type LoadedOrigin } from '../origin';

/**
 * Eurostat dimension codes in words, as Eurostat's own code lists label them (the SDMX code lists
 * of demo_pjan, nama_10_gdp, migr_asytpsm and migr_asyappctza). Unknown codes stay as they are.
 */
const CODES: Readonly<Record<string, string>> = {
  'age TOTAL': 'all ages',
  'sex T': 'both sexes',
  'na_item B1GQ': 'gross domestic product at market prices',
  'unit CP_MEUR': 'current prices, million euro',
  'unit PER': 'persons',
  'unit PERS': 'persons',
  'citizen EXT_EU27_2020': 'non-EU citizens',
  'indic_de JAN': 'population on 1 January',
};

/**
 * What the figure is first, Eurostat's code second (issue 16): "Eurostat nama_10_gdp (na_item
 * B1GQ, unit CP_MEUR)" → "Gross domestic product at market prices, current prices, million euro
 * (Eurostat nama_10_gdp)". A dataset that says nothing in words stays as it is.
 */
export function datasetInWords(dataset: string): string {
  const m = /^(Eurostat \S+) \(([^)]*)\)(.*)$/.exec(dataset);
  if (!m) return dataset;
  const [, code = '', inner = '', rest = ''] = m;
  const parts = inner.split(/,\s*/).map((part) => {
    const key = part.replace('=', ' ').trim();
    const known = Object.keys(CODES).find((k) => key === k || key.startsWith(`${k}:`));
    if (!known) return part;
    // "indic_de JAN: population on 1 January" already says it in words.
    return key === known ? (CODES[known] ?? part) : key.slice(known.length + 1).trim();
  });
  const words = parts.join(', ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${code})${rest}`;
}

/** Placeholders a reader puts where a file says nothing of its release. */
const UNSTATED = /^(as stated in the file|not stated|as entered)/i;

/** An ISO date or timestamp at the start of a release ("2025-07-11", "2025-07-11T23:00:00+0200"). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A release date as the analyst's culture writes it ("11 July 2025" in en-GB, "11. Juli 2025" in
 * de-DE), the day as the publisher dated it; a release that is not such a date stays as it is.
 */
export function releaseInWords(release: string, locale: string): string {
  const m = ISO_DATE.exec(release.trim());
  if (!m) return release;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return release;
  return dateFormat(locale).format(date);
}

/** One date format per locale, made on first use: making one costs far more than using it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/** Where a series comes from, in parts: the dataset in words (English, as the data names it), its release, its origin. */
export interface ProvenanceParts {
  readonly dataset: string;
  readonly released?: string;
  readonly from?: string;
}

/**
 * Where a series comes from, said once: the dataset in words, its release when known (in the
 * pane's words, dated as the analyst's culture dates), and where it was loaded from when that adds
 * something ("File x.csv" need not be followed by "from file x.csv").
 */
export function provenanceParts(
  p: Provenance,
  w: Words,
  locale: string,
  origin?: LoadedOrigin,
): ProvenanceParts {
  const dataset = datasetInWords(p.dataset);
  const released =
    p.release && !UNSTATED.test(p.release)
      ? w.t('dataTab.released', { date: releaseInWords(p.release, locale) })
      : undefined;
  // The file's or table's name, or Eurostat's dataset code, as the dataset already names it.
  const named = origin && (origin.kind === 'eurostat' ? origin.dataset : originName(origin));
  const from =
    origin && !(named && dataset.toLowerCase().includes(named.toLowerCase()))
      ? w.t('dataTab.loadedFrom', { origin: originInWords(w, origin) })
      : undefined;
  return { dataset, ...(released ? { released } : {}), ...(from ? { from } : {}) };
}

/** The parts as one line: "Eurostat demo_pjan, released 14 August 2026 (from file x.csv)". */
export function provenanceInWords(
  p: Provenance,
  w: Words,
  locale: string,
  origin?: LoadedOrigin,
): string {
  const { dataset, released, from } = provenanceParts(p, w, locale, origin);
  return `${dataset}${released ? `, ${released}` : ''}${from ? ` (${from})` : ''}`;
}
